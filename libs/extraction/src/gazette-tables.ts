/**
 * A task table as the Official Gazette's PDF-to-text prints it (the Phụ lục of Nghị quyết 100/NQ-CP, dev
 * cp-2026-04-nq-chuongtrinh-ct49-phichinhphu): no borders, each cell's words wrapped one short line after another, a row's
 * number alone on its line ("1. "), then its task cell in the wide column's lines, then the narrow cells (lead, partners,
 * product, completion) in column order; a row cut by a page break goes on with its task lines after the other cells. The
 * header's words ("TT" / "Tên nhiệm vụ" / "Cơ quan" / "chủ trì" / ... / "Thời" / "hạn" / "hoàn thành") say which cells
 * there are. `readRows` (task-tables.ts) reads the rows given here.
 */
import type { Cell } from './task-table-layouts.js';
import type { Line, Span } from './text-utils.js';

/** A row's number alone on its line: "1.", "I.", "2.3". */
const ROW_NUMBER = /^(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3}){0,2})\.?$/u;
/** The header's column names, in the words the gazette prints. */
const COLUMNS: Array<[string, RegExp]> = [
  ['number', /^(?:STT|TT|Số TT)$/iu],
  ['task', /^(?:(?:Tên|Nội dung)\s+)?(?:nhiệm vụ|nội dung|công việc)(?:,?\s+giải pháp)?$/iu],
  ['lead', /^(?:Cơ quan|Đơn vị)\s+chủ trì$/iu],
  ['partner', /^(?:Cơ quan|Đơn vị)\s+phối hợp$/iu],
  ['time', /^(?:Thời hạn|Thời gian)(?:\s+(?:hoàn thành|thực hiện))?$|^Tiến độ$/iu],
  ['note', /^Ghi chú$/iu],
  ['product', /^(?:Kết quả|Sản phẩm|Dự kiến sản phẩm)(?:\s*\/\s*\p{L}+(?:\s+\p{L}+)?)?$/iu],
];
/** The first word of a unit in a lead or partner cell. */
const UNIT_START =
  /^(?:Bộ|Các|Ủy ban|Uỷ ban|UBND|Văn phòng|Thanh tra|Ngân hàng|Tòa án|Viện|Kiểm toán|Đài|Thông tấn|Mặt trận|Ban|Hội|Tổng|Cơ quan|Tập đoàn|Liên minh|Học viện|Bảo hiểm|Sở|Cục|Trung ương)(?![\p{L}\d])/u;
/** Where a completion cell begins: "Năm 2026 – 2030", "Quý II/2026", "Thực hiện thường xuyên.", "2026 - 2030". */
const TIME_START =
  /(?:^|\s)(?=(?:Năm|Quý|Tháng)\s+[\dIVX]|Trước\s|Trong\s+(?:năm|quý|tháng)\s|H[àằ]ng\s+năm|Thường\s+xuyên|Thực\s+hiện\s+thường\s+xuyên|Từ\s+năm|Theo\s+lộ\s+trình|\d{4}\s*[-–]\s*\d{4}|\d{4}\.?\s*$)/u;

/** The header: its column names in order and the line after it, or null. */
function header(lines: Line[], at: number): { names: string[]; texts: string[]; next: number } | null {
  if (!COLUMNS[0][1].test(lines[at].text)) return null;
  const names = ['number'];
  const texts = [lines[at].text];
  let words = '';
  for (let i = at + 1; i < lines.length && i < at + 30; i++) {
    const text = lines[i].text;
    if (ROW_NUMBER.test(text))
      return names.includes('task') && names.includes('lead') ? { names, texts, next: i } : null;
    if (!text) continue;
    words = words ? `${words} ${text}` : text;
    const column = COLUMNS.find(([, test]) => test.test(words));
    // "Thời" / "hạn" / "hoàn thành": a time column's name goes on with what it says.
    const more = column?.[0] === 'time' && /^(?:hoàn thành|thực hiện)$/iu.test(lines[i + 1]?.text ?? '');
    if (more) words = `${words} ${lines[++i].text}`;
    if (column) [names[names.length], texts[texts.length], words] = [column[0], words, ''];
    else if (words.split(' ').length > 5) words = text;
  }
  return null;
}

const cell = (lines: Line[]): Cell => ({
  text: lines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim(),
  span: { start: lines[0]?.start ?? 0, end: lines.at(-1)?.end ?? 0 },
});

/** The leading units of the narrow cells: up to a unit named without a comma before it ("Bộ Ngoại giao Các Bộ, ..."). */
function leadOf(rest: string): string {
  if (!UNIT_START.test(rest)) return '';
  const words = rest.split(' ');
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1];
    if (/[,(]$/u.test(before) || /^(?:Bộ|Ủy|Uỷ|Ban|Sở|Cục|Tổng|Hội|Viện|[Cc]ác)$/u.test(before)) continue;
    if (UNIT_START.test(words.slice(i).join(' ')) && !/^(?:Ban|Hội|Cục|Tổng)$/u.test(words[i]))
      return words.slice(0, i).join(' ');
    if (!UNIT_START.test(words.slice(i).join(' ')) && /^\p{Lu}/u.test(words[i]) && /[.;]$/u.test(before))
      return words.slice(0, i).join(' ');
  }
  return rest;
}

/** The rows of the gazette's borderless task tables, a header row first, as `readRows` reads them. */
export function gazetteRows(lines: Line[]): Cell[][][] {
  const tables: Cell[][][] = [];
  for (let at = 0; at < lines.length; at++) {
    const head = header(lines, at);
    if (!head) continue;
    const width = Math.max(...lines.slice(head.next, head.next + 400).map((l) => l.text.length));
    const wide = (l: Line) => l.text.length > width * 0.55;
    const rows: Cell[][] = [head.texts.map((text) => ({ text, span: spanOf(lines[at]) }))];
    let i = head.next;
    while (i < lines.length && ROW_NUMBER.test(lines[i].text)) {
      const marker = lines[i];
      let end = i + 1;
      while (
        end < lines.length &&
        !ROW_NUMBER.test(lines[end].text) &&
        !/^(?:PHỤ LỤC|Phụ lục)\b/u.test(lines[end].text)
      )
        end++;
      const body = lines.slice(i + 1, end);
      // The task cell: its wide lines and the short line closing them; again after a page break (a blank line).
      const task: Line[] = [];
      const rest: Line[] = [];
      let inTask = true;
      for (const [k, line] of body.entries()) {
        if (!line.text) {
          const next = body.slice(k + 1).find((l) => l.text);
          inTask = next ? wide(next) : false;
          continue;
        }
        if (inTask && (task.length === 0 || wide(line) || (wide(task.at(-1)!) && !UNIT_START.test(line.text)))) {
          task.push(line);
          if (!wide(line) && task.length > 1) inTask = false;
          continue;
        }
        inTask = false;
        rest.push(line);
      }
      if (task.length === 0) break;
      const others = cell(rest);
      const number: Cell = { text: marker.text.replace(/\s+$/u, ''), span: spanOf(marker) };
      if (rest.length === 0) rows.push([number, cell(task)]);
      else {
        const lead = leadOf(others.text);
        const timeAt = others.text.slice(lead.length).search(TIME_START);
        const time = timeAt < 0 ? '' : others.text.slice(lead.length + timeAt).trim();
        const cells: Record<string, string> = { task: cell(task).text, lead, time };
        rows.push(
          head.names.map((name) =>
            name === 'number'
              ? number
              : { text: cells[name] ?? '', span: { start: number.span.start, end: others.span.end } },
          ),
        );
      }
      i = end;
    }
    if (rows.length > 2) tables.push(rows);
    at = i;
  }
  return tables;
}

const spanOf = (line: Line): Span => ({ start: line.start, end: line.end });
