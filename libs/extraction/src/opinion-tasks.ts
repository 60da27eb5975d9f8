import { findAssignees } from './assignees.js';

/** "Xét báo cáo của Bộ ..., Phó Thủ tướng Nguyễn Thiện Nhân có ý kiến như sau:": a leader's opinion conveyed. */
export const OPINION = /\scó ý kiến(?:\s+chỉ đạo)?\s+(?:như sau|sau đây)\s*:\s*$/u;

/**
 * The sentence right after a conveyed opinion that opens with a unit and what it does ("Bộ Giáo dục và Đào tạo hoàn thiện
 * báo cáo sơ kết ...; đề xuất ...; tổ chức Hội nghị ..."): the leader's instruction to that unit, whatever its verb.
 * What was done ("đã", "đang") or what a unit is ("là") directs no one.
 */
export function conveys(text: string, opinion: boolean): boolean {
  if (!opinion || !/^\p{Lu}/u.test(text)) return false;
  const units = findAssignees(text);
  if (units.length === 0 || !text.startsWith(units[0])) return false;
  // "Bộ ... đã hoàn thiện ...": the subject read stops at the verb, so "đã" may end it.
  const head = `${units.at(-1)} ${text.slice(text.indexOf(units.at(-1)!) + units.at(-1)!.length).trim()}`;
  return !/^[^,;]*?\s(?:đã|đang|vừa|là|được)\s/u.test(head.slice(0, units.at(-1)!.length + 12));
}
