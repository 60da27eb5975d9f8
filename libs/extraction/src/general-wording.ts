import { ALL_MINISTRIES, EVERY_MINISTRY_AND_PROVINCE } from './assignee-patterns.js';

/** "..., Ủy ban nhân dân các tỉnh, thành phố căn cứ chức năng, nhiệm vụ, quyền hạn được giao": the mandate they act on. */
const MANDATE = /\s+(?:theo|căn cứ|trên cơ sở)\s+(?:chức năng|nhiệm vụ|thẩm quyền)[^;]*$/u;

/**
 * Whether a requirement's assignees are every ministry and province in general words: "các Bộ trưởng, Thủ trưởng cơ quan
 * ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố" (the lead-in of Nghị quyết 122/NQ-CP, dev
 * cp-2026-05-nq-phienhop-thuongky-thang4), "Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao"
 * (its Phụ lục, item 1): everyone the document speaks to (corpus README, waves 19 and 21: "General wording → empty").
 */
export function isEveryone(units: string[]): boolean {
  const joined = units.join(', ').replace(/\s*:$/u, '').replace(MANDATE, '');
  // "..., Ủy ban nhân dân các tỉnh, thành phố" names the provincial committees: a group a province's clerk hands the task
  // to (corpus README, "The every-ministry-and-every-province list is listed", settled 3 December 2026).
  return ALL_MINISTRIES.test(joined) || (EVERY_MINISTRY_AND_PROVINCE.test(joined) && !PROVINCES.test(joined));
}

const PROVINCES = /(?:ủy|uỷ) ban nhân dân\s+các\s+tỉnh/iu;

/** The last word on general wording, whichever reader found the units: they give way to an empty list. */
export function dropEveryone(requirements: Array<{ assignees: string[] }>): void {
  for (const requirement of requirements) if (isEveryone(requirement.assignees)) requirement.assignees = [];
}

/**
 * "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương theo thẩm quyền:" over
 * "d) Công bố thủ tục hành chính ..." (Điều 4 of a Nghị quyết, dev cp-2026-04-nq-tthc-bgddt): every minister and province, in
 * general words, carried from a lead-in gives its items no assignee (corpus README, wave 21: "Lead-ins naming the ministers
 * alone"). Applied last, once the items are kept as tasks of a named unit; an item that names them itself is left alone.
 */
export function dropInheritedEveryone(requirements: Array<{ text: string; assignees: string[] }>): void {
  for (const requirement of requirements) {
    const text = requirement.text.toLowerCase();
    if (isEveryone(requirement.assignees) && !requirement.assignees.some((unit) => text.includes(unit.toLowerCase())))
      requirement.assignees = [];
  }
}
