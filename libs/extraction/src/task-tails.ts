import { findAssignees } from './assignees.js';
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

/**
 * How often, and by when, a closing report falls, printed before the units who send it: "Hàng năm, các bộ, ngành ..."
 * (corpus dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong), "Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị ..."
 * (bodies dev kh-ttg-2025-11-qd-kehoach-onhiem-khongkhi), "Định kỳ hằng năm (trước ngày 30 tháng 11), ...".
 */
export const OPENS_RECURRING =
  /^(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm)(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:trước|chậm nhất(?:\s+là)?)\s+ngày\s[^,;.()]{1,40})?\s*,\s*/iu;

/**
 * "2. Sở Nội vụ hướng dẫn ..." / "Định kỳ hằng tháng, trước ngày 20, các sở, ban, ngành báo cáo kết quả thực hiện về Sở
 * Khoa học và Công nghệ ...": a plain paragraph that opens with how often a report falls and then names the units who
 * send it is a closing task of its own, not more of the item above, whether its date recurs or falls once (unlike
 * `reportsBack`, which has no subject to go by and wants a date that falls once).
 */
export function periodicReport(paragraph: Paragraph, year: string | null): boolean {
  if (paragraph.marker !== null) return false;
  const opening = OPENS_RECURRING.exec(paragraph.text);
  if (!opening || !REPORTS_BACK.test(paragraph.text) || parseDeadlines(paragraph.text, year).length === 0) return false;
  const rest = paragraph.text.slice(opening[0].length);
  return findAssignees(rest).some((unit) => rest.startsWith(unit));
}
