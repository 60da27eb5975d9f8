import type { Deadline } from './directive.types.js';
import { CUE, findAssignees } from './assignees.js';
import { answersFor } from './resolution-articles.js';
import { parseRequirements, toParagraphs, type Paragraph } from './parse-body.js';
import { directs, unitMustAct } from './directing-sentences.js';
import { decides, DIRECTS, informs, issuerView, SLOGAN } from './describes.js';
import { UNDERTAKING } from './requirement-patterns.js';
import { PLAN_STATEMENT } from './plan-statements.js';
import { isPlanAside } from './plan-asides.js';
import { CAPITALS, type Line, type Span } from './text-utils.js';
import { isEveryone } from './general-wording.js';
import { describesOnly } from './described-items.js';

/**
 * Which numbered items are tasks (`keepActions`), and the tasks of what a document issues after its signature: a plan or
 * programme (`attachedPlan`) and an annex of tasks (`annexTasks`).
 */
/**
 * Items that name a topic or a channel instead of an action ("Việc tổ chức các hội nghị cử tri", "Thông qua
 * tiếp công dân, ..."), a note ("Lưu ý: ..."), a bare heading ("Nhiệm vụ", "Đối với đơn thư liên quan đến
 * người ứng cử", "1. Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam (PVN) ..." over the
 * opinion it heads, dev bkhdt-2019-05-traloi-dieu162-pvgas; not "Về thi công: chỉ đạo ...", a task after its label, nor
 * "Về ..., các sở ... triển khai ...", which directs).
 */
const TOPIC =
  /^(?:(?:việc|thông qua)\s|(?:lưu ý|ghi chú)\s*:|(?:\p{L}+\s?){1,2}$|đối với\s[^:,;.]*$|về\s[^:;.]*\.?$)/iu;

/** Numbered items that ask for an action (not slogans); a "Thời gian thực hiện: ..." item gives its deadline to the one before it. */
export function keepActions<
  T extends { ref: string; text: string; deadlines: Deadline[]; assignees: string[]; span: Span },
>(items: T[], announced = false, guided = false): T[] {
  const kept: T[] = [];
  // "5. Thời gian thực hiện: Từ ngày ... đến ngày ..." / "Biên bản ... phải gửi về ... chậm nhất ...": a period item
  // with no item of its level before it opens the requirement printed under it.
  let period: T | null = null;
  for (const item of items) {
    const open = period;
    period = null;
    // "4. Ủy ban nhân dân cấp xã" / "- Phê duyệt kế hoạch giám sát, đánh giá, ...": what a unit named by its heading approves
    // is its task, not a decision of the issuer.
    const decision = decides(item.text) && (item.assignees.length === 0 || issuerView(item.text));
    // "Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026." (Nghị quyết 126/NQ-CP, dev
    // cp-2026-05-nq-chuyengiao-lang-vanhoa-dantoc): work that must be finished by a date is a task, with no actor named.
    const due =
      item.deadlines.length > 0 &&
      /^việc\s[^.;:]{3,120}?\s(?:phải|cần)\s+(?:được\s+)?(?:hoàn thành|hoàn tất|xong)\b/iu.test(item.text);
    const topic =
      TOPIC.test(item.text) &&
      !due &&
      !(/^về\s/iu.test(item.text) && (DIRECTS.test(item.text) || unitMustAct(item.text)));
    if (
      [SLOGAN, CONTENT_RULE, TROUBLE, PLAN_STATEMENT, UNDERTAKING].some((rule) => rule.test(item.text)) ||
      topic ||
      decision ||
      isPlanAside(item.text) ||
      answersFor(item.text) ||
      describesOnly(item.text)
    )
      continue;
    // Under "... thông báo như sau:" an item tells what the issuer does unless it directs someone.
    if (announced && !DIRECTS.test(item.text)) continue;
    // Under "... hướng dẫn như sau:" an item states a rule unless it tells a unit to act.
    // "1. Các chi, đảng bộ cơ sở căn cứ Hướng dẫn này xây dựng kế hoạch kiểm điểm, báo cáo kết quả về Ban Tổ chức Huyện ủy
    // trước ngày 10/01/2026.": a unit told what to do by when acts, whatever its verb (unitMustAct's `due`).
    if (guided && !directs(item.text) && !unitMustAct(item.text, item.deadlines.length > 0)) continue;
    // "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh ... phải được tiến hành xong": the deadline of the
    // items before it in its part (those without one), not a task of its own.
    const parent = item.ref.replace(/\.?[^.]+$/u, '');
    const siblings = kept.filter((k) => k.ref.replace(/\.?[^.]+$/u, '') === parent && k.deadlines.length === 0);
    if (CLOSING_DEADLINE.test(item.text) && item.deadlines.length > 0 && siblings.length > 0 && !CUE.test(item.text)) {
      for (const sibling of siblings) sibling.deadlines.push(...item.deadlines);
      continue;
    }
    if (!informs(item.text))
      kept.push(
        open && open.ref.replace(/\.?[^.]+$/u, '') === parent
          ? {
              ...item,
              ref: open.ref,
              text: `${open.text}. ${item.text}`,
              deadlines: [...open.deadlines, ...item.deadlines],
            }
          : item,
      );
    // Only to the item before it at its level: "3. Thời gian tổ chức phong trào thi đua: ..." after "2. Nội dung thi
    // đua" / "a) ..." / "g) ..." is the period of the campaign, not of "g)".
    else if (
      /^(?:thời gian|thời hạn)/iu.test(item.text) &&
      kept.length > 0 &&
      kept.at(-1)!.ref.replace(/\.?[^.]+$/u, '') === parent
    )
      kept.at(-1)!.deadlines.push(...item.deadlines);
    else if (/^(?:thời gian|thời hạn)/iu.test(item.text) && item.deadlines.length > 0) period = item;
  }
  return kept;
}

/**
 * An item that only sets when the items before it must be done: "Chậm nhất là ngày ...", "Thời hạn hoàn thành: ...",
 * "Các nội dung trên hoàn thành trước ngày ...".
 */
const CLOSING_DEADLINE =
  /^(?:chậm nhất|hạn chót|thời hạn hoàn thành|(?:các|những) (?:nội dung|nhiệm vụ|công việc|việc|hoạt động) (?:nêu )?(?:trên|này)\s+(?:phải\s+)?(?:được\s+)?(?:hoàn thành|hoàn tất|xong|thực hiện|triển khai)\b)/iu;
/**
 * "3. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị ... phản hồi về Ban Chỉ đạo ...": the closing
 * courtesy printed as the last item, no task; so is "- Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình
 * triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại ...)" (samples/bodies bng-lanhsu-2025-xuatnhapcanh-tructuyen):
 * help offered to the recipient, not work asked of it. Whatever arises: "6. Trong quá trình tổ chức thực hiện, nếu có những
 * nội dung cụ thể, phát sinh cần sửa đổi, bổ sung vào Chương trình hành động của Chính phủ, các bộ, ngành, địa phương chủ
 * động đề xuất gửi Bộ Ngoại giao để tổng hợp, báo cáo Thủ tướng Chính phủ xem xét, quyết định." (Nghị quyết 49/NQ-CP, dev
 * cp-2026-04-nq-chuongtrinh-ct49-phichinhphu III.6), the programme's standing clause on its own amendment, also when it says
 * "nếu cần sửa đổi, bổ sung ..." or "nếu phát sinh vướng mắc ..." without "có".
 */
const TROUBLE =
  /^(?:(?:trong quá trình (?:triển khai |tổ chức )?(?:thực hiện|triển khai)(?: (?:kế hoạch|chương trình(?: hành động)?|đề án|nghị quyết|quyết định)(?: này)?)?,?\s*)?nếu (?:(?:có\s+(?:[^.;,]{0,60}?,?\s*)?)?(?:phát sinh|khó khăn|vướng mắc)|(?:thấy\s+)?cần\s+(?:phải\s+)?(?:sửa đổi|bổ sung|điều chỉnh))[^.;]*?\s(?:phản ánh|phản hồi|báo cáo|liên hệ|gửi|đề xuất)\s|(?:kịp thời\s+)?(?:phản ánh|phản hồi)\s+(?:kịp thời\s+)?(?:các |những )?(?:khó khăn|vướng mắc)[^.;]*?\sđể được\s)/iu;
/** What a record must contain ("Biên bản phải ghi rõ thành phần, ..."): a rule of form, not a task. */
const CONTENT_RULE = /^(?:biên bản|hồ sơ|danh sách|phiếu|mẫu)\s[^,;:]{0,40}?phải\s(?:ghi|có|thể hiện|nêu)\b/iu;

/**
 * The plan a decision issues, printed after its signature ("KẾ HOẠCH ... (Ban hành kèm theo Quyết định số 173/QĐ-BTP
 * ...)" / "I. MỤC ĐÍCH, YÊU CẦU" / "II. NỘI DUNG THỰC HIỆN" / "1. ..." / "a) ..."): its tasks are the decision's
 * requirements, read as a plan's; so are those of a Government resolution's programme ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ ...
 * (Ban hành kèm theo Nghị quyết số 12/NQ-CP ...)"). A regulation issued the same way ("QUY CHẾ", "QUY ĐỊNH") states rules, no tasks.
 */
export function attachedPlan(lines: Line[], from: number, year: string | null, inTable: (start: number) => boolean) {
  const at = lines.findIndex((line, i) => i >= from && issuedWith(lines, i) && headedAsPlan(lines, from, i));
  if (at < 0) return [];
  // Up to the Nơi nhận, or an annex of its own ("PHỤ LỤC" / "DANH MỤC CÁC NHIỆM VỤ ..."): its rows are "PL." rows.
  const end = lines.findIndex((line, i) => i > at && (/^nơi nhận/iu.test(line.text) || ANNEX.test(line.text)));
  // A task table in the plan's annex gives its own requirements (dev hcm-2025-11-qd-kehoach-csdl-quyhoach).
  return planTasks(
    toParagraphs(lines.slice(at + 1, end < 0 ? lines.length : end).filter((line) => !inTable(line.start))),
    year,
  );
}

/**
 * "KẾ HOẠCH" or "CHƯƠNG TRÌNH" heads the text above its "(Ban hành kèm theo ...)" line: within six lines, not counting
 * the lines of its title in capitals, however many the page wrapped it over (a PDF's text breaks a long title into
 * four or five lines: "THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ" / "TRUNG ƯƠNG ĐẢNG ...").
 */
function headedAsPlan(lines: Line[], from: number, at: number): boolean {
  let others = 0;
  for (let i = at; i >= from && others <= 6; i--) {
    if (/(?:^|\s)(?:KẾ HOẠCH|CHƯƠNG TRÌNH)(?:\s|$)/u.test(lines[i].text)) return true;
    if (i < at && !CAPITALS.test(lines[i].text)) others++;
  }
  return false;
}

/**
 * "(Ban hành kèm theo Quyết định số ...": on its line, or begun there and wrapped ("... CÔNG VỚI CÁCH MẠNG (Ban hành kèm
 * theo" / "Quyết định số 773/QĐ-TTg ...").
 */
function issuedWith(lines: Line[], at: number): boolean {
  const text = lines[at].text;
  const found = /\((?:(?:được\s+)?ban hành\s+)?kèm theo (?:Quyết định|QĐ|Nghị quyết)\b/iu.exec(
    `${text} ${lines[at + 1]?.text ?? ''}`,
  );
  return found !== null && found.index < text.length;
}

/** A plan's tasks, read as a plan's (its items need no actor of their own). */
export function planTasks(body: Paragraph[], year: string | null) {
  return keepActions(parseRequirements(body, year)).map((r) => ({
    ...r,
    assignees: r.assignees.length > 0 ? r.assignees : findAssignees(r.text),
  }));
}

/** An annex's heading: "PHỤ LỤC", "Phụ lục II". */
const ANNEX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]{1,5})?\.?$/u;
/** What the annex is issued with: "(Kèm theo Nghị quyết số 122/NQ-CP ...", "(Ban hành kèm theo Quyết định ...". */
const ISSUED_WITH = /^\(?(?:(?:được\s+)?ban hành\s+)?kèm theo\b/iu;

/**
 * An annex of tasks printed after the signature as numbered items ("Phụ lục" / "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA
 * PHƯƠNG ..." / "(Kèm theo Nghị quyết số 122/NQ-CP ...)" / "3. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:" /
 * "a) ...", dev cp-2026-05-nq-phienhop-thuongky-thang4): its items are the document's tasks, read as a plan's, each ref
 * "PL." + its path as printed (corpus README, "Task tables"). A table in it is read as one (`inTable`).
 */
export function annexTasks(lines: Line[], from: number, year: string | null, inTable: (start: number) => boolean) {
  const found: ReturnType<typeof planTasks> = [];
  for (let i = from; i < lines.length; i++) {
    if (!ANNEX.test(lines[i].text)) continue;
    // The title up to the line saying what it is issued with, and that line up to its closing parenthesis.
    const at = lines.findIndex((line, j) => j > i && j <= i + 6 && ISSUED_WITH.test(line.text));
    if (
      at < 0 ||
      !/NHIỆM VỤ|CÔNG VIỆC/u.test(
        lines
          .slice(i + 1, at)
          .map((l) => l.text)
          .join(' '),
      )
    )
      continue;
    let start = at;
    while (start < lines.length - 1 && start < at + 3 && !/\)\s*$/u.test(lines[start].text)) start++;
    const end = lines.findIndex((line, j) => j > start && (ANNEX.test(line.text) || /^nơi nhận/iu.test(line.text)));
    const body = lines.slice(start + 1, end < 0 ? lines.length : end).filter((l) => !inTable(l.start));
    // "1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:" over its items: everyone, no one.
    found.push(
      ...planTasks(toParagraphs(body), year).map((r) => ({
        ...r,
        ref: `PL.${r.ref}`,
        assignees: isEveryone(r.assignees) ? [] : r.assignees,
      })),
    );
    i = start;
  }
  return found;
}
