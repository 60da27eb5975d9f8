import { foldAccents } from '@congvan/common';
import { readAdoptionDate } from './header-adoption.js';
import { readIssuer } from './header-issuer.js';
import { readSubject } from './header-subject.js';
import { typeFromSymbol } from './header-types.js';
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
/** The Youth Union prints its name where the Party prints the motto (36/ĐTN, dev vinhuni-doan-2019-04): a Party-system letter. */
const YOUTH_MOTTO = /^doan (?:tncs|thanh nien cong san) ho chi minh$/;
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
  const youth = folded.findIndex((f) => YOUTH_MOTTO.test(f.trim()));
  header.system =
    party >= 0 && (state < 0 || party <= state) ? 'party' : state >= 0 ? 'state' : youth >= 0 ? 'party' : null;
  folded.forEach((f, i) => {
    // ("Thực hiện Điều lệ Đảng Cộng sản Việt Nam ...": a body sentence under a short header names the Party too.)
    if (top[i].text.length > 100 && /\p{Ll}{2,}\s\p{Ll}{2,}/u.test(top[i].text)) return;
    if (
      PARTY_MOTTO.test(f) ||
      STATE_MOTTO.test(f) ||
      (i === youth && state < 0) ||
      /^(viet nam|hanh phuc|chu nghia viet nam|cong hoa xa hoi)$/.test(f.trim()) ||
      /^\*+$/.test(top[i].text)
    )
      header.consumed.add(i);
  });

  readNumber(top, header);
  readPlaceDate(top, header);
  if (!header.date) readAdoptionDate(lines, header);
  readIssuer(top, header, party);
  readSubject(lines, header);
  return header;
}

function readNumber(top: Line[], header: Header): void {
  for (const line of top) {
    // Party: "Số 1100-CV/HU", "Số 03-TTr/ĐU" (TTr, CTr: tờ trình, chương trình); state: "Số: 15/UBND-NV", "Số: /UBND-NV", "Số: 17/2022/NQ-HĐND".
    // Spaces and en dashes around the parts ("215 - CV/BDVTU", "4144 /GDĐT – VP", "SGDĐT –GDTrH") are dropped.
    // The Standing Committee names its genre before the number: "Nghị quyết số: 17/2022/UBTVQH15" (with the colon only).
    const text = line.text.replace(/^Nghị quyết số(?=\s*:)/u, 'Số');
    const party =
      // "Số      -/ĐU": number and type code left blank for the clerk.
      /^Số\s*:?\s*(\d*)\s*[-–]\s*((?:\p{Lu}[\p{Lu}\d]*(?:Tr)?)?\s*\/\s*\p{Lu}[\p{Lu}\d]*(?:\s*[-–]\s*\p{Lu}[\p{L}\d]*)*)/u.exec(
        text,
      );
    const state =
      // "1631/TTg-KGVX": the Prime Minister's "TTg" has a lower-case letter.
      /^Số\s*:?\s*(\d*(?:\.\d{1,3})?(?:\s*\/\s*\d{4})?)\s*\/\s*(\p{Lu}[\p{Lu}\d&]*(?:g\b)?(?:\s*[-–]\s*\p{Lu}[\p{L}\d&]*)*)/u.exec(
        text,
      );
    const match = party ?? state;
    if (match) {
      header.consumed.add(top.indexOf(line));
      header.number = match[1].replace(/\s+/g, '') || null;
      header.symbol = match[2].replace(/\s+/g, '').replace(/–/g, '-');
      header.numberSpan = spanOf(line);
      if (!header.docType) header.docType = typeFromSymbol(header.symbol, party ? 'party' : 'state');
      return;
    }
  }
}

/** "Mỹ Đức, ngày 05 tháng 8 năm 2024", "Quận 9, ngày ..."; OCR may read "tháng" as "thúng". */
const PLACE_DATE =
  /(?:^|\*\s*|\s{2,})([\p{L} .'-]{2,40}?(?:\s\d{1,2})?),\s*ngày\s+(\S*)\s*th\p{L}{1,2}ng\s*(\d\S*|\S+)\s+n\p{L}m\s+(\S+)/iu;

function readPlaceDate(top: Line[], header: Header): void {
  for (const [index, line] of top.entries()) {
    let match = PLACE_DATE.exec(line.text);
    // A page that wraps the italic date cell: "*Hà Nội, ngày 26 tháng 11" / "năm 2025*" (the year on the next
    // line; a place begun on the line above is joined in prepareText).
    const next = top[index + 1];
    if (!match && next && /,\s*ngày\s/u.test(line.text) && !/,\s*ngày\s/u.test(next.text)) {
      match = PLACE_DATE.exec(`${line.text} ${next.text}`);
      if (match) header.consumed.add(index + 1);
    }
    if (!match) continue;
    header.consumed.add(index);
    header.place = fixPlaceNames(clean(match[1].replace(/^\*\s*/, '')));
    const [day, month, year] = [repairDigits(match[2]), repairDigits(match[3]), repairDigits(match[4])];
    // "ngày ….. tháng 12 năm 2021": the day left blank for the clerk gives the month.
    const blankDay = /^[.…_]*$/u.test(match[2]);
    header.date = match[2] && !day && !blankDay ? null : isoDate(day || null, month, year);
    header.dateSpan = spanOf(line);
    return;
  }
}
