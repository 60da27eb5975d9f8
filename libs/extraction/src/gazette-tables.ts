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
/**
 * Where a completion cell begins: "Năm 2026 – 2030", "Quý II/2026", "Thực hiện thường xuyên.", "2026 - 2030", "Đến năm
 * 2030", "Giai đoạn 2026 - 2030", "6/2026".
 */
const TIME_START =
  /(?:^|\s)(?=(?:Năm|Quý|Tháng)\s+[\dIVX]|Trước\s|Trong\s+(?:năm|quý|tháng)\s|Đến\s+(?:hết\s+)?năm\s|Giai\s+đoạn\s+\d|H[àằ]ng\s+năm|Thường\s+xuyên|Thực\s+hiện\s+thường\s+xuyên|Từ\s+năm|Theo\s+lộ\s+trình|\d{4}\s*[-–]\s*\d{4}|\d{1,2}\s*\/\s*\d{4}\.?\s*$|\d{4}\.?\s*$)/u;

/** The header: its column names in order and the line after it, or null. */
function header(lines: Line[], at: number): { names: string[]; texts: string[]; next: number } | null {
  if (at >= lines.length || !COLUMNS[0][1].test(lines[at].text)) return null;
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

/**
 * The completion cell, the last narrow cell: in the first band that holds its start ("... Quyết định của Thủ tướng Chính
 * phủ kiện toàn Ủy 2026" / "Việt Nam theo hướng thống nhất, ..." / "công tác về các tổ chức ...", dev
 * cp-2026-04-nq-chuongtrinh-ct49-phichinhphu PL.VI.1), up to that band's end.
 */
function timeCell(bands: string[]): string {
  for (const band of bands) {
    const at = band.search(TIME_START);
    if (at >= 0) return band.slice(at).trim();
  }
  return '';
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
      // The header printed again at the top of the next page ends the row; the rows go on after it.
      const again = (at: number) => header(lines, at) !== null;
      while (
        end < lines.length &&
        !ROW_NUMBER.test(lines[end].text) &&
        !/^(?:PHỤ LỤC|Phụ lục)\b/u.test(lines[end].text) &&
        !again(end)
      )
        end++;
      const body = lines.slice(i + 1, end);
      // The task cell: its wide lines and the short line closing them; again after a page break (a blank line).
      // A row the PDF prints in bands (the task cell's first lines, every narrow cell's first lines, then the task cell's
      // next lines and the narrow cells' next ones): a wide line after the narrow cells goes on with the task.
      const task: Line[] = [];
      const bands: Line[][] = [[]];
      let inTask = true;
      for (const [k, line] of body.entries()) {
        if (!line.text) {
          const next = body.slice(k + 1).find((l) => l.text);
          inTask = next ? wide(next) : false;
          continue;
        }
        if (!inTask && task.length > 0 && wide(line) && bands.at(-1)!.length > 0) {
          inTask = true;
          bands.push([]);
        }
        if (inTask && (task.length === 0 || wide(line) || (wide(task.at(-1)!) && !UNIT_START.test(line.text)))) {
          task.push(line);
          if (!wide(line) && task.length > 1) inTask = false;
          continue;
        }
        inTask = false;
        bands.at(-1)!.push(line);
      }
      if (task.length === 0) break;
      const rest = bands.flat();
      const others = cell(rest);
      const number: Cell = { text: marker.text.replace(/\s+$/u, ''), span: spanOf(marker) };
      if (rest.length === 0) rows.push([number, cell(task)]);
      else {
        // "TT | Tên nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | ...": a completion cell before the lead cell opens
        // the narrow cells, up to the first unit.
        const narrow = head.names.filter((name) => name !== 'number' && name !== 'task');
        const timeFirst = narrow.includes('time') && narrow.indexOf('time') < narrow.indexOf('lead');
        const words = others.text.split(' ');
        const unitAt = timeFirst ? words.findIndex((_, w) => UNIT_START.test(words.slice(w).join(' '))) : 0;
        const first = timeFirst && unitAt > 0 ? words.slice(0, unitAt).join(' ') : '';
        const lead = leadOf(timeFirst ? words.slice(Math.max(unitAt, 0)).join(' ') : others.text);
        const time = timeFirst
          ? first
          : timeCell(bands.map((band, b) => cell(band).text.slice(b === 0 ? lead.length : 0)));
        const cells: Record<string, string> = { task: cell(task).text, lead, time };
        rows.push(
          head.names.map((name) =>
            name === 'number'
              ? number
              : { text: cells[name] ?? '', span: { start: number.span.start, end: others.span.end } },
          ),
        );
      }
      const next = header(lines, end);
      i = next ? next.next : end;
    }
    if (rows.length > 2) tables.push(rows);
    at = i;
  }
  return tables;
}

const spanOf = (line: Line): Span => ({ start: line.start, end: line.end });
