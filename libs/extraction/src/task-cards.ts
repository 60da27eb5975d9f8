import { splitUnits } from './unit-lists.js';
import type { Requirement } from './directive.types.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { strip } from './requirement-patterns.js';
import { clean, type Span } from './text-utils.js';

/** "a) Nhiệm vụ: Tham mưu UBND Thành phố ...", "a) Nhiệm vụ:" over dash lines: the task side of a card. */
const TASK = /^(?:nội dung\s+)?nhiệm vụ\s*:\s*/iu;
/** "b) Cơ quan thực hiện:", "b) Đơn vị thực hiện: Sở Y tế chủ trì, ...": who carries the card out. */
const AGENCY = /^(?:cơ quan|đơn vị)\s+(?:thực hiện|chủ trì)\s*:\s*/iu;
/** "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.", "- Cơ quan chủ trì: ...": the lead. */
const LEAD = /^(?:cơ quan|đơn vị)\s+chủ trì\s*:\s*/iu;
/** "c) Thời gian thực hiện: Hoàn thành trong năm 2025.", "c) Thời hạn hoàn thành: ...": the card's time line. */
const TIME = /^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu;

const lettered = (p: Paragraph) => p.marker !== null && /^[a-zđ]$/u.test(p.marker);

/** The lead named by an agency paragraph or the dash lines under it ("Sở X chủ trì, phối hợp ..." keeps "Sở X"). */
function leadOf(agency: Paragraph, dashes: Paragraph[]): string[] {
  const own = clean(strip(agency.text).replace(AGENCY, ''));
  const line = dashes.map((p) => clean(strip(p.text))).find((t) => LEAD.test(t));
  const value = (line ? line.replace(LEAD, '') : own.replace(/\s+chủ trì(?=[\s,.;:]|$).*$/u, '')).replace(/[.;]$/u, '');
  return /^\p{Lu}/u.test(value) && value.length < 200 ? splitUnits(value) : [];
}

/**
 * A plan's task cards (dev/hanoi-2025-11-kehoach-dulieu-nq214, Kế hoạch 308/KH-UBND of Hà Nội): under each numbered
 * heading "a) Nhiệm vụ: ..." (or dash lines under it) / "b) Cơ quan thực hiện:" / "- Đơn vị chủ trì: X" / "- Đơn vị phối
 * hợp: Y" / "c) Thời gian thực hiện: Hoàn thành trong năm 2025.". The tasks are the "Nhiệm vụ" side, without its label;
 * the lead is their assignee (README: lead, not partners) and the time line their deadline when they state none.
 */
export function taskCards<T extends Requirement & { span: Span }>(
  requirements: T[],
  paragraphs: Paragraph[],
  year: string | null,
): T[] {
  // The card's "b) Cơ quan thực hiện" and "c) Thời gian thực hiện" lines: read into its tasks, no tasks themselves.
  const labels = new Set<number>();
  for (const [i, task] of paragraphs.entries()) {
    if (!lettered(task) || !TASK.test(strip(task.text))) continue;
    // The card: the lettered paragraphs after the task and their dash lines, up to the next numbered heading.
    let end = i + 1;
    while (end < paragraphs.length && (paragraphs[end].marker === '-' || lettered(paragraphs[end]))) end++;
    const next = paragraphs.findIndex((p, j) => j > i && j < end && lettered(p));
    const taskEnd = next < 0 ? (paragraphs[end]?.span.start ?? Infinity) : paragraphs[next].span.start;
    let leads: string[] = [];
    let due: Requirement['deadlines'] = [];
    for (let j = i + 1; j < end; j++) {
      const p = paragraphs[j];
      if (!lettered(p)) continue;
      const text = strip(p.text);
      if (AGENCY.test(text) || TIME.test(text)) labels.add(p.span.start);
      if (AGENCY.test(text)) {
        const dashes: Paragraph[] = [];
        for (let k = j + 1; k < end && paragraphs[k].marker === '-'; k++) dashes.push(paragraphs[k]);
        leads = leadOf(p, dashes);
      } else if (TIME.test(text)) due = deadlinesOf(text, year);
    }
    if (next < 0 || (leads.length === 0 && due.length === 0)) {
      for (let j = i + 1; j < end; j++) labels.delete(paragraphs[j].span.start);
      continue;
    }
    for (const r of requirements) {
      if (r.span.start < task.span.start || r.span.start >= taskEnd) continue;
      r.text = r.text.replace(TASK, '');
      if (leads.length > 0) r.assignees = [...leads];
      if (r.deadlines.length === 0 && due.length > 0) r.deadlines = due.map((d) => ({ ...d }));
    }
  }
  return requirements.filter((r) => !labels.has(r.span.start));
}
