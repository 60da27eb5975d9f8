import { findAssignees } from './assignees.js';
import type { Requirement } from './directive.types.js';
import { UNIT_SUBJECT } from './directing-sentences.js';
import type { Span } from './text-utils.js';

/** A line that opens with a marker of its own ("- ", "+ ", "a) ", "3.2. ", "| "): a new item, not a paragraph going on. */
const MARKED = /^\s*(?:\*\*)?\s*(?:[-–+•|]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})[.)])\s?/u;

/**
 * A numbered item printed in two paragraphs, the second going on with the same unit's work without naming an actor:
 * "**5. Sở Công Thương**" / "Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch." / "Tăng cường quản lý,
 * thanh tra, kiểm tra, tuyên truyền về thương mại điện tử, ..." (Kế hoạch 144/KH-UBND Bắc Ninh, VI.5), "**21.** Các cơ
 * sở đào tạo đại học ... mở thêm chuyên ngành ..." / "Phối hợp với các Viện nghiên cứu, phát triển các công nghệ mới
 * ..." (Kế hoạch 179/KH-UBND Đồng Nai, VI.21): one leaf item, one requirement with both paragraphs. A paragraph that
 * names an actor ("Hội, hiệp hội xã hội nghề nghiệp chủ động, ...", "Sau khi ..., Bộ Tài chính khẩn trương báo cáo
 * ...") is a requirement of its own; so is each paragraph of an item that goes on over three or more (the corpus gold of
 * btgdvtw-2025-11-huongdan-bantin-chibo IV.2 lists them one by one), and each row of a task table.
 */
export function joinContinuations<T extends Requirement & { span: Span }>(
  requirements: T[],
  text: string,
  inTable: (start: number) => boolean,
): T[] {
  const joined: T[] = [];
  requirements.forEach((r, i) => {
    const previous = joined.at(-1);
    const before = requirements[i - 1];
    const after = requirements[i + 1];
    const continues =
      previous !== undefined &&
      previous === before &&
      previous.ref === r.ref &&
      r.span.start > previous.span.end &&
      !inTable(r.span.start) &&
      requirements[i - 2]?.ref !== r.ref &&
      after?.ref !== r.ref &&
      !MARKED.test(text.slice(r.span.start, r.span.start + 12)) &&
      sameUnits(previous.assignees, r.assignees) &&
      !UNIT_SUBJECT.test(r.text) &&
      findAssignees(r.text).length === 0 &&
      !/[:;]\s*$/u.test(previous.text);
    if (!continues) {
      joined.push(r);
      return;
    }
    joined[joined.length - 1] = {
      ...previous,
      text: `${previous.text.replace(/[.\s]+$/u, '')}. ${r.text}`,
      deadlines: [...previous.deadlines, ...r.deadlines],
      reportTo: [...previous.reportTo, ...r.reportTo],
      span: { start: previous.span.start, end: r.span.end },
    };
  });
  return joined;
}

const sameUnits = (a: string[], b: string[]) => a.length === b.length && a.every((unit, i) => unit === b[i]);
