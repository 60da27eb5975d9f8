/**
 * A task table as the Official Gazette's PDF-to-text prints it (the Phụ lục of Nghị quyết 100/NQ-CP, dev
 * cp-2026-04-nq-chuongtrinh-ct49-phichinhphu): no borders, each cell's words wrapped one short line after another, a row's
 * number alone on its line ("1. "), then its task cell in the wide column's lines, then the narrow cells (lead, partners,
 * product, completion) in column order; a row cut by a page break goes on with its task lines after the other cells. The
 * header's words ("TT" / "Tên nhiệm vụ" / "Cơ quan" / "chủ trì" / ... / "Thời" / "hạn" / "hoàn thành") say which cells
 * there are. `readRows` (task-tables.ts) reads the rows given here.
 */
import { TASK } from './task-table-columns.js';
import type { Cell } from './task-table-layouts.js';
import type { Line, Span } from './text-utils.js';

/** A row's number alone on its line: "1.", "I.", "2.3", a part's letter "A.". */
const ROW_NUMBER = /^(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3}){0,2})\.?$|^[A-ZĐ]\.$/u;
/**
 * A row's number printed on the first line of its task cell: "1. Tổ chức tập huấn ...", "2 Xây dựng ...", "II. NHIỆM VỤ
 * ...": the number, then a capital.
 */
const ROW_OPENING = /^((?:[IVXL]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3}){0,2})\.|\d{1,3})\s+(?=\p{Lu})(\S.*)$/u;
/** A page's running head or foot in the gazette: "12 CÔNG BÁO/Số 242/Ngày 22-04-2026", "CÔNG BÁO/Số 281 ... 79". */
const PAGE_LINE = /^(?:\d{1,4}\s+)?CÔNG BÁO\s*\/\s*Số\b|^CÔNG BÁO\b.*\d$/u;

const rowOpening = (text: string) => ROW_OPENING.exec(text);

/** The lines with a page's running head blanked and a row's number printed before its task on a line of its own. */
function rowLines(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    if (PAGE_LINE.test(line.text)) return [{ ...line, text: '' }];
    const opening = rowOpening(line.text);
    if (!opening) return [line];
    const at = line.start + line.text.indexOf(opening[2]);
    return [
      { text: opening[1], start: line.start, end: line.start + opening[1].length },
      { text: opening[2], start: at, end: line.end },
    ];
  });
}
/** The header's column names, in the words the gazette prints. */
const COLUMNS: Array<[string, RegExp]> = [
  ['number', /^(?:STT|TT|Số TT)$/iu],
  ['task', TASK],
  ['lead', /^(?:(?:Cơ quan|Đơn vị)\s+)?chủ trì(?:\s+thực hiện)?$|^(?:Cơ quan|Đơn vị)\s+thực hiện(?:\s+chính)?$/iu],
  ['partner', /^(?:(?:Cơ quan|Đơn vị)\s+)?phối hợp(?:\s+thực hiện)?$/iu],
  ['time', /^(?:Thời hạn|Thời gian)(?:\s+dự kiến)?(?:\s+(?:hoàn thành|thực hiện))?$|^Tiến độ(?:\s+thực hiện)?$/iu],
  ['note', /^Ghi chú$|^Nguồn kinh phí$|^Cấp trình$/iu],
  ['product', /^(?:Kết quả|Sản phẩm|Dự kiến sản phẩm)(?:\s+(?:dự kiến|đầu ra))?(?:\s*\/\s*\p{L}+(?:\s+\p{L}+)?)?$/iu],
];
/** The first word of a unit in a lead or partner cell. */
const UNIT_START =
  /^(?:Bộ|Các|Ủy ban|Uỷ ban|UBND|Văn phòng|Thanh tra|Ngân hàng|Tòa án|Viện|Kiểm toán|Đài|Thông tấn|Mặt trận|Ban|Hội|Tổng|Cơ quan|Tập đoàn|Liên minh|Học viện|Bảo hiểm|Sở|Cục|Trung ương)(?![\p{L}\d])/u;
/**
 * Where a completion cell begins: "Năm 2026 – 2030", "Quý II/2026", "Thực hiện thường xuyên.", "2026 - 2030", "Đến năm
 * 2030", "Giai đoạn 2026 - 2030", "6/2026".
 */
const TIME_START =
  /(?:^|\s)(?=(?:Năm|Qu[ýí]|Tháng)\s+[\dIVX]|Trước\s|Trong\s+(?:năm|quý|tháng)\s|Đến\s+(?:hết\s+)?năm\s|Giai\s+đoạn\s+\d|H[àằ]ng\s+năm|Thường\s+xuyên|Thực\s+hiện\s+thường\s+xuyên|Từ\s+năm|Theo\s+lộ\s+trình|\d{4}\s*[-–]\s*\d{4}|\d{1,2}\s*\/\s*\d{4}\.?\s*$|\d{4}\.?\s*$)/u;

/** A column name ending the words read so far: "giá Thời hạn hoàn thành" ends with the time column's name. */
function columnAtEnd(words: string): [string, string] | null {
  const parts = words.split(' ');
  for (let k = Math.max(0, parts.length - 6); k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    const column = COLUMNS.find(([, test]) => test.test(tail));
    if (column) return [column[0], tail];
  }
  return null;
}

/** The header: its column names in order and the line after it, or null. */
function header(lines: Line[], at: number): { names: string[]; texts: string[]; next: number } | null {
  if (at >= lines.length || !COLUMNS[0][1].test(lines[at].text)) return null;
  const names = ['number'];
  const texts = [lines[at].text];
  let words = '';
  for (let i = at + 1; i < lines.length && i < at + 30; i++) {
    const text = lines[i].text;
    if (ROW_NUMBER.test(text) || rowOpening(text))
      return names.includes('task') && names.includes('lead') ? { names, texts, next: i } : null;
    if (!text) continue;
    words = words ? `${words} ${text}` : text;
    const found = columnAtEnd(words);
    if (!found) {
      if (words.split(' ').length > 8) words = text;
      continue;
    }
    // "Kết quả/Đánh" / "giá", "Thời gian" / "dự kiến" / "hoàn" / "thành": a name goes on over the next line or two
    // while it still names that column.
    let [name, named] = found;
    for (let more = true; more;) {
      more = false;
      for (const take of [1, 2]) {
        const next = lines.slice(i + 1, i + 1 + take).map((l) => l.text);
        if (next.length < take || next.some((t) => !t || ROW_NUMBER.test(t))) break;
        const longer = columnAtEnd(`${named} ${next.join(' ')}`);
        if (!longer || longer[0] !== name || longer[1] !== `${named} ${next.join(' ')}`) continue;
        [name, named, more] = [longer[0], longer[1], true];
        i += take;
        break;
      }
    }
    [names[names.length], texts[texts.length], words] = [name, named, ''];
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
    // "Sở Kế hoạch và Đầu tư Quý IV/2026": the completion cell after a lead cell with no partner cell between.
    if (words.slice(i).join(' ').search(TIME_START) === 0) return words.slice(0, i).join(' ');
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

/** A word a completion cell is written in: "Quý", "IV/2026", "Năm", "2026", "Thường", "Hằng", "Trước", "Đến". */
const TIME_WORD =
  /^(?:Năm|Qu[ýí]|Tháng|Trước|Trong|Đến|Giai|H[àằ]ng|Thường|Thực|Từ|Theo|Chậm|Ngày|Cuối|Đầu|[IVX]+\b.*|\d.*)$/u;

/**
 * The completion cell when other cells follow it ("... | Thời hạn hoàn thành | Kết quả dự kiến"): up to the first
 * capitalised word no completion cell is written in ("Quý IV/2025 Luật Quy hoạch, ..." → "Quý IV/2025").
 */
function timeOnly(text: string): string {
  const words = text.split(' ');
  const end = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !TIME_WORD.test(w));
  return end < 0 ? text : words.slice(0, end).join(' ');
}

/** The rows of the gazette's borderless task tables, a header row first, as `readRows` reads them. */
export function gazetteRows(printed: Line[]): Cell[][][] {
  const tables: Cell[][][] = [];
  const lines = rowLines(printed);
  for (let at = 0; at < lines.length; at++) {
    const head = header(lines, at);
    if (!head) continue;
    // The task column's width: the longest line of the first rows (not of the prose after a short table).
    let [sample, lastRow] = [head.next, head.next];
    for (let rowsSeen = 0; sample < lines.length && sample < head.next + 400 && rowsSeen <= 4; sample++)
      if (ROW_NUMBER.test(lines[sample].text)) [rowsSeen, lastRow] = [rowsSeen + 1, sample];
    const width = Math.max(...lines.slice(head.next, lastRow > head.next ? lastRow : sample).map((l) => l.text.length));
    // A line much wider than the task column is the prose after the table.
    const prose = (l: Line) => l.text.length > Math.max(width * 1.3, 64);
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
        !prose(lines[end]) &&
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
        // "TT | Tên nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | ..." or "... | Sản phẩm | Cơ quan chủ trì | ...": a
        // cell before the lead cell opens the narrow cells, up to the first unit.
        const narrow = head.names.filter((name) => name !== 'number' && name !== 'task');
        const later = narrow.indexOf('lead') > 0;
        const timeFirst = narrow.includes('time') && narrow.indexOf('time') < narrow.indexOf('lead');
        const words = others.text.split(' ');
        const unitAt = later ? words.findIndex((_, w) => UNIT_START.test(words.slice(w).join(' '))) : 0;
        const first = later && unitAt > 0 ? words.slice(0, unitAt).join(' ') : '';
        const lead = leadOf(later ? words.slice(Math.max(unitAt, 0)).join(' ') : others.text);
        const skip = (first ? first.length + 1 : 0) + lead.length;
        const time = timeFirst
          ? first.slice(Math.max(0, first.search(TIME_START))).trim()
          : timeCell(bands.map((band, b) => cell(band).text.slice(b === 0 ? skip : 0)));
        const last = head.names.indexOf('time') === head.names.length - 1;
        const cells: Record<string, string> = { task: cell(task).text, lead, time: last ? time : timeOnly(time) };
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
