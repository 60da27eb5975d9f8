import type { Deadline } from './directive.types.js';
import { DATE, digits, HOUR, lastDay, QUARTERS, type Rule, WORDY_DATE } from './deadline-rule.js';
import { labelled } from './labelled-deadlines.js';
import { DAY_RULES, RECURRING_RULES } from './recurring-deadlines.js';
import { TARGET_RULES } from './target-years.js';
import { isoDate, parseNumericDate } from './text-utils.js';
import { YEAR_RULES } from './year-deadlines.js';
import { COMPLETION_YEAR_RULES } from './completion-years.js';
import { atMeeting, closesWindow, isExpectedDate, isPastOrCoveredWindow } from './deadline-context.js';
import { OPENING_RULES } from './opening-recurrences.js';
import { REPORT_DAY_RULES } from './report-days.js';
import { RELATIVE_RULES } from './relative-deadlines.js';

interface Found {
  at: number;
  deadline: Deadline;
}

/** "hoàn thành ngay trong ngày 20 tháng 11 năm 2025", "xong trong ngày 15/3/2026": by the end of that day. */
const WITHIN_DAY = String.raw`(?:hoàn (?:thành|tất)|xong)(?:\s+ngay)?\s+trong`;
/** A term label: "hạn chót", "thời hạn:", "hạn nộp báo cáo:". */
const TERM = String.raw`(?<!\p{L})(?:thời\s+)?hạn(?:\s+(?:chót|cuối|nộp|gửi)(?:\s+báo cáo)?)?\s*:?`;
/**
 * "hạn chót ngày ...", "Hạn chót nộp hồ sơ là ngày ...", "hạn cuối nhận bài dự thi là 17 giờ ngày ...", "Hạn gửi báo cáo
 * là ngày 15/12/2025", "thời hạn hoàn thành là ngày ...".
 */
const LAST_DAY_TERM = String.raw`(?:thời\s+)?hạn (?:chót|cuối|nộp|gửi|hoàn thành)(?:(?:\s+[^\s\d.;:,]+){0,5}?\s+là)?`;
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
  /(?:diễn ra|(?<!(?:các|cơ quan,|đơn vị,)\s)tổ chức (?:các |một )?(?:hội nghị|lễ|đại hội|hội thảo|hội thi|giải|cuộc thi|đoàn|phiên họp|cuộc họp))[^.;,]{0,120}$/iu;
/**
 * "phát động và triển khai ngay "Chiến dịch Quang Trung" vào ngày 01/12/2025": "vào ngày" dates an act; it says by
 * when only after a verb that hands something in or finishes it ("gửi báo cáo vào ngày ...", "hoàn thành vào ...").
 */
const DUE_VERB = /(?:hoàn (?:thành|tất)|xong|gửi|nộp|báo cáo)(?![\p{L}])[^.;:]*$/iu;
/** "Trong tháng 12 năm 2025 hoàn thành việc sắp xếp ...": the verb that finishes the task right after the time. */
const FINISHED_AFTER = /^\s*,?\s*(?:phải\s+)?(?:cơ bản\s+)?(?:hoàn (?:thành|tất)|xong)(?!\p{L})/iu;
const RULES: Rule[] = [
  ...REPORT_DAY_RULES,
  ...DAY_RULES,
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
  // "trước ngày 15 tháng 3", "Gửi về Sở trong ngày 15 tháng 12": no year printed, the document's year ("vào" / "trong"
  // only after a verb that hands something in or finishes it, as with a year).
  {
    pattern: new RegExp(
      String.raw`(?:trước|(?:chậm|muộn|trễ) nhất(?: là| vào)?|hạn chót|${TERM}|${WITHIN_DAY}|vào|trong)\s+${HOUR}ngày\s+(\d{1,2}) tháng (\d{1,2})(?!\d|[/.-]\d|\s*năm)`,
      'giu',
    ),
    build: (m, year) => {
      const date = year ? isoDate(m[1], m[2], year) : null;
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "trước ngày 20/3", "chậm nhất ngày 15.3", "trước 16 giờ 00 ngày 15/12", "Hoàn thành trong ngày 15/12": no year
  // printed, the document's year; "trước
  // 30/9 năm 2026": the year printed after "năm".
  {
    pattern: new RegExp(
      String.raw`(?:(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?|hạn (?:chót|cuối)|hoàn (?:thành|tất)|đến|${WITHIN_DAY}|vào|trong)\s+${HOUR}(?:hết\s+)?ngày\s+|(?:trước|(?:chậm|muộn|trễ) nhất(?: là)?)\s+)(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)(?:\s+năm\s+(\d{4})(?!\d))?`,
      'giu',
    ),
    build: (m, year) => {
      const date = (m[3] ?? year) ? isoDate(m[1], m[2], m[3] ?? year!) : null;
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "hoàn thành trong tháng 3/2026", "trong tháng 3 năm 2026", "trong quý I/2026", "trong tháng 11, 12/2025", "xong
  // trong tháng 12" (the document's year), "đến hết tháng 12 năm 2025", "xong cuối tháng 12 năm 2025", "Hoàn thành vào cuối
  // tháng 12/2025", "Trong tháng 12 năm 2025 hoàn thành việc sắp xếp" (the finishing verb after it): by the last
  // day of that month or quarter (of the later one of a range).
  {
    pattern:
      /(?:(?:hoàn (?:thành|tất)|xong|thực hiện|báo cáo|gửi)?[^.;]{0,40}?\btrong|(?:đến|trước|xong|hoàn (?:thành|tất)|(?:chậm|muộn|trễ) nhất(?: là| vào)?)(?:\s+(?:ngay|vào))?\s+\*{0,2}(?:hết|cuối))\s+(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})(?![\p{L}\d])(?:\s*(?:-|–|,|và|đến)\s*(?:(?:tháng|qu[ýí])\s+)?(\d{1,2}|IV|I{1,3})(?![\p{L}\d])(?=\s*(?:\/|năm)))?(?:(?:\s*\/\s*|\s*[-–]\s*(?=\d{4})|\s+năm\s+)(\d{4}))?(?![\d/]|\s*năm\s*\d)/giu,
    // Its lazy 40-character run before "trong" costs ~1.5 ms per kilobyte when tried at every character.
    near: { words: /(?:trong|hết|cuối)\s+(?:tháng|qu[ýí])\s+[\dI]/giu, before: 60 },
    unless: atMeeting,
    build: (m, year) => {
      const last = (m[3] ?? m[2]).toUpperCase();
      const month = /^qu/iu.test(m[1]) ? QUARTERS[last] : last;
      // Without a year only "hoàn thành / xong ... trong tháng 12", "đến hết tháng 12": the document's year.
      const bare = !m[4] && !/(?:hoàn (?:thành|tất)|xong|hết|cuối)/iu.test(m[0]);
      const date = month && !bare && (m[4] ?? year) ? lastDay(month, m[4] ?? year!) : null;
      const text = m[0].replace(
        /^.*?(?=(?:(?:hoàn (?:thành|tất)|xong)(?: ngay)? )?trong (?:tháng|qu[ýí])|(?:đến|trước|xong|hoàn (?:thành|tất)|(?:chậm|muộn|trễ) nhất(?: là| vào)?)(?: ngay| vào)? \*{0,2}(?:hết|cuối) )/iu,
        '',
      );
      return date ? { kind: 'absolute', date, text } : null;
    },
  },
  // "đến hết năm 2025", "xong trước cuối năm 2025", "chậm nhất cuối năm 2026", "đến *hết năm 2025*" (a crawl's
  // emphasis, Công văn 171/CV-BCĐ): by its last day.
  {
    pattern:
      /(?:đến|trước|xong(?: trước| vào)?|hoàn (?:thành|tất)(?: trước| vào)?|(?:chậm|muộn|trễ) nhất(?: là| vào)?)\s+\*{0,2}(?:hết|cuối)\s+năm\s+(\d{4})/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
  // "hoàn thành trong năm 2026", "sớm bàn giao trong năm 2025 dự án ...", "hoàn thành Dự án thành phần 1 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu trong năm
  // 2025", "thông xe tuyến chính (...) trong năm 2025", "hoàn thành Dự án vào năm 2026": by its last day. A bare
  // "trong năm 2010" ("các hoạt động kỷ niệm trong năm 2010") is the year something happens, no deadline. A result
  // published, a share that must be reached or the whole of a task done in that year are due by its end: "công bố kết quả
  // trong năm 2026", "phải đạt 90% trong năm 2025", "số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026" (dev
  // vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5); not a target ("đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025").
  {
    pattern:
      /(?:hoàn (?:thành|tất)|xong|thông xe|bàn giao|công bố|phải đạt|(?<![\d,.])100\s?%)(?:[^.;]{0,40}?\s|[^.;,]{41,100}?\s)?(?:trong|vào) năm (\d{4})(?!\s*[-–]\s*\d)/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
  // "Khẩn trương trình 06 Nghị định ... để có hiệu lực từ 01 tháng 7 năm 2026" (dev cp-2026-05-nq-phienhop-thuongky-thang4
  // PL.18.b), "sửa đổi, bổ sung hoặc ban hành mới và có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027" (II.3.c): the
  // text a task makes must take effect on that day, its deadline. Not "các luật, nghị quyết có hiệu lực từ ngày 01 tháng 7
  // năm 2026" (which laws), nor "Luật ... được thông qua ngày 23/6/2014 và có hiệu lực thi hành từ ngày 01/01/2015".
  {
    pattern: new RegExp(
      String.raw`(?:(?<!\p{L})để|(?:ban hành|sửa đổi|bổ sung)(?: mới)? và)\s+(?:kịp\s+)?có hiệu lực(?: thi hành)?(?: kể)? từ(?: ngày)?\s+(?:${WORDY_DATE}|${DATE})`,
      'giu',
    ),
    build: (m) => {
      const date = m[1] ? isoDate(m[1], m[2], m[3]) : parseNumericDate(digits(m[4]));
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "Ngày 15/12/2025 là hạn cuối nhận hồ sơ", "ngày 20/12/2025 là thời hạn cuối cùng": the date named first, then the term.
  {
    pattern: new RegExp(
      String.raw`(?<!\p{L})ngày\s+${DATE}\s*(?:\([^()]{1,20}\)\s*)?là\s+(?:thời\s+)?hạn\s+(?:chót|cuối)`,
      'giu',
    ),
    build: (m) => {
      const date = parseNumericDate(digits(m[1]));
      return date ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  ...RECURRING_RULES,
  ...OPENING_RULES,
  ...TARGET_RULES,
  ...RELATIVE_RULES,
  ...YEAR_RULES,
  ...COMPLETION_YEAR_RULES,
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
      const window = closesWindow(text, match.index ?? 0, match[0]);
      const event =
        window &&
        (EVENT.test(text.slice(Math.max(0, (match.index ?? 0) - 160), match.index)) ||
          isPastOrCoveredWindow(text, match.index ?? 0, match[0]));
      // "gửi báo cáo ... trong ngày 20/11/2025": by the end of that day, when it is what is handed in.
      // "Trong quý II năm 2026, nghiên cứu, ban hành theo thẩm quyền ..." (dev cp-2026-05-nq-phienhop-thuongky-thang4 PL.3.k):
      // the quarter that opens a task, before its comma, is when it is due; a month may date an act ("Trong tháng 12 năm
      // 2025, tổ chức Hội nghị sơ kết.").
      const opens =
        /^trong\s+qu[ýí]\s/iu.test(match[0]) &&
        /^\s*$|[.;:]\s*$/u.test(text.slice(Math.max(0, (match.index ?? 0) - 3), match.index)) &&
        /^\s*,/u.test(text.slice((match.index ?? 0) + match[0].length));
      const dated =
        !opens &&
        /^(?:vào|trong)\s/iu.test(match[0]) &&
        !DUE_VERB.test(text.slice(Math.max(0, (match.index ?? 0) - 80), match.index)) &&
        !FINISHED_AFTER.test(text.slice((match.index ?? 0) + match[0].length)) &&
        rule.build(match as RegExpExecArray, year)?.kind === 'absolute';
      const timeLeft =
        /^đến\s/iu.test(match[0]) &&
        TIME_LEFT_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index)) &&
        TIME_LEFT_AFTER.test(text.slice((match.index ?? 0) + match[0].length));
      // "Đối với giai đoạn trước ngày 01/7/2025, Luật Thuế GTGT số 31/2013/QH13 ... quy định ..." (Công văn 5706/CT-CS,
      // 2025): the period a rule covered, no time limit.
      const period =
        /^trước\s/iu.test(match[0]) &&
        /(?:giai đoạn|thời kỳ|khoảng thời gian)\s*$/iu.test(
          text.slice(Math.max(0, (match.index ?? 0) - 20), match.index),
        );
      const deadline = event || dated || timeLeft || period ? null : rule.build(match as RegExpExecArray, year);
      const at = (match.index ?? 0) + match[0].indexOf(deadline?.text ?? match[0]);
      if (!deadline || isExpectedDate(text, at, deadline.text)) continue;
      // A shorter phrase inside one already found ("ngày 25/01/2024" inside "trước ngày 25/01/2024") is the same deadline.
      // So is a longer one around a labelled value ("Trong tháng 12/2025" around the label's "tháng 12/2025").
      const end = at + deadline.text.length;
      if (found.some((f) => at < f.at + f.deadline.text.length && f.at < end)) continue;
      found.push({ at, deadline: { ...deadline, text: deadline.text.replace(/\s+/g, ' ').trim() } });
    }
  }
  // "Thực hiện báo cáo định kỳ 6 tháng, hàng năm ... Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước
  // ngày 20 tháng 12" (bodies dev hcm-snv-2025-chothuelai-laodong 6): how often, said again with the days it falls on, is
  // those days; a bare recurrence beside one that names its day adds nothing.
  const onDays = found.some((f) => f.deadline.kind === 'recurring' && /;BY/u.test(f.deadline.rrule ?? ''));
  return found
    .filter((f) => !onDays || f.deadline.kind !== 'recurring' || /;BY/u.test(f.deadline.rrule ?? ''))
    .sort((a, b) => a.at - b.at)
    .map((f) => ({ ...f.deadline, at: f.at }));
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
