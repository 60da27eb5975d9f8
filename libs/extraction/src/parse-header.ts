import { canonicalTones, clean, fixPlaceNames, fold, isoDate, type Line, type Span } from './text-utils.js';

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
}

const STATE_MOTTO = /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do/;
const PARTY_MOTTO = /dang cong san viet nam/;
const DOC_TYPES = ['Kế hoạch', 'Thông báo', 'Quyết định', 'Chỉ thị', 'Báo cáo', 'Hướng dẫn', 'Tờ trình', 'Giấy mời', 'Nghị quyết', 'Quy định', 'Chương trình', 'Kết luận'];
/** OCR misreads in dates: "OS'" for "05", "l" for "1". */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', Q: '0', D: '0', S: '5', s: '5', I: '1', l: '1', i: '1', B: '8', Z: '2', z: '2' };

function repairDigits(token: string | undefined): string | null {
  if (!token) return null;
  const repaired = [...token.replace(/['’`.,]/g, '')].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
  return /^\d{1,4}$/.test(repaired) ? repaired : null;
}

const spanOf = (line: Line): Span => ({ start: line.start, end: line.end });

/** Issuer, number and symbol, place and date, document type and subject, from the top of the page. */
export function parseHeader(lines: Line[]): Header {
  const header: Header = { system: null, issuer: null, issuerSpan: null, number: null, symbol: null, numberSpan: null, place: null, date: null, dateSpan: null, docType: null, subject: null, subjectSpan: null, bodyStart: 0 };
  const top = lines.slice(0, 25);
  const folded = top.map((l) => fold(l.text));
  const party = folded.findIndex((f) => PARTY_MOTTO.test(f));
  const state = folded.findIndex((f) => STATE_MOTTO.test(f));
  header.system = party >= 0 && (state < 0 || party <= state) ? 'party' : state >= 0 ? 'state' : null;

  readIssuer(top, header, party, state);
  readNumber(top, header);
  readPlaceDate(top, header);
  readSubject(lines, header);
  return header;
}

function readIssuer(top: Line[], header: Header, party: number, state: number): void {
  const upper = (l: Line) => l.text === l.text.toUpperCase() && /\p{Lu}{2}/u.test(l.text);
  let names: Line[] = [];
  if (header.system === 'party') {
    // ĐẢNG CỘNG SẢN VIỆT NAM, [ĐẢNG BỘ ...], ISSUER, "*" — OCR may merge the motto and the parent on one line.
    const mottoLine = top[party];
    const rest = mottoLine.text.replace(/^.*?N\s*A\s*M\s*(?=\S)/u, '');
    const after = top.slice(party + 1).filter((l) => !/^\*/.test(l.text) && !/^số/iu.test(l.text));
    const lead = rest !== mottoLine.text && upper({ ...mottoLine, text: rest }) ? [{ ...mottoLine, text: rest }] : [];
    names = [...lead, ...after].filter((l, i, all) => upper(l) && !/, ngày/u.test(l.text) && all.slice(0, i).every(upper)).slice(0, 2);
  } else {
    const end = state >= 0 ? state : top.findIndex((l) => /^số/iu.test(l.text));
    names = top.slice(0, Math.max(0, end)).filter(upper).slice(0, 3);
  }
  if (names.length === 0) return;
  const texts = names.map((l) => fixPlaceNames(canonicalTones(clean(l.text.replace(/\*/g, '')))));
  const generic = /^(ủy ban nhân dân|hội đồng nhân dân|ban chấp hành|ban thường vụ)$/iu;
  let parent: string | null = null;
  let name: string;
  if (texts.length === 1) name = texts[0];
  else if (generic.test(texts[0])) name = texts.join(' ');
  else [parent, name] = [texts.slice(0, -1).join(' '), texts.at(-1)!];
  header.issuer = { parent, name };
  header.issuerSpan = { start: names[0].start, end: names.at(-1)!.end };
}

function readNumber(top: Line[], header: Header): void {
  for (const line of top) {
    // Party: "Số 1100-CV/HU"; state: "Số: 15/UBND-NV", "Số: /UBND-NV", "Số: 17/2022/NQ-HĐND".
    const party = /^Số\s*:?\s*(\d*)\s*-\s*([A-ZĐ][A-ZĐ0-9]*\/[A-ZĐ][A-ZĐ0-9-]*)/u.exec(line.text);
    const state = /^Số\s*:?\s*(\d*(?:\/\d{4})?)\s*\/\s*([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)/u.exec(line.text);
    const match = party ?? state;
    if (match) {
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
  const types: Record<string, string> = { CV: 'Công văn', KH: 'Kế hoạch', TB: 'Thông báo', QĐ: 'Quyết định', CT: 'Chỉ thị', BC: 'Báo cáo', HD: 'Hướng dẫn', TTr: 'Tờ trình', GM: 'Giấy mời', NQ: 'Nghị quyết', QĐi: 'Quy định', CTr: 'Chương trình', KL: 'Kết luận' };
  return types[code] ?? null;
}

function readPlaceDate(top: Line[], header: Header): void {
  for (const line of top) {
    const match = /(?:^|\*\s*|\s{2,})([\p{L} .'-]{2,40}?),\s*ngày\s+(\S*)\s*tháng\s+(\S+)\s+năm\s+(\S+)/iu.exec(line.text);
    if (!match) continue;
    header.place = fixPlaceNames(clean(match[1].replace(/^\*\s*/, '')));
    const [day, month, year] = [repairDigits(match[2]), repairDigits(match[3]), repairDigits(match[4])];
    header.date = match[2] && !day ? null : isoDate(day, month, year);
    header.dateSpan = spanOf(line);
    return;
  }
}

function readSubject(lines: Line[], header: Header): void {
  const vv = lines.findIndex((l, i) => i < 30 && /^V\/v\b/iu.test(l.text));
  const recipients = lines.findIndex((l) => /^kinh gui/.test(fold(l.text)));
  if (vv >= 0) {
    header.docType ??= 'Công văn';
    const end = recipients > vv ? recipients : Math.min(lines.length, vv + 4);
    const block = lines.slice(vv, end).filter((l) => !/^(số|nơi nhận)/iu.test(l.text));
    header.subject = clean(block.map((l) => l.text).join(' ').replace(/^V\/v\s*/iu, ''));
    header.subjectSpan = { start: block[0].start, end: block.at(-1)!.end };
    header.bodyStart = end;
    return;
  }
  const typeLine = lines.findIndex((l, i) => i < 30 && DOC_TYPES.some((t) => fold(l.text) === fold(t)));
  if (typeLine >= 0) {
    header.docType = DOC_TYPES.find((t) => fold(lines[typeLine].text) === fold(t))!;
    const block: Line[] = [];
    for (const line of lines.slice(typeLine + 1, typeLine + 5)) {
      if (/^(kinh gui|can cu|thuc hien|theo|\d+\.|[ivx]+\.)/.test(fold(line.text)) || /^-{3,}|^_{3,}/.test(line.text)) break;
      block.push(line);
    }
    if (block.length > 0) {
      header.subject = clean(block.map((l) => l.text).join(' ').replace(/^Về\s+/u, (m) => m));
      header.subjectSpan = { start: block[0].start, end: block.at(-1)!.end };
    }
    header.bodyStart = recipients > typeLine ? recipients : typeLine + 1 + block.length;
    return;
  }
  header.bodyStart = recipients >= 0 ? recipients : 0;
}
