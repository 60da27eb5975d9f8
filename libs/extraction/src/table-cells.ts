import type { ReportRoute } from './directive.types.js';
import { reportRoutes } from './report-routes.js';

/**
 * What a task table's time cell says besides "Thường xuyên": "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính"
 * (dev hcm-2025-11-qd-kehoach-csdl-quyhoach) is ongoing work reported each quarter: the quarterly report is its
 * deadline. "Thường xuyên" alone (or "Thực hiện thường xuyên") says nothing.
 */
export function beyondOngoing(value: string): string {
  const ongoing = /^(?:thực hiện\s+)?thường xuyên\b[\s,;.:-]*/iu.exec(value);
  return ongoing ? value.slice(ongoing[0].length) : value;
}

/** The route a time cell names ("định kỳ hằng quý báo cáo về Sở Tài chính" → Sở Tài chính). */
export function cellRoutes(value: string): ReportRoute[] {
  return /\b(?:báo cáo|gửi)\b/iu.test(value) ? reportRoutes(value) : [];
}

/** The cells a table's lines give, as `readRows` sees them. */
interface Cell {
  text: string;
}

/**
 * A row that prints its task and lead cells only, under a numbered row whose number and time cells span both ("1 |
 * Xây dựng hạ tầng ... | Trung tâm Chuyển đổi số | Sở Khoa học ... | Quý IV/2026 | ..." / "Xây dựng hạ tầng kỹ thuật
 * dự phòng ... | Trung tâm Chuyển đổi số", dev hcm-2025-11-qd-kehoach-csdl-quyhoach): its cells stand from the task
 * column on. Null when the row does not read so: more cells than the columns from the task one, a first cell that is
 * no task (a row number, a short label) or no lead.
 */
export function continuedRow(
  row: Cell[],
  columns: { task: number; lead: number; width: number },
): { task: string; lead: string } | null {
  if (columns.lead <= columns.task || row.length > columns.width - columns.task) return null;
  const task = row[0]?.text ?? '';
  const lead = row[columns.lead - columns.task]?.text ?? '';
  if (task.split(/\s+/u).length < 5 || !lead || lead.split(/\s+/u).length > 16) return null;
  return { task, lead };
}
