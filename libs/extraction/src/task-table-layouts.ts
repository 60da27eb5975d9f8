/**
 * The rows of a table as a copy lays it out, before any column is read: a web copy's cells one per line run between
 * border lines (`borderRows`), or markdown rows one a line (`pipeRows`). `readRows` (task-tables.ts) reads them.
 */
import { clean, type Line, type Span } from './text-utils.js';

/** A table's cell: its text, and the lines of the prepared text it stands on. */
export interface Cell {
  text: string;
  span: Span;
}

/** A row's number as printed: "1", "1.1", "II", "A", "a", "3." */
export const MARKER = /^(?:[IVXL]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/u;

const cellText = (parts: string[]) => clean(parts.join(' ').replace(/\s+/g, ' '));

/**
 * The rows of the tables a web copy prints one cell per line run, cells parted by lines holding only "|" (blank in the
 * prepared text), a row by two such lines; a row's empty cell is two such lines too, so a row only ends before a cell
 * holding a row number or a header word.
 */
export function borderRows(lines: Line[], raw: string[]): Cell[][][] {
  const tables: Cell[][][] = [];
  let items: Array<Cell | null> = [];
  let parts: string[] = [];
  let partSpan: Span | null = null;
  let sinceBorder = 0;
  const flushTable = () => {
    if (items.length >= 4) tables.push(toRows(items));
    items = [];
  };
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const border = line.length > 0 && line.trim() === '';
    if (border) {
      if (parts.length > 0) items.push({ text: cellText(parts), span: partSpan! });
      else if (sinceBorder === 0 && items.length > 0) items.push(null);
      parts = [];
      partSpan = null;
      sinceBorder = 0;
      continue;
    }
    if (line.trim() === '') continue;
    const at = lines[i];
    parts.push(line.trim());
    partSpan = partSpan ? { start: partSpan.start, end: at.end } : { start: at.start, end: at.end };
    sinceBorder++;
    // A long run of lines without a border is no cell: the table ended.
    if (sinceBorder > 30) {
      parts = [];
      partSpan = null;
      flushTable();
    }
  }
  flushTable();
  return tables;
}

/**
 * Cells and breaks (two borders with nothing between) → rows: a break ends a row; a break that starts one is its empty
 * first cell (a row whose number cell is blank). A row's empty cell in its middle splits it: `readRows` joins the parts.
 */
function toRows(items: Array<Cell | null>): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  items.forEach((item, i) => {
    if (item) row.push(item);
    else if (row.length > 0) {
      rows.push(row);
      row = [];
      // Not before a row's number: "Hằng năm." / "|" / "|" / "|" / "|" / "2" is the row's empty last cells.
    } else if (items[i + 1] && !MARKER.test(items[i + 1]!.text)) row.push({ text: '', span: items[i + 1]!.span });
  });
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * Markdown rows, one a line: "| 1 | Xây dựng kế hoạch ... | Sở Nội vụ | ... |", or without the opening bar as some crawls
 * print them ("1 | Xây dựng kế hoạch ... | Sở Nội vụ |"). A row the prepared text broke at a wide gap between words
 * (padded cells) is joined again up to its closing bar.
 */
export function pipeRows(lines: Line[]): Cell[][][] {
  const tables: Cell[][][] = [];
  let rows: Cell[][] = [];
  const flush = () => {
    if (rows.length >= 2) tables.push(rows);
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text;
    const start = lines[i].start;
    let end = lines[i].end;
    // The prepared text breaks a padded row before its bars ("| 1 | Tổ chức ..." / "| Ban Quản lý ... |") and blanks
    // a bar left alone on its line: the row goes on up to an empty line.
    const barred = /^\|/u.test(text);
    for (let joined = 0; barred && !/\|$/u.test(text) && joined < 8; joined++) {
      const next = lines[i + 1];
      if (!next || next.blankBefore || !/^\|/u.test(next.text)) break;
      text += ` ${next.text}`;
      end = next.end;
      i++;
    }
    const cells = text.replace(/^\|/u, '').replace(/\|$/u, '').split('|');
    if ((!barred && !/\|$/u.test(text)) || cells.length < 3) {
      flush();
      continue;
    }
    if (/^[\s:|-]+$/u.test(text)) continue;
    rows.push(cells.map((cell) => ({ text: clean(cell), span: { start, end } })));
  }
  flush();
  return tables;
}
