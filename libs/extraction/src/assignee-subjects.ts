/** Reading a clause's subject: where the units before its verb end, and the units a phrase names. */
import {
  ALL_MINISTRIES,
  BARE_HEAD,
  GENERIC,
  LEAD_GROUP,
  LEADS_TASK,
  LISTED,
  NAMING_VERB,
  SUBJECT_START,
  VERB,
} from './assignee-patterns.js';
import { clean } from './text-utils.js';
import { splitUnits } from './unit-lists.js';

/** "Sở Nội vụ là cơ quan thường trực", "Sở Nông nghiệp và Môi trường là cơ quan đầu mối": a body, then its role. */
const ROLE_OF = String.raw`^(.+?)\slà\s+(?:cơ quan|đơn vị|thành viên|thường trực|đầu mối)`;
/** "Sở Nội vụ là cơ quan thường trực, ...": what it is, closed by a comma before what it does. */
const ROLE = new RegExp(String.raw`${ROLE_OF}[^,;.]*,\s*$`, 'u');
/** "giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy ...": after a cue the role needs no comma. */
export const CUED_ROLE = new RegExp(String.raw`${ROLE_OF}(?:\s|,|$)`, 'u');

/**
 * The units a phrase names; generic addressees ("các cơ quan, đơn vị") name none, unless `named` says the text singles
 * them out ("Đối với cơ quan, tổ chức, đơn vị: ...").
 */
export function unitsOf(phrase: string, named = false, told = false): string[] {
  // "các Chuyên viên cơ quan MTTQ xã được phân công ...": the passive "được" is not part of the name.
  // "Đài Truyền hình Việt Nam (VTV)", "Nhà đầu tư (Tập đoàn Đèo Cả)": a parenthesis that opens with a capital names the
  // unit (its short name, the one meant); a lower-case aside ("(nếu có)", "(cơ quan chủ trì ...)") does not.
  const names: string[] = [];
  const kept = phrase.replace(/\s*\(\s*(\p{Lu}[^()]*)\)/gu, (_, inner: string) => {
    names.push(inner.trim());
    return ` NAMEPAREN${names.length - 1}`;
  });
  const text = clean(kept.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+được\s*$/u, ''));
  const restore = (unit: string) => unit.replace(/\s?NAMEPAREN(\d+)/gu, (_, i: string) => ` (${names[Number(i)]})`);
  if (!text || (!named && (GENERIC.test(restore(text)) || ALL_MINISTRIES.test(restore(text))))) return [];
  // "... chỉ đạo các đơn vị liên quan thực hiện": those a lead directs are no actors of their own.
  if (told && /^các\s+(?:cơ quan|đơn vị)[\s,]+(?:(?:cơ quan|đơn vị|có)[\s,]+)*liên quan$/iu.test(text)) return [];
  return splitUnits(text).map(restore);
}

/**
 * How long a subject may be: "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân
 * các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn
 * vị liên quan tiếp tục ..." names four addressees in 230 characters.
 */
const SUBJECT_MAX = 320;
/**
 * A subject up to 160 characters, or a longer list of at least three names (or "Các Bộ, cơ quan: Tài chính, Xây dựng, ...")
 * none of which runs past 16 words ("Nhóm 2: Các
 * xã, phường lân cận, vùng ven sông, suối, khu vực thấp trũng, ... cần được hỗ trợ" names places, not actors).
 */
export const subjectFits = (subject: string) =>
  subject.length < 160 ||
  // "Đề nghị các cơ quan chuyên môn, ... thuộc Ủy ban nhân dân Thành phố; Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân
  // dân Thành phố; các đơn vị sự nghiệp công lập, ...; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ
  // chức triển khai ..." (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1): addressees listed with ";", each one short.
  (subject.length < 2 * SUBJECT_MAX &&
    /;\s/u.test(subject) &&
    subject.split(/;\s+/u).every((name) => name.length < 160)) ||
  (subject.length < SUBJECT_MAX &&
    subject.split(/[,;]\s+|\s+và\s+/u).every((name) => name.split(/\s+/u).length <= 16) &&
    (unitsOf(subject).length >= 3 || new RegExp(String.raw`(?:^|\s)${LISTED}:\s`, 'u').test(subject)));

/** The units before the first verb of a clause that opens with them, or none. */
export function subjectOf(text: string): string[] {
  if (!SUBJECT_START.test(text)) return [];
  const end = subjectEnd(text);
  // "Ủy ban nhân dân tỉnh là cơ quan chủ quản dự án ...": what a body is, not what it does; but "Sở Nội vụ là cơ quan
  // thường trực, có trách nhiệm ...": what it is, then what it does.
  const role = ROLE.exec(text.slice(0, end));
  if (role) return unitsOf(role[1]);
  if (end > 0 && /\slà\s/u.test(text.slice(0, end))) return [];
  return end > 0 && subjectFits(text.slice(0, end)) ? unitsOf(text.slice(0, end)) : [];
}

/**
 * Where the units before a clause's verb end (-1: no verb). "Cơ quan phối hợp có trách nhiệm ...", "các tổ chức
 * cung cấp dịch vụ chi trả thực hiện ...": after a bare "Cơ quan" or "các tổ chức" the first verb names the body,
 * and the next one acts.
 */
export function subjectEnd(text: string): number {
  const verb = VERB.exec(text);
  if (!verb) return -1;
  // "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm ...", "Các Chi bộ chưa tiến hành đại hội, từ ngày ... rà soát":
  // after "được" or "chưa" the verb names the group, and the main verb (or the comma) ends it.
  if (/\s(?:được(?: giao)?|chưa)$/u.test(text.slice(0, verb.index))) {
    // "Đề nghị UBND các xã, phường, các đơn vị được giao làm Bên mời thầu dự án ...:" (Hà Nội, CV 6397/UBND-KT, 2025):
    // a lead-in (or one read as "... thực hiện") ends there.
    const main = /\s(?:có trách nhiệm|chịu trách nhiệm|phải|cần)\s|,\s|\sthực hiện$|\s*:\s*$/u.exec(
      text.slice(verb.index),
    );
    if (main && main.index < 120) return verb.index + main.index;
  }
  // "các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi ...": a group in general words named by the task it
  // leads, the act after the task ends it.
  const leads = LEAD_GROUP.test(text.slice(0, verb.index)) ? LEADS_TASK.exec(text.slice(verb.index)) : null;
  if (leads) {
    const from = verb.index + leads[0].length;
    const next = VERB.exec(text.slice(from));
    if (next && next.index > 0 && next.index < 100) return from + next.index;
  }
  // "... các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự rà soát ...": "tự" (by itself)
  // belongs to the act.
  if (!BARE_HEAD.test(text.slice(0, verb.index)) || !NAMING_VERB.test(verb[0]))
    return verb.index - (/\stự$/u.exec(text.slice(0, verb.index))?.[0].length ?? 0);
  const from = verb.index + verb[0].length;
  const next = VERB.exec(text.slice(from));
  if (next) return next.index < 60 ? from + next.index : verb.index;
  // "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả": a heading that names the body and no act.
  const rest = text.slice(from);
  return rest.length < 60 && !/[.,;:]/u.test(rest) ? text.length : verb.index;
}

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/**
 * A clause in mid-sentence read as a sentence would open ("thì cấp ủy ..." → "Cấp ủy ..."); "các ..." stays as written
 * ("các nội dung trên" is no unit, "các cấp ủy" is one).
 */
export const raise = (text: string) =>
  /^\p{Ll}/u.test(text) && !/^các\s/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
/** Whether a clause opens with a unit, in mid-sentence too. */
export const opens = (text: string) => SUBJECT_START.test(raise(text));
/**
 * After an opening phrase's comma, only a body's name opens the main clause in lower case ("Định kỳ hằng năm, ban
 * thường vụ cấp ủy ... có trách nhiệm ..."): "cơ quan, đơn vị" there is more often the tail of a list.
 */
export const opensAfterComma = (text: string) =>
  SUBJECT_START.test(text) ||
  (/^(?:ban thường vụ|thường trực|cấp ủy|cấp uỷ|cấp có thẩm quyền)\s/u.test(text) && opens(text));
