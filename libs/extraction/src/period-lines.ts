import { findAssignees } from './assignees.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { directs, unitMustAct } from './directing-sentences.js';
import { PERIOD, strip } from './requirement-patterns.js';

/**
 * "* Thời gian thực hiện:" / "+ Đợt 1: Trong khoảng thời gian từ ngày ... đến ngày ..." / "+ Đợt 2: ...": a period label
 * whose value is printed on the dash lines under it is one paragraph, "Thời gian thực hiện: + Đợt 1: ... + Đợt 2: ...".
 */
export function joinPeriodLines(paragraphs: Paragraph[], year: string | null): Paragraph[] {
  const joined: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const label = paragraphs[i];
    let end = i;
    while (paragraphs[end + 1]?.marker === '-' && paragraphs[end + 1].text.length <= 300) end++;
    const lines = paragraphs.slice(i + 1, end + 1);
    if (
      label.marker === null &&
      PERIOD.test(label.text) &&
      /:\s*$/u.test(label.text) &&
      lines.length > 0 &&
      lines.some((l) => deadlinesOf(l.text, year).length > 0) &&
      // "- Từ ngày 04/02/2026: Ban Thường trực ... họp với ...": dated tasks, not the label's value.
      !lines.some((l) => {
        const value = strip(l.text).replace(/^[^:]{0,60}:\s*/u, '');
        return findAssignees(value).length > 0 || directs(value) || unitMustAct(value);
      })
    ) {
      joined.push({
        ...label,
        text: [label.text, ...lines.map((l) => l.text)].join(' '),
        span: { start: label.span.start, end: lines.at(-1)!.span.end },
      });
      i = end;
    } else joined.push(label);
  }
  return joined;
}
