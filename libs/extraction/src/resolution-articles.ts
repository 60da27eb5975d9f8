import { ASKS_UNIT } from './article-norms.js';
import { SUBJECT_START } from './assignee-patterns.js';
import { HEADS } from './assignee-words.js';
import type { Paragraph } from './parse-body.js';
import { splitSentences } from './text-utils.js';

/**
 * A decision, or a resolution printed in articles ("Điều 1. ...", dev cp-2025-11-nq-phaplenh-canhsat-moitruong): its
 * articles approve, enact and assign, and only those that assign are tasks. A resolution without articles (a Party
 * committee's "Nghị quyết" in numbered parts) is read as any numbered text.
 */
export function readsArticles(docType: string | null, paragraphs: Paragraph[]): boolean {
  if (/^quyết định$/iu.test(docType ?? '')) return true;
  return /^nghị quyết$/iu.test(docType ?? '') && paragraphs.some((p) => /^Điều\s+1\s*[.:]/u.test(p.text));
}

/**
 * What an article approves, adopts or changes, not work asked of anyone: "Thông qua: (i) Nội dung dự thảo Nghị quyết ..."
 * (dev cp-2025-11-nq-duthao-nq136-danang), "Chính phủ cơ bản thống nhất với dự án Pháp lệnh ..." (dev
 * cp-2025-11-nq-phaplenh-canhsat-moitruong), "Chuyển Trường Đại học Công nghiệp Hà Nội thành Đại học Công nghiệp Hà Nội"
 * (dev ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi), "Điều chỉnh giảm lãi suất cho vay ..." (dev
 * ttg-2025-11-qd-giam-laisuat-nhcsxh), "Hiệu lực và trách nhiệm thi hành:" (dev cp-2025-12-nq-tiepthu-luat-baohiem-tiengui) and
 * the titles "Điều 4. Hiệu lực thi hành" (Nghị quyết 66.8/2025/NQ-CP, tnt305/tai_lieu_noi_bo 53a2def6c64d24fe.md) and "Điều 5.
 * Trách nhiệm thi hành" (Quyết định 2500/QĐ-TTg, 9a885bb50365e6f1.md) over their clauses,
 * "Điều khoản chuyển tiếp ...". Not "Đồng ý chủ trương giao Ủy ban nhân dân tỉnh ... chủ trì ...", which assigns.
 */
const APPROVES =
  /^(?:thông qua\b|(?:chính phủ\s+)?(?:cơ bản\s+)?(?:thống nhất|nhất trí|đồng ý|tán thành)\s+(?:với|thông qua|chủ trương|về)\s|chấp thuận\s|phê chuẩn\s|điều chỉnh\s|chuyển\s[^.;]{3,160}?\sthành\s|(?:hiệu lực(?: và trách nhiệm)?|trách nhiệm) thi hành\s*:?$|điều khoản (?:thi hành|chuyển tiếp)\b)/iu;

/**
 * "Bộ Giáo dục và Đào tạo chịu trách nhiệm về nội dung báo cáo và đề xuất, kiến nghị tại Tờ trình số 1930/TTr-BGDĐT ..."
 * (dev ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi 2.3): who answers for what it submitted, no action asked. A clause of a
 * task ("...; chịu trách nhiệm toàn diện về nội dung, số liệu báo cáo", dev cp-2025-12-nq-tiepthu-luat-baohiem-tiengui) stays.
 */
const ANSWERS_FOR = new RegExp(
  String.raw`^(?:(?:${HEADS}|Cơ sở)\s[^;]{0,200}?\s)?chịu trách nhiệm(?![^;]*\svà\s+(?:thực hiện|báo cáo|gửi|cung cấp)\s)(?:\s+(?:toàn diện|hoàn toàn))?(?:\s+trước\s[^;]{3,80}?)?\s+về\s+(?:việc\s+(?:\p{L}+\s+){1,3}?)?(?:tính\s+\S+\s+(?:của\s+)?)?(?:các\s+)?(?:nội dung|số liệu|thông tin|tính chính xác|báo cáo)[^;]*(?:;[^;]*\sđược\s[^;]*)*$`,
  'iu',
);

/**
 * Accountability with no action, as an article's clause or a plan's item: "Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về
 * tính chính xác của các chi phí ... đã đề nghị thanh toán ...; thuốc, hóa chất, vật tư, thiết bị y tế được mua sắm theo đúng
 * quy định của pháp luật" (Nghị quyết 113/NQ-CP 2.4, dev cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan), "Bộ Y tế chịu trách
 * nhiệm về việc tổng hợp số liệu" (2.5), "Chịu trách nhiệm về nội dung hồ sơ, báo cáo và đề xuất, kiến nghị tại Tờ trình số
 * 65/TTr-BKHCN ..." under "1. Bộ Khoa học và Công nghệ" (Quyết định 893/QĐ-TTg VI.1.b, dev
 * ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu). Not "Chịu trách nhiệm về nội dung thông tin ... và thực hiện trách nhiệm giải
 * trình ..." (dev hcm-2025-11-qd-kehoach-csdl-quyhoach IV.6.4), which acts too.
 */
export const answersFor = (text: string) => ANSWERS_FOR.test(text.replace(/^[-–+•]\s*/u, '')) && SUBMITTED.test(text);

/**
 * What was submitted or reported: accountability for it asks nothing more. Not "c) Chịu trách nhiệm về nội dung thẩm định và
 * giải trình của cơ quan mình ..." (dev daklak-2025-11-chithi-thamdinh-dautu I.2.1.c), a duty in the unit's own work.
 */
const SUBMITTED =
  /(?:^|\s)(?:hồ sơ|tờ trình|đề xuất|kiến nghị|đề nghị thanh toán|số liệu|quyết định của mình)(?:\s|,|$)/iu;

/**
 * A body's mandate restated: "Hội đồng trường, Chủ tịch Hội đồng trường, Hiệu trưởng ... tiếp tục thực hiện chức năng,
 * nhiệm vụ, quyền hạn theo các quy định hiện hành cho đến khi ..." (dev ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi Điều 4):
 * what the body is entitled to do, no task.
 */
const MANDATE = /(?:^|\s)(?:tiếp tục\s+)?thực hiện\s+(?:các\s+)?chức năng,?\s+nhiệm vụ,?\s+(?:và\s+)?quyền hạn\b/iu;

/** "4. Danh mục văn bản quy phạm pháp luật cần đình chỉ thi hành, ... hoặc ban hành mới ..." (dev
 * bldtbxh-2024-03-qd-congbo-hethonghoa-vbqppl Điều 1): a list an article publishes, no task. */
const LISTS = /^danh mục\s[^;:]*$/iu;
/**
 * A correction's item: "2. Tại đoạn đầu Điều 21 đã in: “Đối với dự án PPP, ..., thực hiện chuyển tiếp như sau:”" / "Nay sửa
 * thành: “...”" (Quyết định 2416/QĐ-BKHĐT, dev bkhdt-2024-10-qd-dinhchinh-thongtu-dauthau-ppp): the text quoted, no task.
 */
const CORRECTS =
  /^tại\s+(?:(?:đoạn|dòng|điểm|khoản|tiết|mục|phụ lục|biểu mẫu|mẫu)\b[^:“"]{0,120}?\s)?(?:điều|khoản|điểm|mục|phụ lục|mẫu)\s[^:“"]{0,80}:\s*[“"]/iu;

/**
 * An article that approves, answers for a submission or restates a mandate: no task. (An item that states the law or
 * figures is stated-items.ts's statesOnly, for every kind of text.)
 */
export function articleStatesOnly(text: string): boolean {
  if (CORRECTS.test(text) || LISTS.test(text)) return true;
  if (APPROVES.test(text) && !ASKS_UNIT.test(text)) return true;
  return ANSWERS_FOR.test(text) || MANDATE.test(text);
}

/**
 * "Giao Bộ Công an chủ trì, phối hợp với ... khẩn trương hoàn thiện hồ sơ dự án Pháp lệnh theo đúng quy định, bảo đảm một
 * số yêu cầu sau:" / "1. Quán triệt ..." / "2. Rà soát ..." (dev cp-2025-11-nq-phaplenh-canhsat-moitruong Điều 1): the
 * article's lead-in opens the items under it, which are its lead's tasks; it is no requirement of its own.
 */
const LEADS_IN =
  /(?:yêu cầu|nội dung|nhiệm vụ|công việc|việc)(?:\s+(?:chủ yếu|cụ thể|trọng tâm))?\s+(?:sau(?: đây)?|như sau)\s*:?$/iu;

const STATES_OVER = /,\s*(?:trong đó|cụ thể(?: như sau)?)\s*:?$/iu;

export function foldArticleLeadIns<T extends { ref: string; text: string; assignees: string[]; named: boolean }>(
  requirements: T[],
): T[] {
  const out: T[] = [];
  for (const [i, r] of requirements.entries()) {
    const next = requirements[i + 1];
    // "Điều 1. Các chi phí ... được thanh toán từ nguồn dự phòng của Quỹ bảo hiểm y tế, trong đó:" / "1. Đối với ..., giao Bảo
    // hiểm xã hội Việt Nam ..." (Nghị quyết 113/NQ-CP, dev cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan): what the article
    // states leads in to its items, no task of its own.
    if (
      STATES_OVER.test(r.text) &&
      next?.ref.startsWith(`${r.ref}.`) &&
      !/(?:^|\s)(?:giao|yêu cầu|đề nghị)\s/iu.test(r.text)
    )
      continue;
    if (LEADS_IN.test(r.text) && next?.ref.startsWith(`${r.ref}.`) && r.assignees.length > 0) {
      for (const item of requirements.slice(i + 1))
        if (item.ref.startsWith(`${r.ref}.`) && !item.named) {
          item.assignees = [...r.assignees];
          item.named = true;
        }
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * An item that opens with the unit that acts: "Đại học Công nghiệp Hà Nội thực hiện tổ chức lại cơ cấu tổ chức ..." (dev
 * ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi 2.1). Not what a body is or holds ("... là đơn vị sự nghiệp công lập",
 * "... có tư cách pháp nhân, con dấu và tài khoản riêng").
 */
export const unitActs = (text: string) =>
  SUBJECT_START.test(text) && !/^[^;]*?\s(?:là|có tư cách|chịu sự)\s/u.test(text);

/**
 * "Điều 2. Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban nhân dân các tỉnh: ... chịu trách nhiệm toàn diện trước
 * Thủ tướng Chính phủ về tính chính xác của thông tin, số liệu báo cáo. Bộ Nông nghiệp và Môi trường phối hợp với các bộ,
 * ngành liên quan thực hiện cấp phép ..." (Quyết định 2581/QĐ-TTg, tnt305/tai_lieu_noi_bo d600829aa1fa6596.md): the
 * sentence that only answers for a submission is left out and the task is read alone, with its own actor.
 */
export function withoutStatements<T extends { text: string; assignees: string[] }>(requirement: T): T {
  const sentences = splitSentences(requirement.text);
  const kept = sentences.filter((s) => !articleStatesOnly(s.replace(/[.;]\s*$/u, '')));
  if (kept.length === 0 || kept.length === sentences.length) return requirement;
  return { ...requirement, text: kept.join(' '), assignees: [] };
}
