import type { Deadline } from './directive.types.js';
import { lastDay, QUARTERS, type Rule } from './deadline-rule.js';
import { isoDate, parseNumericDate } from './text-utils.js';
import { YEAR_RULES } from './year-deadlines.js';

interface Found {
  at: number;
  deadline: Deadline;
}

/**
 * Day and month may carry OCR look-alikes ("l5/3/2025", "O5.02.2025"); the year must be digits. Web copies
 * put a space after a slash ("ngày 04/ 11/2009") or around it ("ngày 15 / 12 / 2025").
 */
const DATE = String.raw`([\dlIO]{1,2} ?[/.-] ?[\dlIO]{1,2} ?[/.-] ?\d{4})`;
const digits = (text: string) =>
  text
    .replace(/[lIiL]/g, '1')
    .replace(/[Oo]/g, '0')
    .replace(/\s/g, '');
const WORDY_DATE = String.raw`(\d{1,2}) tháng (\d{1,2}) năm (\d{4})`;
const MONTHLY = String.raw`(?:hằng|hàng) tháng`;
/** "hoàn thành ngay trong ngày 20 tháng 11 năm 2025", "xong trong ngày 15/3/2026": by the end of that day. */
const WITHIN_DAY = String.raw`(?:hoàn (?:thành|tất)|xong)(?:\s+ngay)?\s+trong`;
/** A day of each month: "ngày 20 hằng tháng", "hằng tháng ... trước ngày 20". */
const DAY_OF_MONTH =
  /ngày\s+\d{1,2}\s+(?:hằng|hàng) tháng|(?:hằng|hàng) tháng[^.;]{0,60}?(?:trước|(?:chậm|muộn|trễ) nhất)[^.;]{0,12}?ngày\s+\d{1,2}(?!\d|[/.-]\d|\s*tháng)/iu;
/** A term label: "hạn chót", "thời hạn:", "hạn nộp báo cáo:". */
const TERM = String.raw`(?<!\p{L})(?:thời\s+)?hạn(?:\s+(?:chót|cuối|nộp|gửi)(?:\s+báo cáo)?)?\s*:?`;
/** "chậm nhất là 17 giờ 00 ngày 30/01/2026", "trước 16h30 ngày ...", "trước 15:00 ngày ...": the hour is part of the phrase. */
const HOUR = String.raw`(?:\d{1,2}\s*(?:giờ|h|:(?=\d))\s*(?:\d{1,2}\s*(?:phút|'|’)?)?,?\s+)?(?:(?:sáng|chiều|trưa)\s+)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s+(?=ngày))?`;
/** "hạn chót ngày ...", "Hạn chót nộp hồ sơ là ngày ...", "hạn cuối nhận bài dự thi là 17 giờ ngày ...". */
const LAST_DAY_TERM = String.raw`hạn (?:chót|cuối)(?:(?:\s+[^\s\d.;:,]+){0,5}?\s+là)?`;
/** "không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025", "không chậm hơn ngày ...": the latest time allowed. */
const NOT_LATER = String.raw`không\s+(?:muộn|chậm)\s+hơn`;
/**
 * "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng", "Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng": the time left
 * before a date, said to urge, is no deadline (the text after it says what is due).
 */
const TIME_LEFT_BEFORE = /từ\s+nay\s*$/iu;
const TIME_LEFT_AFTER =
  /^\s*,?\s*(?:chỉ\s+|vẫn\s+)?còn\s+(?:(?:gần|khoảng|chưa đầy|chưa tới|chưa đến|hơn|không quá)\s+)?\d/iu;
/**
 * An event's period ("tổ chức Hội nghị ... từ ngày 30 tháng 6 đến ngày 03 tháng 7") is no deadline. "tổ
 * chức" after "các", "cơ quan," or "đơn vị," is the noun (organisation), not the verb: "Giám sát việc giới
 * thiệu người ứng cử tại các cơ quan, đơn vị, tổ chức hội nghị cử tri ... (từ 17/12/2025 đến 25/01/2026)".
 */
const EVENT =
  /(?:diễn ra|(?<!(?:các|cơ quan,|đơn vị,)\s)tổ chức (?:các |một )?(?:hội nghị|lễ|đại hội|hội thảo|hội thi|giải|cuộc thi|đoàn))[^.;,]{0,120}$/iu;
/**
 * "phát động và triển khai ngay "Chiến dịch Quang Trung" vào ngày 01/12/2025": "vào ngày" dates an act; it says by
 * when only after a verb that hands something in or finishes it ("gửi báo cáo vào ngày ...", "hoàn thành vào ...").
 */
const DUE_VERB = /(?:hoàn (?:thành|tất)|xong|gửi|nộp|báo cáo)(?![\p{L}])[^.;:]*$/iu;
/** The document named before its signature: "kể từ ngày Kế hoạch được ban hành", "kể từ ngày Quyết định này được ký". */
const ISSUED = String.raw`(?:(?:văn bản|công văn|kế hoạch|quyết định|thông báo|chỉ thị|hướng dẫn)(?:\s+này)?\s+(?:được\s+)?(?=ký|ban hành))?`;
/** What a relative deadline counts from: receiving the document, its signature, or a meeting. */
const ANCHOR = String.raw`(nhận|ký|ban hành|(?:tổ chức|kết thúc|họp)\s+(?:hội nghị|cuộc họp|phiên họp)|(?:nước|lũ)\s+(?:rút|xuống))`;
const anchorOf = (word: string) =>
  /^nhận/iu.test(word)
    ? 'receipt'
    : /^(?:ký|ban hành)/iu.test(word)
      ? 'issue'
      : /^(?:nước|lũ)/iu.test(word)
        ? 'floodwater-recession'
        : 'meeting';
/** "thứ Sáu", "thứ 6", "Chủ nhật": a weekday as an RRULE BYDAY value. */
const WEEKDAY = String.raw`(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
const BYDAY: Record<string, string> = {
  hai: 'MO',
  '2': 'MO',
  ba: 'TU',
  '3': 'TU',
  tư: 'WE',
  '4': 'WE',
  năm: 'TH',
  '5': 'TH',
  sáu: 'FR',
  '6': 'FR',
  bảy: 'SA',
  '7': 'SA',
};
/** "thứ Bảy hoặc Chủ nhật", "Thứ Bảy và Chủ Nhật", "thứ Sáu, thứ Bảy và Chủ nhật": weekdays listed. */
const WEEKDAY_LIST = String.raw`${WEEKDAY}(?:\s*(?:,|và|hoặc)\s*${WEEKDAY})*`;
const byDay = (day: string) => (/^chủ/iu.test(day) ? 'SU' : BYDAY[day.toLowerCase().replace(/^thứ\s+/u, '')]);
/** A day of each year: "trước ngày 25/12 hàng năm", "hằng năm (trước ngày 15 tháng 11)". */
const DAY_MONTH = String.raw`ngày\s+(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?![/.-]?\d|\s*năm\s*\d)`;
const YEARLY = String.raw`(?:hằng|hàng)\s+năm`;
/** A day and month in a list of them: "01/6", "15 tháng 11". */
const LIST_DAY = String.raw`\d{1,2}(?:\s+tháng\s+|[/.-])\d{1,2}(?![/.-]?\d)`;
/** More days of the list, then "hằng năm". */
const LIST_NEXT = new RegExp(String.raw`^(?:\s*(?:,|và)\s*(?:ngày\s+)?${LIST_DAY})+\s*,?\s*${YEARLY}`, 'iu');
const DAY_OF_YEAR = new RegExp(
  String.raw`${DAY_MONTH}\s*\)?\s*,?\s*${YEARLY}|${YEARLY}[^.;]{0,40}?(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${DAY_MONTH}`,
  'iu',
);
/** A day of each week: "trước 15:00 ngày thứ Sáu hàng tuần". */
const DAY_OF_WEEK = new RegExp(String.raw`${WEEKDAY}\s+(?:hằng|hàng)\s+tuần`, 'iu');

/**
 * "Thời gian hoàn thành: Tháng 11/2025", "Thời gian thực hiện: Quý IV/2025 và Quý I/2026", "Thời gian: Quý IV năm 2025":
 * under a time label a month or a quarter is a deadline, its last day; a window ("Từ tháng 12/2025 đến quý I/2026",
 * "Tháng 11 - 12/2025", "Từ tháng 11/2025 - 12/2025") is read at its end; a year ("Năm 2026", "năm 2026 - 2027") at its
 * last day, not an open one ("năm 2025 và các năm tiếp theo"); a month without a year ("Thời gian thực hiện: Tháng 12")
 * takes the document's year; "Hằng năm", "Hằng quý" is a recurring duty. A label that names completion or a term
 * ("Thời gian hoàn thành: 15/12/2025", "Thời hạn: ngày 15/12/2025", "Hạn nộp: ...") makes a bare date a deadline too; the
 * date of "Thời gian: 8 giờ, ngày 15/12/2025" (a meeting's) is not one.
 */
function labelled(text: string, year: string | null): Found[] {
  const found: Found[] = [];
  // The label opens the passage or a sentence of it ("Tham mưu ... kiểm kê. Thời gian hoàn thành: Tháng 11 - 12/2025.").
  for (const label of text.matchAll(LABEL)) {
    const start = label.index! + label[0].length;
    const end = text.slice(start).search(/[.;]\s+\p{Lu}|;|$/u);
    const rest = text.slice(start, start + end);
    const date = /hoàn (?:thành|tất)|xong|hạn|nộp|gửi|báo cáo/iu.test(label[0]) ? LABELLED_DATE.exec(rest) : null;
    const iso = date && (date[1] ? parseNumericDate(digits(date[1])) : isoDate(date[2], date[3], date[4]));
    // The label is part of the phrase: "Thời hạn: 15.3.2026".
    const from = label.index! + label[0].search(/\p{L}/u);
    if (date && iso?.length === 10)
      found.push({ at: from, deadline: { kind: 'absolute', date: iso, text: text.slice(from, start) + date[0] } });
    else found.push(...labelledValue(rest, start, year));
  }
  return found;
}

/** "Thời gian thực hiện:", "- Thời hạn hoàn thành:", "Hạn nộp báo cáo:", "Hạn chót:" opening a passage or a sentence. */
const LABEL =
  /(?:^|(?<=[.;]\s+))(?:[-–+•*]\s*)?(?:thời (?:gian|hạn)[^:.;]{0,40}|hạn (?:chót|cuối|nộp|gửi|báo cáo|hoàn (?:thành|tất))[^:.;]{0,30}):\s*/giu;
/** A bare date opening a label's value: "15/12/2025", "ngày 15/12/2025", "17 giờ ngày 15 tháng 12 năm 2025". */
const LABELLED_DATE = new RegExp(
  String.raw`^(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?|đến(?: hết)?)\s+)?${HOUR}(?:ngày\s+)?(?:${DATE}|${WORDY_DATE})(?!\d|[/.-]\d)`,
  'iu',
);

function labelledValue(rest: string, offset: number, year: string | null): Found[] {
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
  const whole = /^(?:trong\s+)?năm\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*[.;]?\s*$/iu.exec(rest);
  if (found.length === 0 && whole)
    found.push({
      at: offset,
      deadline: { kind: 'absolute', date: `${whole[2] ?? whole[1]}-12-31`, text: whole[0].replace(/[.;\s]+$/u, '') },
    });
  const every = /^(?:định kỳ\s+)?(?:hằng|hàng)\s+(năm|quý|tháng|tuần)\s*[.;]?\s*$/iu.exec(rest);
  if (found.length === 0 && every) {
    const unit = every[1].toLowerCase();
    const rrule =
      unit === 'năm'
        ? 'FREQ=YEARLY'
        : unit === 'quý'
          ? 'FREQ=MONTHLY;INTERVAL=3'
          : unit === 'tuần'
            ? 'FREQ=WEEKLY'
            : 'FREQ=MONTHLY';
    found.push({ at: offset, deadline: { kind: 'recurring', rrule, text: every[0].replace(/[.;\s]+$/u, '') } });
  }
  return found;
}

const RULES: Rule[] = [
  // "trước ngày 01/6 và 15/11 hằng năm", "trước 15/6 và 15/12 hàng năm": each day of a list that "hằng năm" closes is a day of
  // each year.
  {
    pattern: new RegExp(
      String.raw`(?:(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào|hạn chót)\s+)?(?:ngày\s+)?|(?<=${LIST_DAY}\s*(?:,|và)\s*)(?:ngày\s+)?)(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?![/.-]?\d|\s*năm\s*\d)(?=(?:\s*(?:,|và)\s*(?:ngày\s+)?${LIST_DAY})*\s*,?\s*${YEARLY})`,
      'giu',
    ),
    // A lone day ("trước ngày 25/12 hàng năm") is read by the rule below, with its "hàng năm".
    unless: (text, m) =>
      !LIST_NEXT.test(text.slice(m.index + m[0].length)) &&
      !/(?:,|và)\s*(?:ngày\s+)?$/iu.test(text.slice(0, m.index + m[0].search(/\d/u))),
    build: (m) =>
      isoDate(m[1], m[2], '2000')
        ? { kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${Number(m[2])};BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
  // "trước ngày 25/12 hàng năm", "ngày 15 tháng 12 hằng năm", "hằng năm (trước ngày 15 tháng 11)": a day of each year.
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào|hạn chót)\s+)?${DAY_MONTH}\s*,?\s*${YEARLY}|${YEARLY}\s*\(?[^.;()]{0,40}?(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${DAY_MONTH}`,
      'giu',
    ),
    build: (m) => {
      const [day, month] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
      return isoDate(day, month, '2000')
        ? {
            kind: 'recurring',
            rrule: `FREQ=YEARLY;BYMONTH=${Number(month)};BYMONTHDAY=${Number(day)}`,
            text: m[0].replace(/\s*\(\s*/u, ' '),
          }
        : null;
    },
  },
  // "trước 15:00 ngày thứ Sáu hàng tuần", "vào thứ Năm hằng tuần": a day of each week.
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${HOUR}(?:(?:sáng|chiều)\s+)?(?:(?:các\s+)?ngày\s+)?)?(${WEEKDAY_LIST})\s+(?:hằng|hàng)\s+tuần`,
      'giu',
    ),
    // "vào ngày thứ Bảy hoặc Chủ nhật hàng tuần", "vào các ngày Thứ Bảy và Chủ Nhật hàng tuần": each day of the list.
    build: (m) => {
      const days = [...m[1].matchAll(new RegExp(WEEKDAY, 'giu'))].map((d) => byDay(d[1]));
      return days.length > 0 && days.every(Boolean)
        ? { kind: 'recurring', rrule: `FREQ=WEEKLY;BYDAY=${[...new Set(days)].join(',')}`, text: m[0] }
        : null;
    },
  },
  // "báo cáo UBND tỉnh trước 19h00’ hằng ngày", "trước 6h sáng hàng ngày" (the part of the day as HOUR reads it): an hour of
  // each day.
  {
    pattern: new RegExp(
      String.raw`(?:trước|vào|lúc|(?:chậm|muộn|trễ) nhất(?: là)?)\s+\d{1,2}\s*(?:giờ|h|:(?=\d))\s*(?:\d{1,2}\s*(?:phút|'|’)?)?,?\s+(?:(?:sáng|chiều|trưa|tối)\s+)?(?:(?:hằng|hàng)\s+ngày|mỗi\s+ngày)`,
      'giu',
    ),
    build: (m) => ({ kind: 'recurring', rrule: 'FREQ=DAILY', text: m[0] }),
  },
  // "(từ 17/12/2025 đến 25/01/2026)", "Từ ngày 05/02/2026 - 08/02/2026": a window, read at its end.
  {
    pattern: new RegExp(
      String.raw`từ\s+(?:ngày\s+)?${DATE}\s*(?:đến|-|–)\s*(?:hết\s+)?${HOUR}(?:ngày\s+)?${DATE}`,
      'giu',
    ),
    build: (m) => {
      const date = parseNumericDate(digits(m[2]));
      return date ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "trước ngày 25/01/2024", "chậm nhất ngày 13.12.2007", "xong trước ngày 08/08/2024", "hạn chót ngày ..."
  {
    pattern: new RegExp(
      // "trước ngày20/02/2014": web copies drop the space before the date.
      String.raw`(?:(trước|(?:chậm|muộn|trễ) nhất(?: là| vào| trong)?|${LAST_DAY_TERM}|hoàn (?:thành|tất)|đến|vào|trong|${WITHIN_DAY}|${NOT_LATER})\s+${HOUR}(?:hết\s+)?ngày\s*|(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?|${TERM}|${NOT_LATER})\s+)${DATE}`,
      'giu',
    ),
    build: (m) => {
      const date = parseNumericDate(digits(m[2]));
      return date ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "trước ngày 30 tháng 9 năm 2024"
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào| trong)?|${LAST_DAY_TERM}|đến(?: hết)?|vào|trong|${WITHIN_DAY}|${TERM}|${NOT_LATER})\s+${HOUR}ngày\s+|(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?)\s+)${WORDY_DATE}`,
      'giu',
    ),
    build: (m) => {
      const date = isoDate(m[1], m[2], m[3]);
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "trước ngày 15 tháng 3": no year printed, the document's year.
  {
    pattern: new RegExp(
      String.raw`(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|hạn chót|${TERM})\s+${HOUR}ngày\s+(\d{1,2}) tháng (\d{1,2})(?!\d|[/.-]\d|\s*năm)`,
      'giu',
    ),
    build: (m, year) => {
      const date = year ? isoDate(m[1], m[2], year) : null;
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "trước ngày 20/3", "chậm nhất ngày 15.3", "trước 16 giờ 00 ngày 15/12": no year printed, the document's year.
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?|hạn (?:chót|cuối)|hoàn (?:thành|tất)|đến)\s+${HOUR}(?:hết\s+)?ngày\s+|(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?)\s+)(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)`,
      'giu',
    ),
    build: (m, year) => {
      const date = year ? isoDate(m[1], m[2], year) : null;
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "hoàn thành trong tháng 3/2026", "trong tháng 3 năm 2026", "trong quý I/2026", "trong tháng 11, 12/2025", "xong
  // trong tháng 12" (the document's year), "đến hết tháng 12 năm 2025", "xong cuối tháng 12 năm 2025": by the last
  // day of that month or quarter (of the later one of a range).
  {
    pattern:
      /(?:(?:hoàn (?:thành|tất)|xong|thực hiện|báo cáo|gửi)?[^.;]{0,40}?\btrong|(?:đến|trước|xong|hoàn (?:thành|tất)|(?:chậm|muộn|trễ) nhất(?: là| vào)?)(?:\s+ngay)?\s+(?:hết|cuối))\s+(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})(?![\p{L}\d])(?:\s*(?:-|–|,|và|đến)\s*(\d{1,2}|IV|I{1,3})(?![\p{L}\d])(?=\s*(?:\/|năm)))?(?:(?:\s*\/\s*|\s*[-–]\s*(?=\d{4})|\s+năm\s+)(\d{4}))?(?![\d/]|\s*năm\s*\d)/giu,
    // Its lazy 40-character run before "trong" costs ~1.5 ms per kilobyte when tried at every character.
    near: { words: /(?:trong|hết|cuối)\s+(?:tháng|qu[ýí])\s+[\dI]/giu, before: 60 },
    build: (m, year) => {
      const last = (m[3] ?? m[2]).toUpperCase();
      const month = /^qu/iu.test(m[1]) ? QUARTERS[last] : last;
      // Without a year only "hoàn thành / xong ... trong tháng 12", "đến hết tháng 12": the document's year.
      const bare = !m[4] && !/(?:hoàn (?:thành|tất)|xong|hết|cuối)/iu.test(m[0]);
      const date = month && !bare && (m[4] ?? year) ? lastDay(month, m[4] ?? year!) : null;
      const text = m[0].replace(
        /^.*?(?=(?:(?:hoàn (?:thành|tất)|xong)(?: ngay)? )?trong (?:tháng|qu[ýí])|(?:đến|trước|xong|hoàn (?:thành|tất)|(?:chậm|muộn|trễ) nhất(?: là| vào)?)(?: ngay)? (?:hết|cuối) )/iu,
        '',
      );
      return date ? { kind: 'absolute', date, text } : null;
    },
  },
  // "đến hết năm 2025", "xong trước cuối năm 2025", "chậm nhất cuối năm 2026": by its last day.
  {
    pattern:
      /(?:đến|trước|xong(?: trước)?|hoàn (?:thành|tất)(?: trước)?|(?:chậm|muộn|trễ) nhất(?: là| vào)?)\s+(?:hết|cuối)\s+năm\s+(\d{4})/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
  // "hoàn thành trong năm 2026", "sớm bàn giao trong năm 2025 dự án ...", "hoàn thành Dự án thành phần 1 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu trong năm
  // 2025", "thông xe tuyến chính (...) trong năm 2025", "hoàn thành Dự án vào năm 2026": by its last day. A bare
  // "trong năm 2010" ("các hoạt động kỷ niệm trong năm 2010") is the year something happens, no deadline.
  {
    pattern:
      /(?:hoàn (?:thành|tất)|xong|thông xe|bàn giao)(?:[^.;]{0,40}?\s|[^.;,]{41,100}?\s)?(?:trong|vào) năm (\d{4})(?!\s*[-–]\s*\d)/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
  // "định kỳ hằng quý", "định kỳ 6 tháng", "báo cáo hằng tháng", "báo cáo nhanh hàng ngày", "báo cáo Thủ tướng Chính phủ hằng
  // tuần" (whom, then how often): a recurring duty, unless the passage
  // gives its day ("trước ngày 20 hằng tháng", below).
  {
    pattern:
      /(?:(?:định kỳ|báo cáo(?:\s+(?:nhanh|tổng hợp|định kỳ))?|báo cáo(?:\s+[^\s.;:,()]+){1,5}?)\s+(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)|định kỳ\s+(\d{1,2})\s+(tháng|năm)(?:\s*(?:\/\s*|một\s+)[lIiỉíì1]ần)?)/giu,
    unless: (text, m) =>
      DAY_OF_MONTH.test(text) ||
      (/năm$/iu.test(m[0]) && DAY_OF_YEAR.test(text)) ||
      (/tuần$/iu.test(m[0]) && DAY_OF_WEEK.test(text)),
    build: (m) => {
      const unit = (m[1] ?? m[3]).toLowerCase();
      const n = m[2] ? Number(m[2]) : 1;
      if (!(n > 0)) return null;
      const [freq, interval] =
        unit === 'ngày'
          ? ['DAILY', 1]
          : unit === 'tuần'
            ? ['WEEKLY', 1]
            : unit === 'năm'
              ? ['YEARLY', n]
              : ['MONTHLY', unit === 'quý' ? 3 : n];
      const text = m[0].replace(/^báo cáo\s.*?(?=(?:hằng|hàng)\s)/iu, '');
      return {
        kind: 'recurring',
        rrule: interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`,
        text,
      };
    },
  },
  // "Hằng năm hoặc đột xuất báo cáo kết quả ...", "Định kỳ hằng quý, gửi báo cáo ...": the adverb opening a clause
  // that reports. ("Nghị quyết hằng năm của Hội đồng nhân dân" is no duty.)
  {
    pattern:
      /(?<=^|[.;:]\s*)(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)(?=(?:\s+hoặc\s+(?:đột xuất|khi có yêu cầu))?,?\s+(?:báo cáo|gửi|tổng hợp|cập nhật|tổ chức|rà soát|kiểm tra|đánh giá|sơ kết)(?=\s))|(?<=,\s+)(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)(?=(?:\s+hoặc\s+(?:đột xuất|khi có yêu cầu))?,?\s+(?:báo cáo|gửi)(?=\s))/giu,
    unless: (text, m) =>
      DAY_OF_MONTH.test(text) ||
      (/năm$/iu.test(m[0]) && DAY_OF_YEAR.test(text)) ||
      (/tuần$/iu.test(m[0]) && DAY_OF_WEEK.test(text)),
    build: (m) => {
      const unit = (m[1] ?? m[2]).toLowerCase();
      const rrule =
        unit === 'ngày'
          ? 'FREQ=DAILY'
          : unit === 'tuần'
            ? 'FREQ=WEEKLY'
            : unit === 'năm'
              ? 'FREQ=YEARLY'
              : unit === 'quý'
                ? 'FREQ=MONTHLY;INTERVAL=3'
                : 'FREQ=MONTHLY';
      return { kind: 'recurring', rrule, text: m[0] };
    },
  },
  // "03 tháng/lần", "01 tuần/lần", "01 năm/lần"
  {
    // OCR reads "lần" as "ỉần", "iần", "1ần".
    pattern: /(\d{1,2})\s*(tháng|tuần|năm|quý)\s*\/\s*[lIiỉíì1]ần/giu,
    build: (m) => {
      const n = Number(m[1]);
      const unit = m[2].toLowerCase();
      const [freq, interval] =
        unit === 'tuần'
          ? ['WEEKLY', n]
          : unit === 'năm'
            ? ['YEARLY', n]
            : unit === 'quý'
              ? ['MONTHLY', n * 3]
              : ['MONTHLY', n];
      return n > 0
        ? {
            kind: 'recurring',
            rrule: interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`,
            text: m[0],
          }
        : null;
    },
  },
  // "trước ngày 29 hằng tháng", "vào ngày 25 hằng tháng"
  {
    pattern: new RegExp(String.raw`(?:(?:trước|vào|(?:chậm|muộn|trễ) nhất)\s+)?ngày\s+(\d{1,2})\s+${MONTHLY}`, 'giu'),
    build: (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 31
        ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
  // "báo cáo hằng tháng gửi về Sở trước ngày 20": the day of each month.
  {
    pattern: new RegExp(
      String.raw`${MONTHLY}[^.;]{0,60}?(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?)\s+ngày\s+(\d{1,2})(?!\d|[/.-]\d|\s*(?:hằng |hàng )?tháng)`,
      'giu',
    ),
    build: (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 31
        ? { kind: 'recurring', rrule: `FREQ=MONTHLY;BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
  // "từ ngày 22-24" (days of each month, in a monthly context)
  {
    pattern: /từ ngày (\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/.])(?!\s*tháng)/giu,
    build: (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (!(from >= 1 && to <= 31 && from < to)) return null;
      return {
        kind: 'recurring',
        rrule: `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: to - from + 1 }, (_, i) => from + i).join(',')}`,
        text: m[0],
      };
    },
  },
  // "trong vòng 07 ngày kể từ ngày nhận", "trong thời hạn 10 ngày làm việc kể từ ngày ký", "chậm nhất 05
  // ngày sau khi kết thúc hội nghị", "chậm nhất sau 03 ngày kể từ ngày kết thúc hội nghị"
  {
    pattern: new RegExp(
      String.raw`(?:trong(?: vòng| thời hạn| thời gian)?|(?:chậm|muộn|trễ) nhất(?: là)?(?: sau)?|không quá)\s+(\d{1,3})\s+ngày(?:\s+làm việc)?,?\s+(?:kể từ|tính từ|sau)\s+(?:ngày|khi)\s+${ISSUED}${ANCHOR}[^\s,.;)]*`,
      'giu',
    ),
    build: (m) => ({ kind: 'relative', offset: `P${Number(m[1])}D`, anchor: anchorOf(m[2]), text: m[0] }),
  },
  // "trong 24-48 giờ sau khi nước rút", "trong vòng 24 giờ kể từ khi nhận": hours (a range read at its end).
  {
    pattern: new RegExp(
      String.raw`(?:trong(?: vòng| thời hạn| thời gian)?|(?:chậm|muộn|trễ) nhất(?: là)?|không quá)\s+(?:\d{1,3}\s*[-–]\s*)?(\d{1,3})\s+giờ,?\s+(?:kể từ|tính từ|sau)\s+(?:ngày\s+|khi\s+|thời điểm\s+)?${ANCHOR}[^\s,.;)]*`,
      'giu',
    ),
    build: (m) =>
      Number(m[1]) > 0 ? { kind: 'relative', offset: `PT${Number(m[1])}H`, anchor: anchorOf(m[2]), text: m[0] } : null,
  },
  // "ngay sau khi tổ chức hội nghị 01 ngày": the offset after what it counts from.
  {
    pattern: new RegExp(String.raw`(?:ngay\s+)?sau khi\s+${ANCHOR}\s+(\d{1,3})\s+ngày`, 'giu'),
    build: (m) =>
      Number(m[2]) > 0 ? { kind: 'relative', offset: `P${Number(m[2])}D`, anchor: anchorOf(m[1]), text: m[0] } : null,
  },
  ...YEAR_RULES,
];

/**
 * Every deadline stated in a passage, in reading order. Phrases that only order events ("trước khi
 * đăng nhập") or give no date ("cho đến khi có thông báo mới") are not deadlines and yield nothing.
 * A day and month without a year ("trước ngày 20/3") take `year`, the document's; without it, nothing.
 */
export function parseDeadlines(text: string, year: string | null = null): Array<Deadline & { at: number }> {
  // The body parsers ask about the same passage several times (a line, then the item and requirement it belongs to).
  const key = `${year ?? ''}\u0000${text}`;
  let found = recent.get(key);
  if (!found) {
    found = findDeadlines(text, year);
    recentChars += key.length;
    if (recentChars > 1_000_000) {
      recent.clear();
      recentChars = key.length;
    }
    recent.set(key, found);
  }
  return found.map((deadline) => ({ ...deadline }));
}

/** The deadlines of a passage without their positions, as a requirement holds them. */
export function deadlinesOf(text: string, year: string | null = null): Deadline[] {
  return parseDeadlines(text, year).map(({ at: _at, ...deadline }) => deadline);
}

/** The last passages read and their deadlines (at most about a million characters of them). */
const recent = new Map<string, Array<Deadline & { at: number }>>();
let recentChars = 0;

function findDeadlines(text: string, year: string | null): Array<Deadline & { at: number }> {
  const found: Found[] = labelled(text, year);
  for (const rule of RULES) {
    if (rule.unless instanceof RegExp && rule.unless.test(text)) continue;
    for (const match of matchesOf(rule, text)) {
      if (typeof rule.unless === 'function' && rule.unless(text, match as RegExpExecArray)) continue;
      const event =
        /^(?:đến|từ)\s/iu.test(match[0]) && EVENT.test(text.slice(Math.max(0, (match.index ?? 0) - 160), match.index));
      // "gửi báo cáo ... trong ngày 20/11/2025": by the end of that day, when it is what is handed in.
      const dated =
        /^(?:vào|trong)\s/iu.test(match[0]) &&
        !DUE_VERB.test(text.slice(Math.max(0, (match.index ?? 0) - 80), match.index)) &&
        rule.build(match as RegExpExecArray, year)?.kind === 'absolute';
      const timeLeft =
        /^đến\s/iu.test(match[0]) &&
        TIME_LEFT_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index)) &&
        TIME_LEFT_AFTER.test(text.slice((match.index ?? 0) + match[0].length));
      const deadline = event || dated || timeLeft ? null : rule.build(match as RegExpExecArray, year);
      const at = (match.index ?? 0) + match[0].indexOf(deadline?.text ?? match[0]);
      if (!deadline) continue;
      // A shorter phrase inside one already found ("ngày 25/01/2024" inside "trước ngày 25/01/2024") is the same deadline.
      // So is a longer one around a labelled value ("Trong tháng 12/2025" around the label's "tháng 12/2025").
      const end = at + deadline.text.length;
      if (found.some((f) => at < f.at + f.deadline.text.length && f.at < end)) continue;
      found.push({ at, deadline: { ...deadline, text: deadline.text.replace(/\s+/g, ' ').trim() } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => ({ ...f.deadline, at: f.at }));
}

/**
 * The matches of a rule's pattern, as `text.matchAll` gives them. With `near`, the pattern runs only on a window around
 * each place its words occur: a match holds them no more than `near.before` characters after its start, so no match
 * begins earlier, and none runs past the window's end (the words and at most 120 characters after them).
 */
function* matchesOf(rule: Rule, text: string): Generator<RegExpExecArray> {
  if (!rule.near) {
    yield* text.matchAll(rule.pattern) as IterableIterator<RegExpExecArray>;
    return;
  }
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  let end = 0;
  for (const words of text.matchAll(rule.near.words)) {
    if (words.index < end) continue;
    const from = Math.max(end, words.index - rule.near.before);
    pattern.lastIndex = from;
    const window = text.slice(0, words.index + words[0].length + 120);
    const match = pattern.exec(window);
    if (!match || match.index > words.index) continue;
    end = match.index + match[0].length;
    yield match;
  }
}
