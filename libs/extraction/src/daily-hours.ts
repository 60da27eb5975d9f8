import type { Rule } from './deadline-rule.js';
import type { Deadline } from './directive.types.js';

/** An hour of the day: "19h00’", "9 giờ 30", "16:00", "4 giờ chiều" (group 1: the hour, 2: the minutes, 3: the part of day). */
const CLOCK = String.raw`\d{1,2}\s*(?:giờ|h|:(?=\d))(?:\s*\d{1,2}\s*(?:phút|'|’)?)?(?:\s+(?:sáng|chiều|trưa|tối))?`;
/** One hour or a list of them: "9h00’ và 16h00’", "8 giờ, 14 giờ". */
const DAY_HOURS = String.raw`(${CLOCK}(?:\s*(?:,|và)\s*${CLOCK})*)`;

/** FREQ=DAILY at each hour of a list ("9h00’ và 16h00’" → BYHOUR=9,16; "16 giờ 30" → BYHOUR=16;BYMINUTE=30). */
function dailyAt(hours: string, text: string): Deadline | null {
  const times = [
    ...hours.matchAll(/(\d{1,2})\s*(?:giờ|h|:(?=\d))(?:\s*(\d{1,2})\s*(?:phút|'|’)?)?(?:\s+(sáng|chiều|trưa|tối))?/giu),
  ].map((t) => {
    const hour = Number(t[1]) + (/^(?:chiều|tối)$/iu.test(t[3] ?? '') && Number(t[1]) < 12 ? 12 : 0);
    return { hour, minute: Number(t[2] ?? 0) };
  });
  if (times.length === 0 || times.some((t) => t.hour > 23 || t.minute > 59)) return null;
  const minutes = [...new Set(times.map((t) => t.minute))];
  // One minute value for every hour, as RRULE combines them; otherwise the hours alone.
  const byMinute = minutes.length === 1 && minutes[0] !== 0 ? `;BYMINUTE=${minutes[0]}` : '';
  return {
    kind: 'recurring',
    rrule: `FREQ=DAILY;BYHOUR=${[...new Set(times.map((t) => t.hour))].join(',')}${byMinute}`,
    text,
  };
}

/** The hours of each day a report is due by (corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu's gold: BYHOUR). */
export const DAILY_HOUR_RULES: Rule[] = [
  // "báo cáo UBND tỉnh trước 19h00’ hằng ngày" (corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu, IV.1.3), "trước 6h
  // sáng hàng ngày", "trước 4 giờ chiều hằng ngày": an hour of each day (BYHOUR, BYMINUTE when the minutes are not 00).
  {
    pattern: new RegExp(
      String.raw`(?:trước|vào|lúc|(?:chậm|muộn|trễ) nhất(?: là)?)\s+${DAY_HOURS}\s+(?:hằng|hàng|mỗi)\s+ngày`,
      'giu',
    ),
    build: (m) => dailyAt(m[1], m[0]),
  },
  // "báo cáo 02 lần/ngày (trước 9h00’ và 16h00’)" (corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu, IV.10.2), "báo cáo
  // hằng ngày (trước 15 giờ)": the hours of each day in brackets after how often.
  {
    pattern: new RegExp(
      String.raw`(?:\d{1,2}\s*lần\s*(?:\/|mỗi|một|trong)\s*ngày|(?:hằng|hàng|mỗi)\s+ngày)\s*\(\s*(?:trước|vào|lúc|(?:chậm|muộn|trễ) nhất(?: là)?)\s+${DAY_HOURS}\s*\)`,
      'giu',
    ),
    build: (m) => dailyAt(m[1], m[0]),
  },
];
