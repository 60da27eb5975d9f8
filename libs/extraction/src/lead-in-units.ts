import { CUE, findAssignees, SUBJECT_START } from './assignees.js';
import { addressedLeadIn } from './addressed-units.js';
import { VERB } from './assignee-patterns.js';
import { BODY_HEADS, HEADS, HOLDER_HEADS } from './assignee-words.js';
import { isEveryone } from './general-wording.js';
import { unitHeading } from './plan-tasks.js';
import { strip } from './requirement-patterns.js';
import { clean, splitSentences } from './text-utils.js';

/**
 * The subject of a lead-in over the items that follow ("Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu
 * lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"; "..., Văn phòng Trung
 * ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ
 * trọng tâm sau:"; "Đề nghị thành phố Đà Nẵng:"): who does the items that name no one themselves.
 */
export function leadInSubject(text: string): string[] {
  const units = leadInUnits(text);
  // "..., các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần
  // cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:": everyone, no assignee of the items.
  return isEveryone(units) ? [] : units;
}

function leadInUnits(text: string): string[] {
  if (!/(?:sau|sau đây|như sau)\s*:\s*$|(?:^|[\s,])(?:đề nghị|yêu cầu|giao)\s[^.;:]{3,120}:\s*$/iu.test(text))
    return [];
  const last = splitSentences(text).at(-1)!;
  const cued = findAssignees(last);
  if (cued.length > 0) return cued;
  const addressed = addressedLeadIn(last);
  if (addressed.length > 0) return addressed;
  const cue = /^(?:đề nghị|yêu cầu|giao)\s+((?:thành phố|tỉnh|Thành phố|Tỉnh)\s+\p{Lu}[^.;:]{1,60}?)\s*:\s*$/u.exec(
    last,
  );
  if (cue) return [clean(cue[1])];
  // The main clause's subject: the first clause that opens with a unit or a place ("..., thành phố Đà Nẵng cần ...").
  const starts = [0, ...[...last.matchAll(/[,;]\s+/gu)].map((m) => m.index + m[0].length)];
  for (const start of starts) {
    const rest = last.slice(start);
    const place =
      /^(?:thành phố|tỉnh|Thành phố|Tỉnh)\s+\p{Lu}[\p{L}\s]{1,40}?(?=\s(?:cần|phải|có trách nhiệm|tập trung|tiếp tục|chủ động)\s)/u.exec(
        rest,
      );
    if (place) return [clean(place[0])];
    // "các Sở, ngành, UBND cấp xã ..." in mid-sentence: read as a sentence would open, kept as written.
    const opened = rest.replace(/^các\s/u, 'Các ');
    if (!SUBJECT_START.test(opened)) continue;
    const units = findAssignees(opened);
    if (units.length > 0)
      return units.map((u, i) => (i === 0 && opened !== rest && u.startsWith('Các ') ? `các ${u.slice(4)}` : u));
  }
  return [];
}

/**
 * The units a heading names for the items under it: "1. Trung tâm Y tế:", "2. Đề nghị Ủy ban nhân dân xã phối hợp",
 * "3. Bộ trưởng Bộ Tài chính ... chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:".
 */
/**
 * "3. Trách nhiệm của Sở Y tế:", "Giao Ủy ban nhân dân các xã, phường:", "Nhiệm vụ của Phòng Văn hóa - Xã hội": a heading
 * that says whose the items under it are.
 */
const FOR_UNIT =
  /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*)?(?:(?:Trách nhiệm|Nhiệm vụ) (?:của|đối với)|Giao(?: cho)?|Đối với)\s+(\p{Lu}.{2,200}?|các\s.{2,200}?)\s*:?\s*$/u;

export function headingUnits(text: string): string[] {
  // Read as the subject of a sentence ("Sở Y tế thực hiện"): a list splits, a verb ("Giao Sở Y tế chủ trì, phối hợp
  // với ...:") ends the lead.
  const owner = FOR_UNIT.exec(text);
  if (owner && !/[.;!?]$/u.test(owner[1])) {
    // "Đối với các đơn vị thực hiện dịch vụ, thu gom, ... (theo danh sách gửi kèm tại Phụ lục):": an aside in lower case
    // says where the group is listed, no part of its name.
    const subject = owner[1].replace(/\s*\(\p{Ll}[^()]*\)$/u, '').replace(/^các\s/u, 'Các ');
    const units = SUBJECT_START.test(subject) ? findAssignees(`${subject} thực hiện`) : [];
    if (units.length > 0)
      return units.map((u, i) =>
        i === 0 && /^các\s/u.test(owner[1]) && u.startsWith('Các ') ? `các ${u.slice(4)}` : u,
      );
    // "9.2. Đối với các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt:": "Đối với" names a
    // group, verbs and all; a group told by what it does is more than the generic "các đơn vị".
    const group = subject.replace(/^Các\s/u, 'các ');
    if (
      /^Đối với\s/u.test(strip(text)) &&
      /^các\s+(?:đơn vị|cơ sở|cơ quan|tổ chức|doanh nghiệp)\s+(?:thực hiện|làm|có|được giao)\s/u.test(group)
    )
      return [clean(group)];
  }
  const bare = !/[.;:!?]["”)]?$/u.test(text);
  // "1. Các Bộ, cơ quan, địa phương" (Công điện 221/CĐ-TTg, 2025): everyone the text speaks to, in general words.
  const heading = unitHeading(text);
  const named = heading !== null && isEveryone([heading]) ? null : heading;
  // "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ", "2. Sở, ban, ngành thành phố và
  // Ủy ban nhân dân xã, phường", "3. Ủy ban MTTQ Việt Nam xã và các đoàn thể": units at ";" and at "và" before a
  // unit's head word; "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng" is one group.
  // "5. Bộ trưởng Bộ Tài chính chủ trì:", "1. Bí thư tỉnh ủy ... tập trung một số nhiệm vụ sau:": a lead-in's subject.
  // "2. Sở Lao động, Thương binh và Xã hội có trách nhiệm." over its dash items.
  const cued =
    (CUE.test(text) && bare) || /:\s*$/u.test(text) || /\s(?:có trách nhiệm|có nhiệm vụ)\s*[.:]?$/u.test(text)
      ? findAssignees(text)
      : [];
  if (cued.length > 0) return cued;
  // "11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa" (bodies dev kh-sonla-2025-11-qd-kehoach-xuatkhau): the
  // group asked, no act named; read as asked to carry the items out.
  const asked =
    bare &&
    /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*)?(?:Đề nghị|Yêu cầu)\s+các\s[^.;:]{3,160}$/u.test(text);
  if (asked && !VERB.test(text)) {
    const units = findAssignees(`${text} thực hiện`);
    if (units.length > 0) return units;
  }
  // "5. Để nâng cao hiệu lực, ..., các Sở, ngành, UBND cấp xã ... triển khai thực hiện những nội dung sau:": a lead-in.
  if (!named) return /:\s*$/u.test(text) ? leadInSubject(strip(text)) : [];
  if (/phụ trách/u.test(named)) return [named];
  // "e) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh", "14. Đề nghị Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố"
  // (dev cantho-2025-11-kehoach-phongchong-matuy): two bodies at ", " before a capitalised head word (not in an aside);
  // "8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh", "9. Báo và phát thanh, truyền
  // hình Sơn La, Cổng thông tin điện tử tỉnh" (Quyết định 2954/QĐ-UBND Sơn La, wave 15 of samples/bodies).
  if (named.includes('(')) return [named];
  return splitCatchAll(named)
    .split(ONE_PERSON.test(named) ? /;\s*/u : HEADING_SPLIT)
    .filter(Boolean);
}

/**
 * "5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan" (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep): the
 * catch-all after the named group is a group of its own, parted by ";" so the heading splits there (and the settled
 * rule on catch-alls beside named units can drop it).
 */
const splitCatchAll = (named: string) =>
  named.replace(
    /,\s+(?=(?:các\s+)?(?:tổ chức, cá nhân|cơ quan, đơn vị|cơ quan, tổ chức)(?:\s+có)?\s+liên quan$)/u,
    '; ',
  );

/**
 * Where a heading that names units parts them: at ";", at "và" before a body's head word (or "và các") or an office
 * holder's title, and at ", " before either (corpus README, "A list of bodies is one entry per body", 3 December 2026): "8.
 * Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành" (dev cantho-2025-11-chithi-nuocduoidat) is two offices, "1. Bộ trưởng, Thủ
 * trưởng cơ quan ngang bộ:" (dev cp-2026-04-nq-tthc-bnnmt Điều 4) two, and so is a second plural group after ", các" ("p)
 * Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội", dev ddqh-2025-01-kehoach-nq57-khcn II.2.2.p). Not between two offices of the one body named after
 * them ("Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng ..."), nor within one person's titles ("Đồng chí ...", see
 * ONE_PERSON).
 */
const HEADING_SPLIT = new RegExp(
  String.raw`;\s*|\s+và\s+(?=(?:${BODY_HEADS}|${HOLDER_HEADS}|các)\s)|(?<!Chủ tịch Hội đồng (?:thành viên|quản trị)),\s+(?=(?:${HEADS})\s|các\s+(?:\p{Lu}|đại biểu\s))`,
  'u',
);
/** "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã": one person's titles, parted only at ";". */
const ONE_PERSON = /^(?:[Đđ]ồng chí|Đ\/c)\s/u;
