import { HOUR, type Rule } from './deadline-rule.js';
import { isoDate } from './text-utils.js';
import type { Deadline } from './directive.types.js';
import { SPELLED } from './report-days.js';
import { DAILY_HOUR_RULES } from './daily-hours.js';

const MONTHLY = String.raw`(?:hằng|hàng) tháng`;
/** A day of each month: "ngày 20 hằng tháng", "hằng tháng ... trước ngày 20". */
const DAY_OF_MONTH =
  /ngày\s+\d{1,2}\s+(?:hằng|hàng) tháng|(?:hằng|hàng) tháng[^.;]{0,60}?(?:trước|(?:chậm|muộn|trễ) nhất)[^.;]{0,12}?ngày\s+\d{1,2}(?!\d|[/.-]\d|\s*tháng)/iu;
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

/** The days of the week that group 1 of a match lists, as a weekly rule; null when one is not a day. */
function weekdaysOf(m: RegExpExecArray): Deadline | null {
  const days = [...m[1].matchAll(new RegExp(WEEKDAY, 'giu'))].map((d) => byDay(d[1]));
  return days.length > 0 && days.every(Boolean)
    ? { kind: 'recurring', rrule: `FREQ=WEEKLY;BYDAY=${[...new Set(days)].join(',')}`, text: m[0] }
    : null;
}
/** A day of each year: "trước ngày 25/12 hàng năm", "hằng năm (trước ngày 15 tháng 11)". */
const DAY_MONTH = String.raw`ngày\s+(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?![/.-]?\d|\s*năm\s*\d)`;
const YEARLY = String.raw`(?:hằng|hàng)\s+năm`;
/**
 * Between "hằng năm" and the day: a few words, or the report and where it goes ("định kỳ hàng năm báo cáo kết quả thực
 * hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12", Kế hoạch 556/KH-UBND Đồng Tháp, VI.4).
 */
const YEARLY_GAP = String.raw`(?:[^.;()]{0,40}?|\s+(?:báo cáo|gửi)\s[^.;()]{0,120}?\s)`;
/** A day and month in a list of them: "01/6", "15 tháng 11". */
const LIST_DAY = String.raw`\d{1,2}(?:\s+tháng\s+|[/.-])\d{1,2}(?![/.-]?\d)`;
/** More days of the list, then "hằng năm". */
const LIST_NEXT = new RegExp(String.raw`^(?:\s*(?:,|và)\s*(?:ngày\s+)?${LIST_DAY})+\s*,?\s*${YEARLY}`, 'iu');
const DAY_OF_YEAR = new RegExp(
  String.raw`${DAY_MONTH}\s*\)?\s*,?\s*${YEARLY}|${YEARLY}${YEARLY_GAP}(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${DAY_MONTH}`,
  'iu',
);
/** A day of each week: "trước 15:00 ngày thứ Sáu hàng tuần". */
const DAY_OF_WEEK = new RegExp(String.raw`${WEEKDAY}\s+(?:hằng|hàng)\s+tuần`, 'iu');

/** The yearly report's own day: "báo cáo năm gửi trước ngày 20 tháng 12", "báo cáo tổng kết năm trước ngày 10/12". */
const YEAR_REPORT_DAY =
  /báo cáo(?:\s+(?:tổng kết|định kỳ))?\s+năm\s+(?:\(\s*)?(?:gửi\s+)?(?:trước|(?:chậm|muộn|trễ) nhất)/iu;

/** A passage that names the day of each month, year or week: the adverb alone adds no other deadline. */
export const dayNamedElsewhere = (text: string, m: RegExpMatchArray) =>
  DAY_OF_MONTH.test(text) ||
  (/năm$/iu.test(m[0]) && DAY_OF_YEAR.test(text)) ||
  (/tuần$/iu.test(m[0]) && DAY_OF_WEEK.test(text));

/** The rule of "hằng ngày / tuần / tháng / quý / năm" ("hằng quý": every three months). */
export function everyRrule(unit: string): string {
  const lower = unit.toLowerCase();
  return lower === 'ngày'
    ? 'FREQ=DAILY'
    : lower === 'tuần'
      ? 'FREQ=WEEKLY'
      : lower === 'năm'
        ? 'FREQ=YEARLY'
        : lower === 'quý'
          ? 'FREQ=MONTHLY;INTERVAL=3'
          : 'FREQ=MONTHLY';
}

/** "Hằng năm" → FREQ=YEARLY, "Định kỳ hằng quý" → every three months: the unit in the first or second group. */
export function openingRecurrence(m: RegExpMatchArray): Deadline {
  return { kind: 'recurring', rrule: everyRrule(m[1] ?? m[2]), text: m[0] };
}

/** A day of each year, of each week, an hour of each day: rules read before the dated ones. */
export const DAY_RULES: Rule[] = [
  // "Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm)"
  // (Quyết định 2954/QĐ-UBND Sơn La, V.1), "định kỳ 6 tháng trước ngày 30 tháng 6" (bodies dev hanoi-2025-dauthau-quanly),
  // "Báo cáo 6 tháng gửi trước ngày 05/6" (Công văn 2539/UBND-SNV Bà Rịa - Vũng Tàu), "báo cáo năm gửi trước ngày 20 tháng
  // 12" (bodies dev hcm-snv-2025-chothuelai-laodong), "Định kỳ báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày
  // 15/12)", "báo cáo tổng kết năm trước ngày 10/12": the half-yearly (yearly) report's day, a day of each year (a wave-15
  // gold call).
  {
    pattern:
      /(?:định kỳ\s+)?(?:(?:0?6|sáu)\s+tháng(?:\s+đầu năm)?|(?<=báo cáo(?:\s+(?:tổng kết|định kỳ))?\s+|(?:0?6|sáu)\s+tháng[^.;]{0,60}?(?:và|,)\s+)năm(?=[\s(*]+(?:gửi\s|trước|(?:chậm|muộn|trễ) nhất)))[\s(*]*(?:gửi\s+)?(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+(?:ngày\s+)?(\d{1,2})(?:\s+tháng\s+|[/.-])(\d{1,2})(?![/.-]?\d|\s*năm\s*\d)/giu,
    build: (m) =>
      isoDate(m[1], m[2], '2000')
        ? { kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${Number(m[2])};BYMONTHDAY=${Number(m[1])}`, text: m[0] }
        : null,
  },
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
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào|hạn chót)\s+)?${DAY_MONTH}\s*,?\s*${YEARLY}|${YEARLY}\s*\(?${YEARLY_GAP}(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${DAY_MONTH}`,
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
  // "định kỳ hàng quý gửi về Sở Xây dựng (trước ngày 20 tháng cuối quý)", "trước ngày 10 tháng đầu quý sau", "Chậm nhất
  // ngày 06 (sáu) của tháng cuối quý đối với báo cáo định kỳ hằng quý" (Thông tư 02/2023/TT-BTTTT), "trước ngày 05 tháng
  // cuối cùng của mỗi quý" (Công văn 2539/UBND-SNV Bà Rịa - Vũng Tàu): a day of the last (first) month of each quarter.
  {
    pattern: new RegExp(
      String.raw`(?:(?:định kỳ\s+)?(?:hằng|hàng)\s+quý[^.;]{0,80}?)?(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+ngày\s+(\d{1,2})${SPELLED}\s+(?:của\s+)?tháng\s+(cuối|đầu)(?:\s+cùng)?\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý(?:\s+(?:sau|tiếp theo|kế tiếp))?\)?(?:\s*,?\s*đối với\s+(?:các\s+)?báo cáo(?:\s+định kỳ)?\s+(?:hằng|hàng)\s+quý)?`,
      'giu',
    ),
    build: (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 31
        ? {
            kind: 'recurring',
            rrule: `FREQ=YEARLY;BYMONTH=${/^cuối$/iu.test(m[2]) ? '3,6,9,12' : '1,4,7,10'};BYMONTHDAY=${Number(m[1])}`,
            text: m[0],
          }
        : null,
  },
  // "trước 15:00 ngày thứ Sáu hàng tuần", "vào thứ Năm hằng tuần": a day of each week.
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|vào)\s+${HOUR}(?:(?:sáng|chiều)\s+)?(?:(?:các\s+)?ngày\s+)?)?(${WEEKDAY_LIST})\s+(?:hằng|hàng)\s+tuần`,
      'giu',
    ),
    // "vào ngày thứ Bảy hoặc Chủ nhật hàng tuần", "vào các ngày Thứ Bảy và Chủ Nhật hàng tuần": each day of the list.
    build: weekdaysOf,
  },
  // "Báo cáo hằng tuần (trước 16 giờ thứ Năm)", "Định kỳ hằng tuần báo cáo vào thứ Sáu", "Hằng tuần, tổng hợp báo cáo UBND
  // tỉnh vào thứ Sáu": the day of each week named after "hằng tuần" (as "vào thứ Năm hằng tuần" before it).
  {
    pattern: new RegExp(
      String.raw`(?:định kỳ\s+)?(?:hằng|hàng)\s+tuần\s*,?\s*\(?(?:[^.;()]{0,60}?\s)?(?:trước|vào|(?:chậm|muộn|trễ) nhất(?: là| vào)?)\s+${HOUR}(?:(?:sáng|chiều)\s+)?(?:(?:các\s+)?ngày\s+)?(${WEEKDAY_LIST})\)?`,
      'giu',
    ),
    build: weekdaysOf,
  },
  // "Tổ chức việc tổng vệ sinh môi trường định kỳ hàng tuần (Thứ 7, Chủ nhật)" (Hà Nội, CV 6356/UBND-NNMT, 2025): the days
  // of each week in brackets after it.
  {
    pattern: new RegExp(String.raw`(?:định kỳ\s+)?(?:hằng|hàng)\s+tuần\s*\((${WEEKDAY_LIST})\)`, 'giu'),
    build: weekdaysOf,
  },
  ...DAILY_HOUR_RULES,
];

/** Duties that recur ("định kỳ hằng quý", "03 tháng/lần", "trước ngày 20 hằng tháng"): rules read after the dated ones. */
export const RECURRING_RULES: Rule[] = [
  // "định kỳ hằng quý", "định kỳ 6 tháng", "báo cáo hằng tháng", "báo cáo nhanh hàng ngày", "báo cáo Thủ tướng Chính phủ hằng
  // tuần" (whom, then how often), "định kỳ (hằng năm) đánh giá tiến độ" (corpus dev dongthap-2025-11-kehoach-doimoi-congnghe):
  // a recurring duty, unless the passage gives its day ("trước ngày 20 hằng tháng", below).
  {
    pattern:
      /(?:(?:định kỳ|báo cáo(?:\s+(?:nhanh|tổng hợp|định kỳ))?|báo cáo(?:\s+[^\s.;:,()]+){1,5}?)\s+\(?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)\)?|định kỳ\s+(\d{1,2})\s+(tháng|năm)(?:\s*(?:\/\s*|một\s+)[lIiỉíì1]ần)?)/giu,
    unless: (text, m) =>
      DAY_OF_MONTH.test(text) ||
      (/năm\)?$/iu.test(m[0]) && DAY_OF_YEAR.test(text)) ||
      (/tuần\)?$/iu.test(m[0]) && DAY_OF_WEEK.test(text)),
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
      const text = m[0].replace(/^báo cáo\s.*?(?=(?:hằng|hàng)\s)/iu, '').replace(/^([^(]*)\)$/u, '$1');
      return {
        kind: 'recurring',
        rrule: interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`,
        text,
      };
    },
  },
  // "Hằng năm hoặc đột xuất báo cáo kết quả ...", "Định kỳ hằng quý, gửi báo cáo ...", "Hàng tháng có báo cáo nhanh"
  // (Quyết định 22/2013/QĐ-TTg, Điều 8.2.h): the adverb opening a clause
  // that reports; so after the results it updates ("cập nhật kết quả thực hiện hàng tuần, báo cáo UBND Thành phố").
  // ("Nghị quyết hằng năm của Hội đồng nhân dân" is no duty.)
  {
    pattern:
      /(?<=^|[.;:]\s*|^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•*])\s*)(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)(?=(?:\s+hoặc\s+(?:đột xuất|khi có yêu cầu))?,?\s+(?:có\s+)?(?:báo cáo|gửi|tổng hợp|cập nhật|tổ chức|rà soát|kiểm tra|đánh giá|sơ kết)(?=\s))|(?<=,\s+|kết quả(?:\s+thực hiện)?\s+)(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)(?=(?:\s+hoặc\s+(?:đột xuất|khi có yêu cầu))?,?\s+(?:báo cáo|gửi)(?=\s))/giu,
    unless: dayNamedElsewhere,
    build: openingRecurrence,
  },
  // "báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2025 và hàng tháng" (corpus dev
  // vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5, III.5.h), "trước ngày 15/12 và định kỳ hằng quý": a first report by a
  // date, then one every month (quarter, ...).
  {
    pattern:
      /(?<=(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|tháng\s+\d{1,2}\s+năm\s+\d{4})\)?,?\s+và\s+(?:sau đó\s+)?)(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)(?![\p{L}])/giu,
    unless: dayNamedElsewhere,
    build: openingRecurrence,
  },
  // "Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ,
  // giữa kỳ, cuối kỳ ..." (Kế hoạch 130/KH-UBND Ninh Bình, 2022): a second frequency listed after the first, unless the
  // passage gives the yearly report's day ("báo cáo năm gửi trước ngày 20 tháng 12"). Only where the list goes on or the
  // report's recipient follows: "báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động ..." (Công văn 10283/SNV-LĐTLBHXH
  // TP.HCM) names what is reported, and its next sentence, read apart, dates the yearly report.
  {
    pattern:
      /(?<=định kỳ\s+(?:\d{1,2}|sáu)\s+tháng\s*(?:,|và|hoặc)\s*)(?:hằng|hàng)\s+(năm)(?=\s*(?:[,.;]|$|và\s|hoặc\s|về\s|gửi\s))/giu,
    unless: (text, m) => dayNamedElsewhere(text, m) || YEAR_REPORT_DAY.test(text),
    build: openingRecurrence,
  },
  // "Báo cáo định kỳ theo quý", "định kỳ theo tháng": how often, as "định kỳ hằng quý".
  {
    pattern: /(?<!\p{L})định kỳ\s+theo\s+(ngày|tuần|tháng|quý|năm)(?![\p{L}])/giu,
    unless: dayNamedElsewhere,
    build: openingRecurrence,
  },
  // "03 tháng/lần", "01 tuần/lần", "01 năm/lần", "3 tháng một lần"
  {
    // OCR reads "lần" as "ỉần", "iần", "1ần".
    pattern: /(\d{1,2})\s*(tháng|tuần|năm|quý)\s*(?:\/\s*|một\s+)[lIiỉíì1]ần/giu,
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
  // "trước ngày 29 hằng tháng", "vào ngày 25 hằng tháng", "Báo cáo tháng gửi trước ngày 15 của tháng" (Công văn
  // 2539/UBND-SNV Bà Rịa - Vũng Tàu: "của tháng" after a time limit, each month's; not "tháng cuối quý", "tháng 12").
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|vào|(?:chậm|muộn|trễ) nhất)\s+)?ngày\s+(\d{1,2})\s+(?:${MONTHLY}|(?<=(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?)\s+ngày\s+\d{1,2}\s+)của\s+(?:mỗi\s+|hằng\s+|hàng\s+)?tháng(?!\s*(?:\d|cuối|đầu|trước|này|[IVX])))`,
      'giu',
    ),
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
];
