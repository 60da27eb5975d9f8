import { ASKS_UNIT } from './article-norms.js';
import type { Paragraph } from './parse-body.js';

/**
 * A meeting resolution's record of the reports made at the meeting: "Thực hiện Quy chế làm việc của Chính phủ (khoản 4 Điều
 * 3), tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:" / "1. Bộ Tài chính báo cáo về tiếp thu, giải trình,
 * chỉnh lý, hoàn thiện các dự thảo: ..." (Nghị quyết 122/NQ-CP, dev cp-2026-05-nq-phienhop-thuongky-thang4 III, which the
 * gold calls a record): what was reported, not what anyone is asked to do. The lead-in tells of reports already made and
 * directs no one.
 */
const RECORDED =
  /\s(?:đã|vừa)\s+(?:có\s+)?(?:báo cáo|trình bày)(?:\s+[^:,;]{1,80}?)?\s+(?:như sau|sau đây|gồm)\s*:\s*$/iu;
const DIRECTS_LEAD = /(?:^|\s)(?:giao|yêu cầu|đề nghị|chỉ đạo|kết luận|thống nhất)\s/iu;
const ITEM = /^(?:\d{1,2}|[a-zđ]|-)$/u;

/**
 * The items under such a lead-in (a plain paragraph, or one joined to its part's heading), up to the next plain paragraph or
 * part; an item that asks a unit stays.
 */
export function recordedItems(paragraphs: Paragraph[]): Set<Paragraph> {
  const recorded = new Set<Paragraph>();
  paragraphs.forEach((lead, at) => {
    if (ITEM.test(lead.marker ?? '') || !RECORDED.test(lead.text) || DIRECTS_LEAD.test(lead.text)) return;
    let previous = lead;
    for (const item of paragraphs.slice(at + 1)) {
      // "1. Bộ Tài chính báo cáo về ... các dự thảo:" / "Nghị quyết Quốc hội về ...; ...": an item's list runs on below it.
      const runsOn = item.marker === null && previous !== lead && /:\s*$/u.test(previous.text);
      if (!runsOn && (item.marker === null || !ITEM.test(item.marker))) break;
      if (!ASKS_UNIT.test(item.text)) recorded.add(item);
      previous = item;
    }
  });
  return recorded;
}
