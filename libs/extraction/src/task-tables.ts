import type { Deadline, Requirement } from './directive.types.js';
import { splitUnits } from './unit-lists.js';
import { deadlinesOf } from './parse-deadlines.js';
import { beyondOngoing, cellRoutes, continuedRow } from './table-cells.js';
import { columnsOf, splitAtHeader, tableCompletions } from './task-table-columns.js';
import { borderRows, MARKER, pipeRows, type Cell } from './task-table-layouts.js';
import { gazetteRows } from './gazette-tables.js';
import { blockRows } from './block-tables.js';
import { isEveryone } from './general-wording.js';
import { clean, splitLines, type Line, type Span } from './text-utils.js';

/**
 * A table of tasks (a kế hoạch's "PHỤ LỤC ... DANH MỤC NHIỆM VỤ", or a table in the body) with columns such as STT /
 * Nội dung (nhiệm vụ) / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành / Sản phẩm: one requirement per task
 * row (corpus README, "Task tables").
 */
export interface TaskTable {
  /** Offsets in the prepared text of the table's first and last line: these lines are no prose or numbered items. */
  span: Span;
  requirements: Array<Requirement & { span: Span }>;
}

/** A cell that says when a task must be finished though its column gives the period of execution. */
const SAYS_DUE = /hoàn thành|trước|chậm nhất|hạn chót/iu;

/** "Quý IV/2025" → its last day, "Tháng 12/2025" → the month's, "Năm 2026" / "2026" → 31/12/2026, "Hằng năm" → yearly. */
function cellDeadlines(value: string, completion: boolean, year: string | null): Deadline[] {
  value = beyondOngoing(value);
  if (!value) return [];
  if (!completion && !SAYS_DUE.test(value)) return [];
  // "Ban hành trong quý I năm 2026", "Giai đoạn 2026 - 2027", "2026": the quarter, the period's end, the year.
  const text = value
    .replace(/^\d{4}(?:\s*[-–]\s*\d{4})?$/u, 'Năm $&')
    .replace(/\bgiai đoạn(?=\s+\d{4}\s*[-–]\s*\d{4})/giu, 'năm')
    .replace(/\b(tháng|qu[ýí])\s+(\d{1,2}|IV|I{1,3})\s+năm\s+(\d{4})/giu, '$1 $2/$3');
  const deadlines = deadlinesOf(completion ? `Thời gian hoàn thành: ${text}` : text, year);
  return deadlines.filter(
    (d, i) => deadlines.findIndex((e) => e.kind === d.kind && e.date === d.date && e.rrule === d.rrule) === i,
  );
}

/** "Sở Y tế; Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch" → the leads. */
function leads(cell: string): string[] {
  return cell
    .split(/\s*;\s*/u)
    .flatMap((part) => splitUnits(part))
    .map(clean)
    .filter(Boolean);
}

/**
 * The task tables of a prepared text, each with one requirement per task row. `annexFrom` is where the annexes begin
 * (a "PHỤ LỤC" heading or the signature): rows there are "PL." + their number, rows in the body their number.
 */
export function readTaskTables(text: string, annexFrom: number, year: string | null): TaskTable[] {
  const raw = text.split('\n');
  // Lines of the prepared text one to one, blank ones included, with offsets.
  const all: Line[] = [];
  let offset = 0;
  for (const line of raw) {
    all.push({ text: line.trim(), start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const tables: TaskTable[] = [];
  for (const rows of [...borderRows(all, raw), ...pipeRows(splitLines(text)), ...blockRows(all, raw)]) {
    const table = readRows(rows, annexFrom, year);
    if (table) tables.push(table);
  }
  // A gazette table without borders, where no other layout was read (a web copy's bordered cells also stand one a line).
  for (const rows of gazetteRows(all)) {
    const table = readRows(rows, annexFrom, year);
    const overlaps = (t: TaskTable) => table && t.span.start <= table.span.end && table.span.start <= t.span.end;
    if (table && !tables.some(overlaps)) tables.push(table);
  }
  return tables.sort((a, b) => a.span.start - b.span.start);
}

export function readRows(rows: Cell[][], annexFrom: number, year: string | null): TaskTable | null {
  rows = rows.flatMap(splitAtHeader);
  const head = rows.findIndex((row) => columnsOf(row) !== null);
  if (head < 0) return null;
  let columns = columnsOf(rows[head])!;
  // Section rows ("A | PHÁT TRIỂN NỀN MÓNG ...", "II | Phát triển hạ tầng") over the task rows.
  let letter: string | null = null;
  let roman: string | null = null;
  let end = rows[head].at(-1)!.span.end;
  let table = 0;
  interface Found {
    table: number;
    marker: string;
    path: string;
    group: number;
    first: Cell;
    last: Cell;
    task: string;
    lead: string;
    time: string;
    continued?: boolean;
  }
  const found: Found[] = [];
  let group = 0;
  for (let r = head + 1; r < rows.length; r++) {
    let row = rows[r];
    const header = columnsOf(row);
    if (header) {
      // A table printed after this one, or its header printed again on a part ("Nội dung | Đơn vị thực hiện | ...").
      if (!(header.number < 0 && columns.number >= 0))
        [columns, letter, roman, table] = [header, null, null, table + 1];
      end = row.at(-1)!.span.end;
      continue;
    }
    const numbered = MARKER.test(row[0].text) || row[0].text === '';
    // A row's empty cell split it: "1 | task | Sở X" / "2026" is one row "1 | task | Sở X | | 2026".
    while (numbered && row.length < columns.width && rows[r + 1] && !MARKER.test(rows[r + 1][0].text)) {
      const next = rows[r + 1];
      if (row.length + 1 + next.length > columns.width || columnsOf(next)) break;
      row = [...row, { text: '', span: row.at(-1)!.span }, ...next];
      r++;
    }
    const previous = found.at(-1);
    if (!numbered) {
      // A row under a merged lead cell ("1 | Bộ Nông nghiệp và Môi trường | ... | task | ... | time" / "task | ... | time"):
      // its cells are the last ones of the header's; the lead is the row's above.
      const offset = columns.width - row.length;
      if (!previous || previous.table !== table) continue;
      if (offset <= 0 || columns.task < offset) {
        // Or a second task of the row above with its own lead, the other cells spanning both: same ref, same time.
        const next = continuedRow(row, columns);
        if (next) found.push({ ...previous, ...next, first: row[0], last: row.at(-1)!, continued: true });
        if (next) end = row.at(-1)!.span.end;
        continue;
      }
      const at = (i: number) => (i < offset ? null : row[i - offset].text);
      const task = at(columns.task)!;
      if (!task) continue;
      found.push({
        ...previous,
        task,
        first: row[0],
        last: row.at(-1)!,
        lead: at(columns.lead) ?? previous.lead,
        time: (columns.time >= 0 ? at(columns.time) : null) ?? previous.time,
      });
      end = row.at(-1)!.span.end;
      continue;
    }
    const marker = row[0].text.replace(/[.)]$/u, '');
    // A header without its STT cell ("Nội dung | Đơn vị thực hiện | ...") over rows that print their number.
    const shift = columns.number < 0 && row.length === columns.width + 1 ? 1 : 0;
    // "... | Hàng năm |" / "Các đơn vị báo cáo ... ./." / "|" / "Nơi nhận: ...": the paragraph after the table's last row
    // is parted from it by one border; cells past the header's are no longer the table's.
    const past = row.length > columns.width + 1;
    if (past) row = row.slice(0, columns.width + shift);
    const at = (i: number) => (i < 0 ? '' : (row[i + shift]?.text ?? ''));
    const task = at(columns.task);
    end = row.at(-1)!.span.end;
    if (row.length <= 2 || !task || (columns.lead >= 0 && !at(columns.lead) && !at(columns.time))) {
      if (/^[IVXL]+$/u.test(marker)) roman = marker;
      else if (/^[A-ZĐ]$/u.test(marker)) [letter, roman] = [marker, null];
      continue;
    }
    const path = [letter, /^\d+$/u.test(marker) || !marker ? roman : null, marker].filter((m) => !!m).join('.');
    found.push({
      table,
      marker,
      path,
      group: ++group,
      first: row[0],
      last: row.at(-1)!,
      task,
      lead: at(columns.lead),
      time: at(columns.time),
    });
    if (past) break;
  }
  // Rows print their number as it is ("PL.3") unless the numbering restarts under each part: then the part's too
  // ("PL.II.2", "PL.B.1.1"); rows under one merged lead cell are numbered under its row ("PL.A.1.1", "PL.A.1.2").
  const restarts = new Set(found.map((f) => `${f.table}:${f.marker}`)).size < new Set(found.map((f) => f.group)).size;
  const completions = tableCompletions(rows, head);
  const requirements = found.map((f) => {
    const members = found.filter((g) => g.group === f.group && !g.continued);
    const base = restarts || !f.marker ? f.path : f.marker;
    const ref = members.length > 1 && !f.continued ? `${base}.${members.indexOf(f) + 1}` : base;
    return {
      ref: `${f.first.span.start >= annexFrom ? 'PL.' : ''}${ref}`,
      text: f.task,
      deadlines: cellDeadlines(f.time, completions[f.table] ?? false, year),
      // "Các Bộ, ngành, địa phương" in a lead cell: everyone, in general words (corpus README, wave 21); a group beside it stays.
      assignees: leads(f.lead).filter((unit) => !isEveryone([unit])),
      reportTo: cellRoutes(f.time),
      span: { start: f.first.span.start, end: f.last.span.end },
    };
  });
  if (requirements.length === 0) return null;
  return { span: { start: rows[head][0].span.start, end }, requirements };
}

/** Where the annexes begin: the first "PHỤ LỤC" heading, else the closing. */
export function annexStart(lines: Line[], closing: number): number {
  const heading = lines.find((l) => /^PHỤ LỤC(?:\s+[IVX\d]{1,5})?\.?$|^Phụ lục(?:\s+[IVX\d]{1,5})?\.?$/u.test(l.text));
  return Math.min(heading?.start ?? Infinity, closing);
}
