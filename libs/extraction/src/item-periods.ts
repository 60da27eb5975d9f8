import type { Deadline } from './directive.types.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { PERIOD, strip } from './requirement-patterns.js';

/** The time lines of a heading's items: those each item has of its own, and those left for every item. */
export interface ItemPeriods {
  /** An item's deadlines from the time line printed under it. */
  own: Map<Paragraph, Deadline[]>;
  /** The labels that bound every item (the period printed once, after the last item). */
  shared: Paragraph[];
}

/**
 * "- Xây dựng kế hoạch ..." / "Thời gian hoàn thành: tháng 12/2025." / "- Tổ chức tập huấn ..." / "Thời gian thực hiện: từ
 * tháng 12/2025 đến quý I/2026.": a time line printed between two items is the item's above it (a completion's date,
 * the end of an execution window), and so is the last item's once the items have lines of their own. A time line that
 * follows only the last item ("- ..." / "- ..." / "* Thời gian thực hiện: ...") is the period of them all.
 */
export function itemPeriods(items: Paragraph[], labels: Paragraph[], year: string | null): ItemPeriods {
  const own = new Map<Paragraph, Deadline[]>();
  // "- Thời gian thực hiện: Thường xuyên." under one item is its own line too, with no deadline.
  const timed = labels.filter((l) => PERIOD.test(strip(l.text)));
  // The item a line is printed under: the last one that starts before it.
  const under = (label: Paragraph) => items.filter((item) => item.span.start < label.span.start).at(-1);
  const between = timed.filter((l) => {
    const item = under(l);
    return item !== undefined && item !== items.at(-1);
  });
  if (between.length === 0) return { own, shared: labels };
  const mine = new Set<Paragraph>();
  for (const label of timed) {
    const item = under(label);
    if (!item) continue;
    own.set(item, [...(own.get(item) ?? []), ...timeLine(label.text, year)]);
    mine.add(label);
  }
  return { own, shared: labels.filter((l) => !mine.has(l)) };
}

/**
 * "Thời gian hoàn thành: tháng 12/2025.", "* Thời gian thực hiện: từ tháng 12/2025 đến quý I/2026.": the deadlines of a
 * time line printed on its own under an item; none for any other line.
 */
export function timeLine(text: string, year: string | null): Deadline[] {
  const line = strip(text);
  return PERIOD.test(line) ? deadlinesOf(line, year) : [];
}
