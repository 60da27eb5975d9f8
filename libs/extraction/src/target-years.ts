import type { Rule } from './deadline-rule.js';

/**
 * The target year of a goal: "... triển khai ngay trong năm 2025" (a wave-9 gold call: by the year's last day, as "đến
 * hết năm 2030"). A bare "trong năm 2025" ("tổ chức hội nghị trong năm 2025") is when something happens, no deadline;
 * "ngay" makes it the time by which it must be done. Not a span of years ("ngay trong năm 2025 - 2026").
 */
export const TARGET_RULES: Rule[] = [
  {
    pattern: /\bngay trong năm (\d{4})(?!\s*[-–]\s*\d)(?![\d/])/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[1]}-12-31`, text: m[0] }),
  },
];
