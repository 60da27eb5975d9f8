import { foldAccents } from '@congvan/common';

/** A document code cited in a text: "Công văn số 1100-CV/HU ngày 05/8/2024 của Huyện ủy Mỹ Đức". */
export interface Citation {
  number: string;
  symbol: string;
  /** YYYY-MM-DD when the citation gives the day. */
  date: string | null;
  /** "của …" as written. */
  issuer: string | null;
  start: number;
  end: number;
}

const KIND =
  '(?:[Cc]ông văn|CÔNG VĂN|[Kk]ế hoạch|[Cc]hỉ thị|[Qq]uyết định|[Hh]ướng dẫn|[Tt]hông báo|[Nn]ghị quyết|[Vv]ăn bản|[Bb]áo cáo|[Tt]ờ trình|[Tt]hông tri|[Qq]uy định|CV)';
const CODE = '(\\d{1,5})\\s*([-/])\\s*([A-ZĐ][A-ZĐ0-9]*(?:\\s*[-/]\\s*[A-ZĐ][A-ZĐ0-9]*)*)';
const DATE = '(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))?';
const ISSUER = '(?:\\s+của\\s+([^\\n,.;:()“”"]+?)(?=\\s+(?:về|v/v|V/v|và|đã|tại)\\s|[\\n,.;:()“”"]|$))?';
const CITATION = new RegExp(`${KIND}\\s+(?:số\\s*:?\\s*)?${CODE}${DATE}${ISSUER}`, 'gu');

/** Every code cited after a document kind; a document's own "Số …" line is not a citation. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const [, number, , symbolRaw, d, mo, y, issuer] = m;
    let date: string | null = null;
    if (d && mo && y) {
      const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
      const check = new Date(`${iso}T00:00:00Z`);
      date = Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
    }
    found.push({
      number,
      symbol: normaliseSymbol(symbolRaw),
      date,
      issuer: issuer?.trim() || null,
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return found;
}

export function normaliseSymbol(symbol: string): string {
  return symbol.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/**
 * A key to compare names of bodies: accents folded, the usual abbreviations unified (UBND, BTV,
 * GDĐT, MTTQ), "Đoàn huyện" read as "Huyện đoàn", punctuation dropped.
 */
export function bodyKey(name: string): string {
  return foldAccents(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:bch|ban chap hanh)\s+/g, '')
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/\bban thuong vu\b/g, 'btv')
    .replace(/\bgiao duc\s*(?:va|-|&|–)\s*dao tao\b|\bgd\s*&\s*dt\b|\bgd-dt\b/g, 'gddt')
    .replace(/\bmat tran to quoc(?: viet nam)?\b/g, 'mttq')
    .replace(/\bdoan tncs ho chi minh\s*/g, '')
    .replace(/\bdoan huyen\b/g, 'huyen doan')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `line` names the body whose keys are `keys` (its name, aliases, the offices it reports
 * through). A key followed by another place ("Huyện ủy Ứng Hòa" against "Huyện ủy Mỹ Đức") does
 * not count.
 */
export function namesBody(line: string, keys: string[], fullKey: string): boolean {
  const l = bodyKey(line);
  if (!l) return false;
  for (const k of keys) {
    if (!k) continue;
    if (l === k) return true;
    const at = ` ${l} `.indexOf(` ${k} `);
    if (at >= 0) {
      const rest = l.slice(at + k.length).trim();
      if (!rest || ` ${fullKey} `.includes(` ${rest} `)) return true;
    }
    if (l.split(' ').length >= 2 && ` ${k} `.includes(` ${l} `)) return true;
  }
  return false;
}

/** Where the document's head ends and its opening paragraph: the first line of 100+ characters. */
export function splitHead(text: string): { head: string; opening: string; openingStart: number } {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length >= 100 && !/^\s*(?:Kính gửi|Căn cứ|-)/.test(line)) {
      const sentence = /^[\s\S]*?(?:\.\s+(?=[A-ZĐÀ-Ỹ])|:\s*$|$)/u.exec(line)?.[0] ?? line;
      return { head: text.slice(0, offset), opening: sentence, openingStart: offset };
    }
    offset += line.length + 1;
  }
  return { head: text, opening: '', openingStart: text.length };
}

const HEADER_NOISE = /^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI|Độc lập|\*|CỔNG THÔNG TIN)/iu;
const PLACE_LINE = /^(?:PHƯỜNG|XÃ|THỊ TRẤN|QUẬN|HUYỆN|THỊ XÃ|THÀNH PHỐ)\s/u;

/**
 * The issuing body as printed at the top left (the line just above "Số …"), and the line above it
 * (its parent). "ỦY BAN NHÂN DÂN / PHƯỜNG CÁT LINH" is read as one name.
 */
export function printedSender(text: string): { name: string; parent: string | null } | null {
  const lines: string[] = [];
  for (const raw of text.split('\n').slice(0, 12)) {
    const line = raw.trim();
    if (/^Số(?:\s|:|$)/u.test(line) || /ngày\s+\d/u.test(line)) break;
    // OCR reads the Party asterisk as ">z", "*", "%": a name has at least four letters.
    if (line && !HEADER_NOISE.test(line) && (line.match(/\p{L}/gu)?.length ?? 0) >= 4) lines.push(line);
  }
  if (lines.length === 0) return null;
  let name = lines[lines.length - 1];
  let parentIndex = lines.length - 2;
  if (PLACE_LINE.test(name) && parentIndex >= 0) {
    name = `${lines[parentIndex]} ${name}`;
    parentIndex -= 1;
  }
  return { name, parent: parentIndex >= 0 ? lines[parentIndex] : null };
}

const STARTS_BLOCK =
  /^\s*(?:-|\+|•|\d+[.)]|[IVX]+\.|[a-zđ]\)|Kính gửi|Nơi nhận|T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|Số(?:\s|:)|Thực hiện|Căn cứ|Triển khai|Phúc đáp|Trả lời|Theo |Trong |Ngày |Sau khi|Qua |Nhằm|Để )/u;

/**
 * Joins the lines a PDF text layer or OCR wrapped inside a paragraph, by turning those newlines into
 * spaces (offsets stay those of the input). A line is continued when it is long, ends without
 * punctuation, is not the "Kính gửi" line, and the next line does not start a block of its own.
 */
export function reflow(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1].trim();
    const next = lines[i];
    const join =
      prev.length >= 50 &&
      !/[.:;!?]$/u.test(prev) &&
      !/^Kính gửi/u.test(prev) &&
      next.trim() !== '' &&
      !STARTS_BLOCK.test(next) &&
      next.trim() !== next.trim().toUpperCase();
    out += (join ? ' ' : '\n') + next;
  }
  return out;
}
