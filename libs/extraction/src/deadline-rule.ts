import type { Deadline } from './directive.types.js';
import { isoDate } from './text-utils.js';

/**
 * A rule; `unless` (tested on the whole passage) names a more precise phrase that says the same. `near`: words every
 * match holds, at most `before` characters after the match's start — the pattern is then tried only around them
 * (`matchesOf`), not at every character of a long text.
 */
export interface Rule {
  pattern: RegExp;
  build: (m: RegExpExecArray, year: string | null) => Deadline | null;
  unless?: RegExp | ((text: string, m: RegExpExecArray) => boolean);
  near?: { words: RegExp; before: number };
}

/** The last day of a month, as an ISO date ("2", "2024" → "2024-02-29"); null for no month. */
export const lastDay = (month: string, year: string) => {
  const m = Number(month);
  if (!(m >= 1 && m <= 12)) return null;
  return isoDate(String(new Date(Date.UTC(Number(year), m, 0)).getUTCDate()), month, year);
};

/** The last month of a quarter, by its number in Roman or Arabic figures. */
export const QUARTERS: Record<string, string> = {
  I: '3',
  II: '6',
  III: '9',
  IV: '12',
  '1': '3',
  '2': '6',
  '3': '9',
  '4': '12',
};

/** "chậm nhất là 17 giờ 00 ngày 30/01/2026", "trước 16h30 ngày ...", "trước 15:00 ngày ...": the hour is part of the phrase. */
export const HOUR = String.raw`(?:\d{1,2}\s*(?:giờ|h|:(?=\d))\s*(?:\d{1,2}\s*(?:phút|'|’)?)?,?\s+)?(?:(?:sáng|chiều|trưa)\s+)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s+(?=ngày))?`;

/**
 * Day and month may carry OCR look-alikes ("l5/3/2025", "O5.02.2025"); the year must be digits. Web copies
 * put a space after a slash ("ngày 04/ 11/2009") or around it ("ngày 15 / 12 / 2025").
 */
export const DATE = String.raw`([\dlIO]{1,2} ?[/.-] ?[\dlIO]{1,2} ?[/.-] ?\d{4})`;
export const digits = (text: string) =>
  text
    .replace(/[lIiL]/g, '1')
    .replace(/[Oo]/g, '0')
    .replace(/\s/g, '');
/** "15 tháng 12 năm 2025", "mùng 5 tháng 12 năm 2025" (a day below 11 may carry "mùng" / "mồng"). */
export const WORDY_DATE = String.raw`(?:(?:mùng|mồng)\s+)?(\d{1,2}) tháng (\d{1,2}) năm (\d{4})`;
