/**
 * A task table a web copy flattened to one cell per paragraph: no bars, no borders, every cell (its lines joined) parted
 * from the next by an empty line — "STT" / "" / "Nhiệm vụ" / "" / "Cơ quan chủ trì" / "" / ... / "1" / "" / "Rà soát ..."
 * / "" / "Phòng Nội vụ" / "" / ... . The header's cells say how many cells a row has; a row starts at a cell holding only
 * its number. `readRows` (task-tables.ts) reads the rows given here.
 */
import { columnsOf } from './task-table-columns.js';
import { MARKER, type Cell } from './task-table-layouts.js';
import type { Line } from './text-utils.js';

/** A header cell is a short name: "STT", "Nhiệm vụ", "Thời gian hoàn thành", "Kết quả/sản phẩm". */
const SHORT = (text: string) => text.split(' ').length <= 6 && !/[.;:]$/u.test(text);
const NUMBER_HEADER = /^(?:STT|TT|Số TT|Số thứ tự)$/iu;

/** The paragraphs of the lines: runs of non-empty lines, joined. `raw` tells an empty line from a border ("|"). */
function blocks(lines: Line[], raw: string[]): Array<Cell | null> {
  const found: Array<Cell | null> = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length > 0)
      found.push({
        text: run.map((l) => l.text).join(' '),
        span: { start: run[0].start, end: run.at(-1)!.end },
      });
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.text) return void run.push(line);
    flush();
    // A bar line blanked by the prepared text is a bordered table's (`borderRows`): no block table runs across it.
    if (raw[i].length > 0) found.push(null);
  });
  flush();
  return found;
}

/** The rows of every block table of the lines, a header row first. */
export function blockRows(lines: Line[], raw: string[]): Cell[][][] {
  const cells = blocks(lines, raw);
  const tables: Cell[][][] = [];
  for (let at = 0; at < cells.length; at++) {
    if (!cells[at] || !NUMBER_HEADER.test(cells[at]!.text)) continue;
    let end = at + 1;
    while (end < cells.length && cells[end] && SHORT(cells[end]!.text) && !MARKER.test(cells[end]!.text)) end++;
    const header = cells.slice(at, end) as Cell[];
    const columns = columnsOf(header);
    if (!columns || header.length < 3) continue;
    const rows: Cell[][] = [header];
    let row: Cell[] = [];
    let i = end;
    for (; i < cells.length && cells[i]; i++) {
      const cell = cells[i]!;
      if (MARKER.test(cell.text) && (row.length === 0 || row.length >= 2)) {
        if (row.length > 0) rows.push(row);
        row = [cell];
        continue;
      }
      // The paragraph after the last row: past the header's width the table has ended.
      if (row.length === 0 || row.length >= header.length) break;
      row.push(cell);
    }
    if (row.length > 0) rows.push(row);
    // A table, not a numbered list that happens to follow a short line: most rows fill the header's width.
    const full = rows.slice(1).filter((r) => r.length === header.length).length;
    if (full >= 2 && full >= (rows.length - 1) / 2) tables.push(rows);
    at = i - 1;
  }
  return tables;
}
