import type { Rule } from './deadline-rule.js';
import { isoDate } from './text-utils.js';

/** Verbs that say a task is to be finished, not only carried on: "hoàn thành", "giải quyết căn bản", "xử lý dứt điểm". */
const FINISH = String.raw`(?:cơ bản\s+)?(?:hoàn (?:thành|tất)|xong|giải quyết\s+(?:căn bản|cơ bản|dứt điểm|xong)|xử lý\s+(?:dứt điểm|xong))(?!\p{L})`;
/** The start of the passage (after an item's marker) or of a sentence in it. */
const OPENS = String.raw`(?:^(?:[-–+•*]\s*)?|(?<=[.;:]\s+))`;

/**
 * A plan's completion years: the year a task is to be finished, read as its last day.
 */
export const COMPLETION_YEAR_RULES: Rule[] = [
  // "Giải quyết căn bản hồ sơ đề nghị xác nhận người có công ... còn tồn đọng vào năm 2020": a task to be finished in a
  // year ("hoàn thành ... trong năm 2026" is read with the date rules).
  {
    pattern: new RegExp(
      String.raw`(?<!\p{L})(?:giải quyết\s+(?:căn bản|cơ bản|dứt điểm)|xử lý\s+dứt điểm)(?!\p{L})[^.;]{0,160}?\s((?:trong|vào)\s+năm\s+(\d{4}))(?!\s*[-–]\s*\d)`,
      'giu',
    ),
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
  // "Năm 2018, hoàn thành việc hỗ trợ nhà ở ...", "Đến năm 2020, giải quyết căn bản hồ sơ ...": a year opening a sentence
  // whose task is to be finished by then. Not a target ("Đến năm 2020, phấn đấu đạt 100% ...").
  {
    pattern: new RegExp(
      String.raw`${OPENS}((?:(?:đến|trong)\s+(?:hết\s+)?)?năm\s+(\d{4}))(?=\s*,?\s*${FINISH})`,
      'giu',
    ),
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
  // "Đến 31/12/2025 hoàn thành việc cấp đổi ...", "Trước 30/6/2026, cơ bản hoàn thành ...": a date opening a sentence whose
  // task is to be finished by then ("Đến ngày 31/12/2025 phải hoàn thành" is read with the date rules).
  {
    pattern: new RegExp(
      String.raw`${OPENS}((?:đến|trước)\s+(?:hết\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))(?![\d/])(?=\s*,?\s*(?:phải\s+)?${FINISH})`,
      'giu',
    ),
    build: (m) => {
      const date = isoDate(m[2], m[3], m[4]);
      return date && date.length === 10 ? { kind: 'absolute', date, text: m[1] } : null;
    },
  },
  // "1. Trong năm 2013, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phải thực hiện cơ bản xong việc hỗ trợ về
  // nhà ở ..." (Quyết định 22/2013/QĐ-TTg, Điều 7): the year before the actor and the verb that finishes the task. Not what
  // was done ("Trong năm 2025, tỉnh đã hoàn thành ...") nor a year of work ("Trong năm 2014, các địa phương tiếp tục thực
  // hiện hỗ trợ ...").
  {
    pattern: new RegExp(
      String.raw`${OPENS}(?:\d{1,2}[.)]\s*)?(trong\s+năm\s+(\d{4}))(?=\s*,(?:(?!(?<!\p{L})đã\s)[^.;:]){0,150}?\s(?:phải\s+)?(?:thực hiện\s+)?${FINISH})`,
      'giu',
    ),
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
  // "- Năm 2018: Rà soát, tổng kết hệ thống văn bản ...", "- Năm 2019: Trình ban hành Pháp lệnh ...": a plan's tasks
  // labelled by the year they belong to, due by its end (as "Thời gian thực hiện: Năm 2026").
  {
    pattern: new RegExp(String.raw`${OPENS}(năm\s+(\d{4}))\s*:\s*(?=\p{Lu})`, 'giu'),
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
];
