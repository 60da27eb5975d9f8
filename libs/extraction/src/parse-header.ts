import { foldAccents, canonicaliseTones } from '@congvan/common';
import { clean, fixPlaceNames, isoDate, type Line, type Span } from './text-utils.js';

export interface Header {
  system: 'state' | 'party' | null;
  issuer: { parent: string | null; name: string } | null;
  issuerSpan: Span | null;
  number: string | null;
  symbol: string | null;
  numberSpan: Span | null;
  place: string | null;
  date: string | null;
  dateSpan: Span | null;
  docType: string | null;
  subject: string | null;
  subjectSpan: Span | null;
  /** Index of the first line after the header (the Kính gửi line or the first body line). */
  bodyStart: number;
  /** Header lines, wherever they stand: a scan read column by column puts the right column after the left. */
  consumed: Set<number>;
}

const STATE_MOTTO = /cong hoa xa hoi chu nghia|doc lap\s*[-–]\s*tu do/;
const PARTY_MOTTO = /dang cong s[a-z]{1,3}n viet nam/;
const DOC_TYPES = [
  'Kế hoạch',
  'Thông báo',
  'Quyết định',
  'Chỉ thị',
  'Báo cáo',
  'Hướng dẫn',
  'Tờ trình',
  'Giấy mời',
  'Nghị quyết',
  'Quy định',
  'Chương trình',
  'Kết luận',
];
/** OCR misreads in dates: "OS'" for "05", "l" for "1". */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  Q: '0',
  D: '0',
  S: '5',
  s: '5',
  I: '1',
  l: '1',
  i: '1',
  B: '8',
  Z: '2',
  z: '2',
};

function repairDigits(token: string | undefined): string | null {
  if (!token) return null;
  const repaired = [...token.replace(/['’`.,]/g, '')].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
  return /^\d{1,4}$/.test(repaired) ? repaired : null;
}

const spanOf = (line: Line): Span => ({ start: line.start, end: line.end });

/** Issuer, number and symbol, place and date, document type and subject, from the top of the page. */
export function parseHeader(lines: Line[]): Header {
  const header: Header = {
    system: null,
    issuer: null,
    issuerSpan: null,
    number: null,
    symbol: null,
    numberSpan: null,
    place: null,
    date: null,
    dateSpan: null,
    docType: null,
    subject: null,
    subjectSpan: null,
    bodyStart: 0,
    consumed: new Set(),
  };
  const top = lines.slice(0, 25);
  const folded = top.map((l) => foldAccents(l.text));
  const party = folded.findIndex((f) => PARTY_MOTTO.test(f));
  const state = folded.findIndex((f) => STATE_MOTTO.test(f));
  header.system = party >= 0 && (state < 0 || party <= state) ? 'party' : state >= 0 ? 'state' : null;
  folded.forEach((f, i) => {
    if (
      PARTY_MOTTO.test(f) ||
      STATE_MOTTO.test(f) ||
      /^(viet nam|hanh phuc)$/.test(f.trim()) ||
      /^\*+$/.test(top[i].text)
    )
      header.consumed.add(i);
  });

  readNumber(top, header);
  readIssuer(top, header, party);
  readPlaceDate(top, header);
  readSubject(lines, header);
  return header;
}

function readIssuer(top: Line[], header: Header, party: number): void {
  const upper = (text: string) => text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
  const numberLine = top.findIndex((l) => /^số/iu.test(l.text));
  const end = numberLine >= 0 ? numberLine : top.length;
  // The issuer is the upper-case block above "Số", mottos aside. OCR may glue the Party motto and
  // the parent body on one line ("ĐẢNG CỘNG SẢN VIỆT NAMĐẢNG BỘ ..."): keep what follows the motto.
  const candidates: Array<{ line: Line; index: number; text: string }> = [];
  top.slice(0, end).forEach((line, index) => {
    let text = line.text.replace(/\*/g, '').trim();
    if (index === party) text = text.replace(/^.*?N\s*A\s*M\s*/u, '');
    else if (header.consumed.has(index)) return;
    if (text && upper(text) && !/, ngày/u.test(text)) candidates.push({ line, index, text });
  });
  const names = candidates.slice(header.system === 'party' ? -2 : -3);
  if (names.length === 0) return;
  names.forEach((n) => header.consumed.add(n.index));
  const texts = names.map((n) => fixPlaceNames(canonicaliseTones(clean(n.text))));
  const generic = /^(ủy ban nhân dân|hội đồng nhân dân|ban chấp hành|ban thường vụ)$/iu;
  let parent: string | null = null;
  let name: string;
  if (texts.length === 1) name = texts[0];
  // "ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / SỞ Y TẾ": the generic body and its place are the parent.
  else if (generic.test(texts[0]) && texts.length > 2) [parent, name] = [texts.slice(0, -1).join(' '), texts.at(-1)!];
  else if (generic.test(texts[0])) name = texts.join(' ');
  else [parent, name] = [texts.slice(0, -1).join(' '), texts.at(-1)!];
  header.issuer = { parent, name };
  header.issuerSpan = { start: names[0].line.start, end: names.at(-1)!.line.end };
}

function readNumber(top: Line[], header: Header): void {
  for (const line of top) {
    // Party: "Số 1100-CV/HU"; state: "Số: 15/UBND-NV", "Số: /UBND-NV", "Số: 17/2022/NQ-HĐND".
    const party = /^Số\s*:?\s*(\d*)\s*-\s*([A-ZĐ][A-ZĐ0-9]*\/[A-ZĐ][A-ZĐ0-9-]*)/u.exec(line.text);
    const state = /^Số\s*:?\s*(\d*(?:\/\d{4})?)\s*\/\s*([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)/u.exec(line.text);
    const match = party ?? state;
    if (match) {
      header.consumed.add(top.indexOf(line));
      header.number = match[1] || null;
      header.symbol = match[2];
      header.numberSpan = spanOf(line);
      if (!header.docType) header.docType = typeFromSymbol(match[2], party ? 'party' : 'state');
      return;
    }
  }
}

/** "KH-UBND" → Kế hoạch; "CV/HU" and plain "UBND-NV" → Công văn. */
function typeFromSymbol(symbol: string, system: 'party' | 'state'): string | null {
  const code = system === 'party' ? symbol.split('/')[0] : symbol.split('-')[0];
  const types: Record<string, string> = {
    CV: 'Công văn',
    KH: 'Kế hoạch',
    TB: 'Thông báo',
    QĐ: 'Quyết định',
    CT: 'Chỉ thị',
    BC: 'Báo cáo',
    HD: 'Hướng dẫn',
    TTr: 'Tờ trình',
    GM: 'Giấy mời',
    NQ: 'Nghị quyết',
    QĐi: 'Quy định',
    CTr: 'Chương trình',
    KL: 'Kết luận',
  };
  return types[code] ?? null;
}

function readPlaceDate(top: Line[], header: Header): void {
  for (const line of top) {
    // "Mỹ Đức, ngày 05 tháng 8 năm 2024"; OCR may read "tháng" as "thúng".
    const match =
      /(?:^|\*\s*|\s{2,})([\p{L} .'-]{2,40}?),\s*ngày\s+(\S*)\s*th\p{L}{1,2}ng\s+(\S+)\s+n\p{L}m\s+(\S+)/iu.exec(
        line.text,
      );
    if (!match) continue;
    header.consumed.add(top.indexOf(line));
    header.place = fixPlaceNames(clean(match[1].replace(/^\*\s*/, '')));
    const [day, month, year] = [repairDigits(match[2]), repairDigits(match[3]), repairDigits(match[4])];
    header.date = match[2] && !day ? null : isoDate(day, month, year);
    header.dateSpan = spanOf(line);
    return;
  }
}

function readSubject(lines: Line[], header: Header): void {
  const vv = lines.findIndex((l, i) => i < 30 && /^V\/v(\s|$)/iu.test(l.text));
  const recipients = lines.findIndex((l) => /^kinh gui/.test(foldAccents(l.text)));
  // A subject runs until the next header part or the "Kính gửi" line.
  const collect = (from: number, max: number) => {
    const block: number[] = [];
    for (let i = from; i < Math.min(lines.length, from + max); i++) {
      if (
        header.consumed.has(i) ||
        /^(kinh gui|can cu|thuc hien|theo |noi nhan|\d+\.|[ivx]+\.)/.test(foldAccents(lines[i].text)) ||
        /^[-_]{3,}/.test(lines[i].text)
      )
        break;
      // The body's first sentence ("Ngày 09/5/2025, ... kết luận như sau:") is not part of a subject.
      if (
        i > from &&
        (/^ngay \d/.test(foldAccents(lines[i].text)) || /:$/.test(lines[i].text) || /\.\s+\p{Lu}/u.test(lines[i].text))
      )
        break;
      block.push(i);
    }
    return block;
  };
  if (vv >= 0) {
    header.docType ??= 'Công văn';
    const block = collect(vv, 5);
    block.forEach((i) => header.consumed.add(i));
    header.subject = clean(
      block
        .map((i) => lines[i].text)
        .join(' ')
        .replace(/^V\/v\s*/iu, ''),
    );
    header.subjectSpan = { start: lines[block[0]].start, end: lines[block.at(-1)!].end };
    header.bodyStart = recipients > vv ? recipients : block.at(-1)! + 1;
    return;
  }
  const typeLine = lines.findIndex((l, i) => i < 30 && DOC_TYPES.some((t) => foldAccents(l.text) === foldAccents(t)));
  if (typeLine >= 0) {
    header.docType = DOC_TYPES.find((t) => foldAccents(lines[typeLine].text) === foldAccents(t))!;
    header.consumed.add(typeLine);
    const block = collect(typeLine + 1, 4);
    block.forEach((i) => header.consumed.add(i));
    if (block.length > 0) {
      header.subject = clean(block.map((i) => lines[i].text).join(' '));
      header.subjectSpan = { start: lines[block[0]].start, end: lines[block.at(-1)!].end };
    }
    header.bodyStart = recipients > typeLine ? recipients : typeLine + 1 + block.length;
    return;
  }
  header.bodyStart = recipients >= 0 ? recipients : 0;
}
