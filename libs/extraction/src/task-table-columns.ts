/**
 * The header of a task table: which cells name the task, lead, time and number columns (`columnsOf`), and where a header
 * glued to the row before it starts (`splitAtHeader`).
 */
import type { Cell } from './task-table-layouts.js';

/** The task column: "Nội dung", "Nhiệm vụ", "Nội dung nhiệm vụ", "Tên nhiệm vụ", "Nhiệm vụ, giải pháp", "Công việc". */
export const TASK =
  /^(?:tên\s+)?(?:nội dung|nhiệm vụ|công việc|hoạt động|dự án|đề án)(?:\s*(?:,|\/|và)?\s*(?:nội dung|nhiệm vụ|công việc|hoạt động|dự án|đề án|giải pháp|cụ thể|thực hiện|công tác|chủ yếu|trọng tâm))*$/iu;
/** The lead column: "Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Đơn vị thực hiện", "Cơ quan thực hiện". */
const LEAD = /^(?:(?:cơ quan|đơn vị|bộ phận)\s+)?(?:chủ trì(?: thực hiện)?|thực hiện(?: chính)?)$/iu;
const PARTNER = /^(?:(?:cơ quan|đơn vị|bộ phận)\s+)?phối hợp(?:\s+thực hiện)?$/iu;
/** The time column: "Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện", "Tiến độ". */
const TIME = /^(?:thời gian|thời hạn|tiến độ|hạn)(?:\s|$)/iu;
/** A time column that says by when ("Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời hạn"), not when it runs. */
const COMPLETION = /hoàn thành|^thời hạn$|^hạn\b/iu;
const NUMBER_HEADER = /^(?:stt|tt|số tt|số thứ tự)$/iu;

/** "Cơ quan chủ trì[1]": a header cell without its footnote mark. */
const bare = (text: string) => text.replace(/\s*\[\d{1,2}\]/gu, '').trim();
const headerCell = (cell: string) => {
  const text = bare(cell);
  return TASK.test(text) || LEAD.test(text) || TIME.test(text) || NUMBER_HEADER.test(text) || PARTNER.test(text);
};

export interface Columns {
  number: number;
  task: number;
  lead: number;
  time: number;
  completion: boolean;
  width: number;
}

export function columnsOf(row: Cell[]): Columns | null {
  const find = (test: (t: string) => boolean) => row.findIndex((c) => test(bare(c.text)));
  const task = find((t) => TASK.test(t));
  const lead = find((t) => LEAD.test(t));
  const time = find((t) => TIME.test(t));
  if (task < 0 || (lead < 0 && time < 0)) return null;
  return {
    number: find((t) => NUMBER_HEADER.test(t)),
    task,
    lead,
    time,
    completion: time >= 0 && COMPLETION.test(bare(row[time].text)),
    width: row.length,
  };
}

/** Whether each table's time column says by when (in the order their headers come). */
export function tableCompletions(rows: Cell[][], head: number): boolean[] {
  const flags: boolean[] = [];
  let last: Columns | null = null;
  for (const row of rows.slice(head)) {
    const header = columnsOf(row);
    if (!header) continue;
    if (last && header.number < 0 && last.number >= 0) continue;
    flags.push(header.completion);
    last = header;
  }
  return flags;
}

/**
 * A row that ends with a table's header ("... | Giai đoạn 2026 - 2030" / "PHỤ LỤC II ..." / "STT | Tên dự án, nhiệm vụ |
 * ..."): a web copy parts a title or a paragraph from the header by one border only. The header starts at its first
 * header cell of the run of short cells (up to eight words: "Thuộc nhóm nhiệm vụ, hành động[1]") at the row's end; a "PHỤ LỤC" title before it is neither row's.
 */
export function splitAtHeader(row: Cell[]): Cell[][] {
  let first = row.length;
  while (first > 0 && (headerCell(row[first - 1].text) || bare(row[first - 1].text).split(' ').length <= 8)) first--;
  while (first < row.length && !headerCell(row[first].text)) first++;
  const header = row.slice(first);
  if (first === 0 || header.length < 3 || columnsOf(header) === null) return [row];
  const before = row.slice(0, first).filter((c) => !/^PHỤ LỤC/iu.test(c.text));
  return before.length > 0 ? [before, header] : [header];
}
