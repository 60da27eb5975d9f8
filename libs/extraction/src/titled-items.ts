import { itemPeriods } from './item-periods.js';
import { headingUnits } from './lead-in-units.js';
import { deadlinesOf } from './parse-deadlines.js';
import type { Task } from './plan-tasks.js';
import type { Found } from './prose-requirements.js';
import { PERIOD, strip } from './requirement-patterns.js';
import { itemRequirements } from './section-items.js';

/**
 * "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo" → "Sở Tài chính"; "1.3. Các cơ quan tham mưu quản lý ngành,
 * lĩnh vực (gồm các Sở: Xây dựng, ...)" → the group as named: the units a titled sub-item names as its owner. The role
 * after " - " and an aside that lists members are no part of the name.
 */
export function titleUnits(text: string): string[] {
  const title = strip(text)
    .replace(/\s+[-–]\s+(?:Cơ quan|Đơn vị|Thường trực|Cơ quan thường trực)\s[^:]*?(:?)\s*$/u, '$1')
    .replace(/\s*\((?:gồm|bao gồm)[^)]*\)\s*(:?)\s*$/u, '$1');
  const units = headingUnits(title);
  if (units.length > 0) return units;
  // "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:": the group whose duties follow, as written.
  const owner = /^(?:Trách nhiệm|Nhiệm vụ) của\s+(\p{Ll}[^.;:()]{2,80}?)\s*(?:\([^)]*\))?\s*:?\s*$/u.exec(title);
  return owner ? [owner[1]] : [];
}

/**
 * A plan's titled sub-item over dash tasks, each with the time line printed under it ("1.4. Ủy ban nhân dân các phường,
 * xã, đặc khu" / "- Thành lập Ban Chỉ đạo ..." / "Thời gian hoàn thành: Trước ngày 15/11/2025." / "- Xây dựng, ban hành kế
 * hoạch ..." / "Thời gian hoàn thành: ..."), or naming who does them ("1.1. Trưởng Ban Chỉ đạo" / "- Phụ trách chung
 * ..."): read as a heading's items — one requirement per dash task with its own time line, done by the unit the title
 * names unless a task names its own, "+" lines under a dash lead-in numbered under it. Null for any other task (labelled
 * lines that name a lead, a body of paragraphs, "(1)" sub-items), which taskRequirements reads.
 */
export function titledItems(task: Task, year: string | null): Found[] | null {
  if (task.actions.length === 0 || task.subs.length > 0 || (task.body?.length ?? 0) > 0) return null;
  if (!task.labels.every((l) => PERIOD.test(strip(l.text)))) return null;
  const lines = [...task.labels, ...(task.open ?? [])].sort((a, b) => a.span.start - b.span.start);
  const periods = itemPeriods(task.actions, lines, year);
  const units = titleUnits(task.head.text);
  if (periods.own.size === 0 && units.length === 0) return null;
  const bound = periods.shared.flatMap((p) => deadlinesOf(strip(p.text), year));
  return itemRequirements({
    ref: task.ref,
    items: task.actions,
    labels: task.labels,
    plain: [],
    scope: false,
    year,
    bound,
    itemUnits: units,
    itemPeriods: periods.own,
  });
}
