import type { Paragraph } from './parse-body.js';
import { parseDeadlines } from './parse-deadlines.js';
import type { Task } from './plan-tasks.js';

/**
 * "1.2. ..., yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng phương án ...": a
 * numbered item does not end at ";" — the plain paragraph after it goes on with its sentence.
 */
export function continuesHead(task: Task, paragraph: Paragraph): boolean {
  return (
    paragraph.marker === null &&
    /;\s*$/u.test(task.head.text) &&
    task.actions.length + task.subs.length + task.labels.length + (task.body?.length ?? 0) === 0
  );
}

/** The head with the paragraph that goes on with it. */
export function joinHead(task: Task, paragraph: Paragraph): void {
  task.head = {
    ...task.head,
    text: `${task.head.text} ${paragraph.text}`,
    span: { start: task.head.span.start, end: paragraph.span.end },
  };
}

/** "báo cáo kết quả thực hiện về ...", "gửi báo cáo về ...": a report sent somewhere. */
export const REPORTS_BACK =
  /(?:báo cáo|gửi)(?:\s+(?:kết quả|tình hình|báo cáo))?(?:\s+thực hiện)?\s+(?:về|cho|đến)\s/iu;

/**
 * "2.2. Khẩn trương ..." / "Trên đây là ..., đề nghị các đồng chí Bộ trưởng ... báo cáo kết quả thực hiện về Ban Chỉ đạo
 * của Chính phủ (qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 ./.": after the last sub-item, a paragraph that asks for a
 * report somewhere by a date is no part of that sub-item but a task of its own.
 * Not one predicate with `reportsAfterCall` (walk-content.ts), on purpose: that one reads only the clause after ";" that
 * follows a call to carry the items out, which already marks the closing, so a recurring date or a named recipient alone
 * will do there; this one reads a whole paragraph with no such call, where a sub-item's own text may speak of reports too,
 * so it wants both "báo cáo/gửi ... về/cho/đến" and a date that falls once (absolute).
 */
export function reportsBack(paragraph: Paragraph, year: string | null): boolean {
  return (
    paragraph.marker === null &&
    REPORTS_BACK.test(paragraph.text) &&
    parseDeadlines(paragraph.text, year).some((d) => d.kind === 'absolute')
  );
}
