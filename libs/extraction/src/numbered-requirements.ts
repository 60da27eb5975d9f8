import { splitByActor } from './actor-clauses.js';
import type { Requirement } from './directive.types.js';
import { dropRules } from './drop-rules.js';
import type { Paragraph } from './parse-body.js';
import { joinPeriodLines } from './period-lines.js';
import { joinTargetLines } from './target-lines.js';
import { closePart, flush, startWalk } from './requirement-walk.js';
import { taskCards } from './task-cards.js';
import type { Span } from './text-utils.js';
import { readContent } from './walk-content.js';
import { readStructure } from './walk-structure.js';

/**
 * Requirements in document order: each numbered item is one; a numbered item holding dash items
 * gives one per dash item (ref "1.2"); after the numbered items, a paragraph that sets a deadline
 * (the closing "gửi báo cáo ... trước ngày ...") is one more, and the "Đối với ... báo cáo đến ..."
 * items under it are its report routes. Formulas ending in "./." close the body.
 *
 * The walk (requirement-walk.ts) reads each paragraph first for the structure it opens (walk-structure.ts), then as
 * content of the open section or a task of its own (walk-content.ts); a section's requirements are read when it ends
 * (section-requirements.ts, section-items.ts); rules, examples and descriptions are dropped last (drop-rules.ts).
 */
export function parseRequirements(
  paragraphs: Paragraph[],
  year: string | null = null,
): Array<Requirement & { span: Span }> {
  paragraphs = joinTargetLines(joinPeriodLines(paragraphs, year));
  const walk = startWalk(paragraphs, year);
  for (const paragraph of paragraphs) {
    const placement = readStructure(walk, paragraph);
    if (placement) readContent(walk, paragraph, placement);
  }
  flush(walk);
  closePart(walk);
  return taskCards(dropRules(walk.requirements, paragraphs, year), paragraphs, year).flatMap((r) =>
    splitByActor(r, year),
  );
}
