import { lastDay, QUARTERS, type Rule } from './deadline-rule.js';

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
  // "... xây dựng lộ trình và tổ chức thực hiện di dời các cơ sở sản xuất công nghiệp ... trước năm 2030." (Quyết định
  // 2530/QĐ-TTg, IV.2.m): before that year begins, by the last day of the year before (a wave-15 gold call). Not "so
  // với trước năm 2020", a comparison.
  {
    pattern: /(?<!(?:so với|từ|như)\s)\btrước năm (\d{4})(?!\s*[-–/]\s*\d)(?![\d/])/giu,
    build: (m) => ({ kind: 'absolute', date: `${Number(m[1]) - 1}-12-31`, text: m[0] }),
  },
  // "Hoàn thành trước tháng 6/2026", "xong trước quý IV/2026": before that month (quarter) begins, by the last day of the
  // one before, as "trước năm 2030" above. Not "so với trước tháng 6/2025", a comparison.
  {
    pattern:
      /(?<!(?:so với|từ|như)\s)\btrước\s+(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})(?:\s*\/\s*|\s+năm\s+)(\d{4})(?![\d/])/giu,
    build: (m) => {
      const first = /^qu/iu.test(m[1]) ? Number(QUARTERS[m[2].toUpperCase()]) - 2 : Number(m[2]);
      if (!(first >= 1 && first <= 12)) return null;
      const date = first === 1 ? `${Number(m[3]) - 1}-12-31` : lastDay(String(first - 1), m[3]);
      return date ? { kind: 'absolute', date, text: m[0] } : null;
    },
  },
  // "... đảm bảo mục tiêu 100% phương tiện giao thông công cộng (xe buýt) sử dụng năng lượng sạch, năng lượng xanh vào
  // năm 2030" (Quyết định 2530/QĐ-TTg, IV.2.m): the year the task's goal must be met, by its last day (a wave-15 gold
  // call, as "phải đạt 90% trong năm 2025" of Thông báo 624/TB-VPCP). A plan's indicator ("Chỉ tiêu 1: ... đạt 50% vào
  // năm 2025") is no task's goal.
  {
    pattern: /(?:đảm bảo|bảo đảm)\s+mục tiêu[^.;]{0,250}?\s(vào năm (\d{4}))(?!\s*[-–/]\s*\d)(?![\d/])/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1] }),
  },
  // "... ứng dụng công nghệ số trong sản xuất, kinh doanh, phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực
  // hiện" (corpus dev dongthap-2025-11-kehoach-doimoi-congnghe, III.1.4), "... để đạt mục tiêu tới năm 2026 tỷ lệ bao phủ
  // bảo hiểm y tế đạt trên 95,5% dân số, đến năm 2030 đạt mục tiêu bao phủ bảo hiểm y tế toàn dân" (corpus dev
  // ttg-2026-05-qd-kehoach-bhyt-toandan-ct52, II.5.1): a task's goal and the year it must be met by. Not a plan's horizon
  // ("Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050").
  {
    pattern:
      /(?:phấn đấu|(?:đạt|bảo đảm|đảm bảo)\s+(?:các\s+)?mục tiêu)\s+((?:đến|tới)\s+(?:hết\s+)?năm\s+(\d{4}))(?!\s*[-–/]\s*\d)(?![\d/])|(?<=,\s*)((?:đến|tới)\s+(?:hết\s+)?năm\s+(\d{4}))(?=\s*,?\s+(?:phải\s+)?đạt(?!\p{L}))/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[2] ?? m[4]}-12-31`, text: m[1] ?? m[3] }),
  },
  // "Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035)" (corpus dev
  // dongthap-2025-11-kehoach-doimoi-congnghe, VI.2.2): a report due in the year in brackets, by its last day.
  {
    pattern: /(?:báo cáo|sơ kết|tổng kết)(?!\p{L})[^.;()]{0,80}?\((\s*năm\s+(\d{4})\s*)\)/giu,
    build: (m) => ({ kind: 'absolute', date: `${m[2]}-12-31`, text: m[1].trim() }),
  },
];
