/** Reading a request's addressee: the cue that names it (đề nghị / yêu cầu / giao), and a label that names the unit. */
import { ACT_START, CUE, LISTED, OPENING, SUBJECT_START, UNIT_START, VERB } from './assignee-patterns.js';
import { CUED_ROLE, opens, subjectEnd, subjectFits, unitsOf } from './assignee-subjects.js';
import { meetingNotCue } from './cue-nouns.js';

/**
 * "Tăng cường công tác chỉ đạo, rà soát, kiểm tra các dự án ..., có biện pháp yêu cầu các chủ đầu tư lập ...": in an item
 * that opens with its act, a request in mid-sentence is what its unnamed actor (the heading's unit) asks of others, not
 * the actor; unless a unit opens the clause that asks ("Thực hiện Chỉ thị số ..., Bộ GDĐT đề nghị sở GDĐT ...").
 */
function askedByActor(text: string, at: number): boolean {
  // "...; giao Sở Tư pháp chủ trì thực hiện": the issuer's own assignment names the lead; but "Phân công, chỉ đạo, giao
  // trách nhiệm cho các thành viên Ban Chỉ đạo ..." (dev quangngai-2025-11-qd-kehoach-kiemke-taisancong): one of the acts
  // the unnamed actor does.
  const rest = text.slice(at).trim();
  if (!ACT_START.test(text) || OPENING.test(text) || /^[A-ZĐ]/u.test(rest)) return false;
  if (
    /^giao\s/u.test(rest) &&
    (!/^giao\s+(?:trách nhiệm|nhiệm vụ)\s/u.test(rest) || /[;.]\s*$/u.test(text.slice(0, at)))
  )
    return false;
  const clause = text
    .slice(0, at)
    .split(/[,;:]\s+/u)
    .at(-1)!;
  return !opens(clause.trim());
}

/** The first cue that names its addressee ("Đồng ý chủ trương giao Ủy ban nhân dân tỉnh ..." → the "giao"). */
export function namingCue(text: string): { cue: string; after: string } | null {
  const cues = new RegExp(CUE.source, 'gu');
  let first: { cue: string; after: string } | null = null;
  for (const match of text.matchAll(cues)) {
    // "về việc giao Ủy ban nhân dân tỉnh là cơ quan chủ quản": the act named as a noun, no request.
    if (/(?:^|\s)việc\s*$/u.test(text.slice(0, match.index + 1))) continue;
    // "xử lý theo thẩm quyền hoặc đề nghị cơ quan có thẩm quyền xử lý": the body asked instead is no actor; nor is the one
    // something "đã được giao cho" (dev quangtri-2025-11-chithi-lanchiem-rung 1.3).
    if (/\s(?:hoặc|được)\s*$/u.test(text.slice(0, match.index + 1))) continue;
    // "... lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận ..." (Hướng dẫn 40-HD/BTGDVTW, tnt305/tai_lieu_noi_bo
    // aa9bb8226e3d4c71.md): a paper that asks, named by what it is, sends no request from the issuer.
    if (/(?:^|\s)(?:danh sách|văn bản|tờ trình|hồ sơ|công văn|giấy|đơn)\s*$/iu.test(text.slice(0, match.index + 1)))
      continue;
    if (askedByActor(text, match.index)) continue;
    const found = { cue: match[1], after: text.slice(match.index + match[0].length) };
    if (meetingNotCue(found.cue, text.slice(0, match.index + 1), found.after)) continue;
    first ??= found;
    if (UNIT_START.test(found.after)) return found;
  }
  return first;
}

/** "... và kêu gọi", "... và đề nghị": a second request, its addressee after it. */
export const AGAIN = new RegExp(
  String.raw`\s+(?:và|đồng thời)\s+(?:kêu gọi|đề nghị|yêu cầu)\s+(?=${UNIT_START.source.slice(1)})`,
  'u',
);

/** The units a cue's addressee names, up to the act asked of them. */
export function askedUnits(after: string): string[] {
  const end = subjectEnd(after);
  // "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, ..." (Công văn 4001/UBND-ĐT, tnt305/tai_lieu_noi_bo
  // 76415b3ed5295e94.md): the body, not its role.
  const subject = end > 0 ? after.slice(0, end) : '';
  // "giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy ..." (baothainguyen.vn, Ban Thường vụ Tỉnh ủy Thái
  // Nguyên, 2009): after a cue the role needs no comma; the body named is given a task.
  const role = CUED_ROLE.exec(subject);
  return end > 0 && subjectFits(subject) ? unitsOf(role?.[1] ?? subject) : [];
}

/**
 * "Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình ...", "UBND các xã, phường: Phối hợp với ...": a label
 * that names the unit doing what follows it. Not "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo ..." (the bodies
 * listed after "các Bộ:" belong to the name) nor a label of time or topic ("Từ ngày 04/02/2026: ...").
 */
export function unitLabel(text: string): { units: string[]; rest: string } | null {
  const label = /^([^:;]{2,100}?)\s*:\s+/u.exec(text);
  if (!label || new RegExp(String.raw`(?:^|\s)${LISTED}$`, 'u').test(label[1])) return null;
  const rest = text.slice(label[0].length);
  // "Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo ...": the group the items are for. "Đề nghị Liên đoàn Lao động
  // tỉnh: Chỉ đạo các cấp công đoàn ..." (dev kontum-2020-05-ctrhanhdong-quanhelaodong III.3): the body asked, its task
  // after the colon.
  const given = /^Đối với\s+/u.exec(label[1]);
  const asked = /^(?:Đề nghị|Yêu cầu|Giao)\s+/u.exec(label[1]);
  const name = label[1].slice((given ?? asked)?.[0].length ?? 0);
  const named = given || asked ? UNIT_START.test(name) : SUBJECT_START.test(name);
  if (!named || VERB.test(name) || name.split(/\s+/u).length > 16 || SUBJECT_START.test(rest)) return null;
  const units = unitsOf(name, given !== null);
  return units.length > 0 ? { units, rest } : null;
}
