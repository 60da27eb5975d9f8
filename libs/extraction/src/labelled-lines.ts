import { informs } from './describes.js';
import type { Paragraph } from './parse-body.js';

/** "- Điểm quan trắc: ...", "- Thông số, tần suất, thời gian và số lượng mẫu quan trắc: ...": a labelled line. */
const LABELLED = /^[-–•]\s*\p{Lu}[^:;.]{1,80}:(?:\s|$)/u;

/**
 * "1.2. Ngao" / "- Điểm quan trắc: Thực hiện quan trắc ..." / "- Thông số, tần suất ...: ...": dash lines that each label a
 * side of one task. The one that gives the task (the others describe) is the heading's requirement, under the heading's
 * ref and without its label; null when the lines are no such set.
 */
export function labelledTask<T extends { ref: string; text: string }>(
  lines: Paragraph[],
  found: T[],
  ref: string,
): T[] | null {
  const dashes = lines.filter((p) => p.marker === '-' && !/^\+/u.test(p.text));
  const tasks = found.filter((r) => !informs(r.text));
  if (
    tasks.length !== 1 ||
    tasks[0].ref !== `${ref}.1` ||
    dashes.length < 2 ||
    !dashes.every((p) => LABELLED.test(p.text))
  )
    return null;
  return [{ ...tasks[0], ref, text: tasks[0].text.replace(/^[^:]{2,60}:\s*/u, '') }];
}
