import type { Rule } from './deadline-rule.js';
import { dayNamedElsewhere, openingRecurrence } from './recurring-deadlines.js';

const EVERY = String.raw`(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)`;
/** A time the clause gives itself ("rà soát ... trong Quý I và báo cáo ... trong Quý II"): its own deadlines. */
const WHEN = String.raw`\s(?:trong|trước|vào|chậm nhất|đến)\s+(?:quý|tháng|ngày|tuần)`;

/**
 * The adverb of a recurring report where the clause reading of RECURRING_RULES misses it: before the actor ("Hàng
 * năm, các bộ, ngành và Ủy ban nhân dân các tỉnh ... báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã
 * hội"). What was done each year ("Hằng năm, tỉnh đã bố trí ...") is no duty, and a clause that dates its own steps
 * ("Hằng năm, tiến hành rà soát ... trong Quý I và báo cáo ... trong Quý II") gives those dates instead.
 */
export const OPENING_RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.;:])\s*)${EVERY}(?=\s*,\s+(?:(?!\sđã\s|${WHEN})[^.;:]){1,160}?\s(?:gửi\s+)?báo cáo\s)`,
      'giu',
    ),
    unless: dayNamedElsewhere,
    build: openingRecurrence,
  },
];
