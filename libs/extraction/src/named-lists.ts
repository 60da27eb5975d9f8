import type { Paragraph } from './parse-body.js';

/**
 * "- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy ...", "- Dự án 7 (Tiểu dự án 2): Nâng cao hiệu quả truyền thông
 * ...": the name of a numbered project, sub-project, scheme or component, listed as a noun.
 */
const NAMED =
  /^(?:[-–+•]\s*)?(?:Dự án|Tiểu dự án|Đề án|Hợp phần|Chương trình)\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})\b[^:]{0,40}:/u;

/** Items that only name projects or schemes: what the lead-in above them covers, no tasks of their own. */
export const namesOnly = (items: Paragraph[]): boolean => items.length > 0 && items.every((p) => NAMED.test(p.text));

/**
 * "h) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình ..., bao gồm:" / "- Dự án 1:
 * ..." / "- Dự án 2: ...": the positions of the names listed under the lead-in at `at` (one requirement, the lead-in's
 * text), or null when it is no such lead-in.
 */
export function namedList(items: Paragraph[], at: number): number[] | null {
  if (!/:\s*$/u.test(items[at].text)) return null;
  const names: number[] = [];
  for (let j = at + 1; j < items.length && items[j].marker === '-'; j++) names.push(j);
  // "- Dự án 7 (Tiểu dự án 2):" / "Nâng cao hiệu quả truyền thông ..." (dev cantho-2025-11-kehoach-phongchong-matuy
  // printed with no empty lines): the line after a name's colon is what it is called, read as an item of its own.
  const called = (j: number) => j > at + 1 && NAMED.test(items[j - 1].text) && /:\s*$/u.test(items[j - 1].text);
  const listed = names.filter((j) => !called(j)).map((j) => items[j]);
  return listed.length > 0 && namesOnly(listed) ? names : null;
}
