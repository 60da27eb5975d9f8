import type { Rule } from './deadline-rule.js';
import { isoDate } from './text-utils.js';

/**
 * A number spelled out in brackets after its figures, as legal texts write them: "ngày 15 (mười lăm)", "06 (sáu) tháng".
 */
export const SPELLED = String.raw`(?:\s*\((?:[^\d()]{2,30})\))?`;
const DUE = String.raw`(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|hạn chót(?: là)?)`;
/** "đối với báo cáo định kỳ hằng tháng", "đối với các báo cáo định kỳ 06 (sáu) tháng": which report the day is for. */
const FOR_REPORT = (period: string) => String.raw`\s*,?\s*đối với\s+(?:các\s+)?báo cáo(?:\s+định kỳ)?\s+(?:${period})`;
/** The month or year a report is about, or the one after it: "của tháng báo cáo", "của năm liền kề năm báo cáo". */
const NEXT = String.raw`(?:báo cáo|sau|tiếp theo|kế tiếp|liền kề(?:\s+năm báo cáo)?|liền sau(?:\s+năm báo cáo)?)`;

const YEAR_REPORT = FOR_REPORT(String.raw`(?:hằng|hàng)\s+năm|năm|\d{1,2}${SPELLED}\s+tháng`);

/**
 * The day a periodic report is due, named against the period it covers rather than by a date: each month ("Chậm nhất
 * ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng", "chậm nhất ngày 25 của tháng trước tháng tổ
 * chức phiên họp") or each year ("gửi trước ngày 10/07 của năm báo cáo", "Chậm nhất ngày 25 (hai mươi lăm) tháng 11
 * (mười một) đối với báo cáo định kỳ hằng năm"). A day and month without a year would otherwise take the document's year.
 */
export const REPORT_DAY_RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`${DUE}\s+ngày\s+(\d{1,2})${SPELLED}\s+(?:của\s+)?tháng\s+(?:${NEXT}|trước\s+tháng)(?![\p{L}\d])(?:${FOR_REPORT(String.raw`(?:hằng|hàng)\s+tháng`)})?`,
      'giu',
    ),
    build: (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 31
        ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
  {
    pattern: new RegExp(
      String.raw`${DUE}\s+ngày\s+(\d{1,2})${SPELLED}(?:\s+tháng\s+|\s*[/.-]\s*)(\d{1,2})${SPELLED}(?![/.-]?\d|\s*năm\s*\d)(?:\s+của\s+năm\s+${NEXT}|${YEAR_REPORT})`,
      'giu',
    ),
    build: (m) =>
      isoDate(m[1], m[2], '2000')
        ? { kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${Number(m[2])};BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
];
