import { lastDay, QUARTERS, type Rule } from './deadline-rule.js';
import type { Deadline } from './directive.types.js';
import { isoDate } from './text-utils.js';

/** A quarter's number ("I", "IV", "2") or a month's. */
const QUARTER = String.raw`qu[ýí]\s+(IV|I{1,3}|[1-4])(?![\p{L}\d])`;
const LATEST = String.raw`(?:chậm|muộn|trễ) nhất(?: là| vào| trong)?`;
/** No year after it: "trong Quý I/2026", "tháng 6 năm 2026" are read by the rules for a given year. */
const NO_YEAR = String.raw`(?![\p{L}\d])(?!\s*(?:[/-]|năm)\s*\d)`;

/** A past event named before its dates ("do đợt mưa lũ ...", "đã xảy ra ..."). */
const HAPPENED = /(?:(?<!\p{L})do\s|xảy ra|diễn ra|mưa|lũ|bão|thiên tai)[^.;,]{0,80}$/iu;
/** A clause about a report, a review or results: a window of years in it is the period covered. */
const COVERS = /(?:tổng kết|sơ kết|đánh giá|báo cáo|kết quả|tình hình|số liệu|nhiệm kỳ)[^.;:]*$/iu;

/**
 * Deadlines written with years, quarters and months rather than dates: the end of a window of years, a year in brackets
 * closing a task to be completed, and the quarters and months of a yearly duty.
 */
export const YEAR_RULES: Rule[] = [
  // "Hoàn thành trong 6 tháng đầu năm 2026", "xong trong 6 tháng cuối năm 2025": by the half-year's last day.
  {
    pattern:
      /(?:hoàn (?:thành|tất)|xong)(?:\s+(?:ngay\s+)?trong)?\s+(?:6|06|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})(?!\d)/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-${/^đầu$/iu.test(m[1]) ? '06-30' : '12-31'}`, text: m[0] }),
  },
  // "từ ngày 01 - 15/12/2025", "từ ngày 20/11 - 05/12/2025", "từ 01/12 đến 15/12/2025": a window whose start shares the
  // end's month or year, read at its end.
  {
    pattern:
      /từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/])/giu,
    // "khắc phục thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025": when something happened, no deadline.
    unless: (text, m) => HAPPENED.test(text.slice(Math.max(0, m.index - 120), m.index)),
    build: (m) => {
      const date = isoDate(m[1], m[2], m[3]);
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "từ tháng 11/2025 đến tháng 12/2025", "từ tháng 11 đến hết tháng 12 năm 2025": a window of months, read at its end.
  {
    pattern:
      /từ\s+tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?\s*(?:đến|-|–)\s*(?:hết\s+)?tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(\d{4})(?![\d/])/giu,
    unless: (text, m) => COVERS.test(text.slice(0, m.index)),
    build: (m) => {
      const date = lastDay(m[1], m[2]);
      return date ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "triển khai ... từ năm 2013 đến năm 2015": a window of years, read at its end (as "từ ngày ... đến ngày ..."). Not an
  // open one ("Từ năm 2013 đến năm 2020 và tiếp theo") nor a programme's period ("giai đoạn từ năm 2021 đến năm 2025",
  // "giai đoạn I: từ năm 2025 đến năm 2030").
  {
    pattern:
      /(?<!giai đoạn(?:\s+[IVX\d]{1,4})?\s*[:,]?\s+)từ\s+năm\s+\d{4}\s*(?:đến|-|–)\s*(?:hết\s+)?năm\s+(\d{4})(?![\d/])(?!\s*(?:,|và)?\s*(?:(?:các|những)\s+năm\s+)?(?:tiếp theo|sau đó|trở đi))/giu,
    // "Tổng kết 10 năm thực hiện Nghị quyết (từ năm 2015 đến năm 2025)", "báo cáo kết quả từ năm ...": the period a
    // report or review covers.
    unless: (text, m) => COVERS.test(text.slice(0, m.index)),
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
  // "Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản ...; kế hoạch ... (trong năm 2013).": the year in
  // brackets that closes a task to be completed, however long the task's wording.
  {
    pattern: /(?<!\p{L})(?:hoàn (?:thành|tất)|xong)(?!\p{L})[^.()]{0,300}?\(\s*(trong\s+năm\s+(\d{4}))\s*\)/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
  // "Hằng năm, tiến hành rà soát ... trong Quý I và báo cáo ... trong Quý II, chậm nhất tháng 6": the quarters and months
  // of a yearly duty, each by its last day every year ("trong Quý II, chậm nhất tháng 6" is one, the later).
  {
    pattern: new RegExp(
      String.raw`trong\s+${QUARTER}${NO_YEAR}(?:\s*,?\s*${LATEST}\s+tháng\s+(\d{1,2})${NO_YEAR})?|${LATEST}\s+(?:${QUARTER}|tháng\s+(\d{1,2}))${NO_YEAR}`,
      'giu',
    ),
    unless: (text, m) => !/(?:hằng|hàng)\s+năm(?![\p{L}])[^.;]*$/iu.test(text.slice(0, m.index)),
    build: (m) => {
      const month = m[2] ?? m[4] ?? (m[1] ? QUARTERS[m[1].toUpperCase()] : m[3] ? QUARTERS[m[3].toUpperCase()] : null);
      // A year that is not a leap year: the last day of February is the 28th.
      const date = month ? lastDay(month, '2001') : null;
      return date
        ? {
            kind: 'recurring',
            rrule: `FREQ=YEARLY;BYMONTH=${Number(month)};BYMONTHDAY=${Number(date.slice(8))}`,
            text: m[0],
          }
        : null;
    },
  },
];

/** "Thời gian hoàn thành: Tháng 12 hằng năm", "Quý I hằng năm": the month's (quarter's) last day, each year. */
export const EACH_YEAR_MONTH = /^(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})\s+(?:hằng|hàng)\s+năm\s*[.;]?\s*$/iu;
export function eachYearMonth(m: RegExpExecArray): Deadline {
  const month = /^qu/iu.test(m[1]) ? QUARTERS[m[2].toUpperCase()] : m[2];
  // A year that is not a leap year: the last day of February is the 28th.
  const last = month ? lastDay(month, '2001') : null;
  const text = m[0].replace(/[.;\s]+$/u, '');
  return last
    ? { kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${Number(month)};BYMONTHDAY=${Number(last.slice(8))}`, text }
    : { kind: 'recurring', rrule: 'FREQ=YEARLY', text };
}
