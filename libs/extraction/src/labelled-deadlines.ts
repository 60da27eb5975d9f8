import type { Deadline } from './directive.types.js';
import { DATE, digits, HOUR, lastDay, QUARTERS, WORDY_DATE } from './deadline-rule.js';
import { everyRrule } from './recurring-deadlines.js';
import { isoDate, parseNumericDate } from './text-utils.js';
import { EACH_YEAR_MONTH, eachYearMonth } from './year-deadlines.js';

interface Found {
  at: number;
  deadline: Deadline;
}

/**
 * "Thời gian hoàn thành: Tháng 11/2025", "Thời gian thực hiện: Quý IV/2025 và Quý I/2026", "Thời gian: Quý IV năm 2025":
 * under a time label a month or a quarter is a deadline, its last day; a window ("Từ tháng 12/2025 đến quý I/2026",
 * "Tháng 11 - 12/2025", "Từ tháng 11/2025 - 12/2025") is read at its end; a year ("Năm 2026", "năm 2026 - 2027") at its
 * last day, not an open one ("năm 2025 và các năm tiếp theo"); a month without a year ("Thời gian thực hiện: Tháng 12")
 * takes the document's year; "Hằng năm", "Hằng quý", "Theo quý" is a recurring duty. A label that names completion or a term
 * ("Thời gian hoàn thành: 15/12/2025", "Thời hạn: ngày 15/12/2025", "Hạn nộp: ...") makes a bare date a deadline too; the
 * date of "Thời gian: 8 giờ, ngày 15/12/2025" (a meeting's) is not one.
 */
export function labelled(text: string, year: string | null): Found[] {
  const found: Found[] = [];
  // The label opens the passage or a sentence of it ("Tham mưu ... kiểm kê. Thời gian hoàn thành: Tháng 11 - 12/2025.").
  for (const label of text.matchAll(LABEL)) {
    const start = label.index! + label[0].length;
    const end = text.slice(start).search(/[.;]\s+\p{Lu}|;|$/u);
    const rest = text.slice(start, start + end);
    const due = /hoàn (?:thành|tất)|xong|hạn|nộp|gửi|báo cáo/iu.test(label[0]);
    const date = due ? LABELLED_DATE.exec(rest) : null;
    const iso = date && (date[1] ? parseNumericDate(digits(date[1])) : isoDate(date[2], date[3], date[4]));
    // The label is part of the phrase: "Thời hạn: 15.3.2026".
    const from = label.index! + label[0].search(/\p{L}/u);
    if (date && iso?.length === 10)
      found.push({ at: from, deadline: { kind: 'absolute', date: iso, text: text.slice(from, start) + date[0] } });
    else found.push(...labelledValue(rest, start, year, due));
  }
  return found;
}

/**
 * "Thời gian thực hiện:", "- Thời hạn hoàn thành:", "Hạn nộp báo cáo:", "Hạn chót:", "Tần suất thực hiện báo cáo:"
 * (Quyết định 1421/QĐ-BTC, 2022), "Tiến độ hoàn thành:" opening a passage or a sentence.
 */
const LABEL =
  /(?:^|(?<=[.;]\s+))(?:[-–+•*]\s*)?(?:thời (?:gian|hạn)[^:.;]{0,40}|hạn (?:chót|cuối|nộp|gửi|báo cáo|hoàn (?:thành|tất))[^:.;]{0,30}|tần suất(?: thực hiện)?(?: báo cáo)?|tiến độ(?: (?:hoàn (?:thành|tất)|thực hiện))?):\s*/giu;
/** A bare date opening a label's value: "15/12/2025", "ngày 15/12/2025", "17 giờ ngày 15 tháng 12 năm 2025". */
const LABELLED_DATE = new RegExp(
  String.raw`^(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?|đến(?: hết)?)\s+)?${HOUR}(?:ngày\s+)?(?:${DATE}|${WORDY_DATE})(?!\d|[/.-]\d)`,
  'iu',
);

function labelledValue(rest: string, offset: number, year: string | null, due: boolean): Found[] {
  const found: Found[] = [];
  const window = rest.search(/\sđến\s/iu);
  const from = window >= 0 ? window : 0;
  for (const m of rest
    .slice(from)
    .matchAll(
      /\b(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})(?![\p{L}\d])(?:\s*(?:-|–|,|và|đến)\s*(?:(?:tháng|qu[ýí])\s+)?(\d{1,2}|IV|I{1,3})(?![\p{L}\d]))?(?:\s*[/-]\s*(\d{4})(?:\s*[-–]\s*(?:(?:tháng|qu[ýí])\s+)?(\d{1,2}|IV|I{1,3})\s*\/\s*(\d{4}))?|\s+năm\s+(\d{4})|(?=\s*[.;,]?\s*$))/giu,
    )) {
    // "Từ tháng 11/2025 - 12/2025": the window's end.
    const [lastUnit, yearOf] = m[5] ? [m[5], m[6]] : [m[3] ?? m[2], m[4] ?? m[7] ?? year];
    const last = lastUnit.toUpperCase();
    const month = /^qu/iu.test(m[1]) ? QUARTERS[last] : last;
    const date = month && yearOf ? lastDay(month, yearOf) : null;
    if (date) found.push({ at: offset + from + m.index!, deadline: { kind: 'absolute', date, text: m[0].trim() } });
  }
  // A completion column's bare year ("Thời gian hoàn thành: 2025") is one too; so are "Đến năm 2030", "Năm 2026, 2027"
  // and "Giai đoạn 2026 - 2030" (at the later year, as "2026 - 2030").
  const whole = new RegExp(
    String.raw`^(?:(?:(?:trong|đến(?:\s+hết)?)\s+)?năm\s+${due ? String.raw`|giai đoạn\s+` : ''})${due ? '?' : ''}(\d{4})(?:\s*(?:[-–,]|và|đến)\s*(?:năm\s+)?(\d{4}))?\s*[.;]?\s*$`,
    'iu',
  ).exec(rest);
  if (found.length === 0 && whole)
    found.push({
      at: offset,
      deadline: { kind: 'absolute', date: `${whole[2] ?? whole[1]}-12-31`, text: whole[0].replace(/[.;\s]+$/u, '') },
    });
  // A completion column's month and year: "6/2026", "Tháng 12/2026" is read above.
  const monthYear = due && found.length === 0 ? /^(\d{1,2})\s*\/\s*(\d{4})\s*[.;]?\s*$/u.exec(rest) : null;
  const monthEnd = monthYear && Number(monthYear[1]) <= 12 ? lastDay(monthYear[1], monthYear[2]) : null;
  if (monthYear && monthEnd)
    found.push({
      at: offset,
      deadline: { kind: 'absolute', date: monthEnd, text: monthYear[0].replace(/[.;\s]+$/u, '') },
    });
  const yearly = found.length === 0 && !whole ? EACH_YEAR_MONTH.exec(rest) : null;
  if (yearly) found.push({ at: offset, deadline: eachYearMonth(yearly) });
  // "Tần suất thực hiện báo cáo: Theo quý": every three months.
  const every = /^(?:định kỳ\s+)?(?:hằng|hàng|theo)\s+(năm|quý|tháng|tuần)\s*[.;]?\s*$/iu.exec(rest);
  if (found.length === 0 && every) {
    const text = every[0].replace(/[.;\s]+$/u, '');
    found.push({ at: offset, deadline: { kind: 'recurring', rrule: everyRrule(every[1]), text } });
  }
  return found;
}
