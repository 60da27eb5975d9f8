import { findAssignees } from './assignees.js';
import type { Paragraph } from './parse-body.js';
import type { Span } from './text-utils.js';

/**
 * "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án ... ." / "- Chỉ đạo Bệnh viện ... ." / "- Chủ trì, phối hợp với Bộ Tài chính ...":
 * the dash items under a numbered item that is a task opening with its actor go on with that actor's tasks, whatever
 * units the heading above them all carries down. A dash item naming its own actor keeps it.
 */
export function carryParentLeads<R extends { span: Span; text: string; assignees: string[] }>(
  requirements: R[],
  paragraphs: Paragraph[],
): void {
  const at = new Map(requirements.map((r) => [r.span.start, r]));
  let owner: R | undefined;
  let units: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.marker !== '-') {
      owner = paragraph.marker === null ? undefined : at.get(paragraph.span.start);
      units = owner ? findAssignees(owner.text) : [];
      if (owner && !units.every((u) => owner!.assignees.includes(u))) units = [];
      continue;
    }
    const requirement = at.get(paragraph.span.start);
    if (!requirement || units.length === 0 || requirement === owner) continue;
    if (findAssignees(requirement.text).length === 0) requirement.assignees = [...owner!.assignees];
  }
}
