import type { Paragraph } from './parse-body.js';
import type { Task } from './plan-tasks.js';
import { deadlinesOf } from './parse-deadlines.js';
import { PERIOD, procedure, roman, STEP, strip } from './requirement-patterns.js';

/** "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.": the date a step must be finished by. */
const FINISHED = /hoàn (?:tất|thành)|\btrước ngày|chậm nhất/iu;

/**
 * Numbered headings of a procedure ("2. Trình tự, thời gian lập và phê duyệt danh sách hỗ trợ nhà ở") whose sub-items are
 * steps ("2.1. Bước 1:") or are closed by a completion date ("Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014."): the
 * steps are work the units named in them must finish, not the order of business of a meeting ("3. Trình tự tổ chức hội
 * nghị"), so the heading does not skip them.
 */
export function stepProcedures(paragraphs: Paragraph[], year: string | null): Set<Paragraph> {
  const found = new Set<Paragraph>();
  paragraphs.forEach((heading, i) => {
    const top = heading.marker !== null && /^\d+$/u.test(heading.marker);
    if (!(top || roman(heading.marker)) || !procedure(heading.text)) return;
    for (const p of paragraphs.slice(i + 1)) {
      if (roman(p.marker) || (top && p.marker !== null && /^\d+$/u.test(p.marker))) break;
      const text = strip(p.text);
      if (STEP.test(text) || (PERIOD.test(text) && FINISHED.test(text) && deadlinesOf(text, year).length > 0)) {
        found.add(heading);
        return;
      }
    }
  });
  return found;
}

/** "2.1. Bước 1:" right above "2.1.a. ...": a titled sub-item with nothing under it before its own sub-items. */
export const bareParent = (task: Task, marker: string) =>
  task.head.marker !== null &&
  marker.startsWith(`${task.head.marker}.`) &&
  task.labels.length + task.subs.length + task.actions.length + (task.body?.length ?? 0) === 0;
