import { numberToVietnameseWords } from './number-words.js';
import type { DirectiveCitation, DocumentSystem, ReplySigner, SignerAuthority } from './reply-document-model.js';

/** Non-breaking spaces left for a day or number the clerk writes by hand. */
export const BLANK = '\u00a0'.repeat(8);

interface IsoParts {
  year: number;
  month: number | null;
  day: number | null;
}

function parseIsoDate(iso: string): IsoParts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(iso.trim());
  if (!match) throw new RangeError(`Not an ISO date: "${iso}"`);
  const [, year, month, day] = match;
  const parts = { year: Number(year), month: month ? Number(month) : null, day: day ? Number(day) : null };
  if (
    (parts.month !== null && (parts.month < 1 || parts.month > 12)) ||
    (parts.day !== null && (parts.day < 1 || parts.day > 31))
  ) {
    throw new RangeError(`Not an ISO date: "${iso}"`);
  }
  return parts;
}

/** Numbers under 10 get a leading zero (ngày 05, Số 05, 03 tháng/lần). */
export function padNumber(value: number | string): string {
  const text = String(value).trim();
  return /^\d$/.test(text) ? `0${text}` : text;
}

/** Months 1 and 2 get a leading zero, others do not (NĐ 30 Phụ lục I: "tháng 01", "tháng 8"). */
function formatMonth(month: number): string {
  return month <= 2 ? padNumber(month) : String(month);
}

/** '2024-08-05' → "ngày 05 tháng 8 năm 2024"; '2024-01' → "ngày ⎵ tháng 01 năm 2024" (day left blank). */
export function formatVietnameseDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dayText = day === null ? BLANK : padNumber(day);
  const monthText = month === null ? BLANK : formatMonth(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/** Dates inside sentences: '2024-07-31' → "31/7/2024", '2024-01-12' → "12/01/2024". */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  if (month === null) return String(year);
  const monthYear = `${formatMonth(month)}/${year}`;
  return day === null ? monthYear : `${padNumber(day)}/${monthYear}`;
}

/** "Mỹ Đức, ngày 05 tháng 8 năm 2024"; an unknown place is left blank for the author. */
export function formatPlaceAndDate(place: string, iso: string): string {
  return `${place.trim() || BLANK}, ${formatVietnameseDate(iso)}`;
}

/** State "Số: 12/BC-UBND", party "Số 12-BC/HU"; a null number leaves a blank to fill in. */
export function formatNumberLine(system: DocumentSystem, number: string | number | null, symbol: string): string {
  const numberText = number === null || String(number).trim() === '' ? BLANK : padNumber(number);
  return system === 'party' ? `Số ${numberText}-${symbol}` : `Số: ${numberText}/${symbol}`;
}

/** "4135-CV/BTCTU" (a party symbol has a slash), "3347/UBND-NV" (a state symbol has none). */
export function formatNumberAndSymbol(number: string | number | null, symbol: string | null): string {
  const numberText = number === null || String(number).trim() === '' ? BLANK : padNumber(number);
  if (!symbol) return numberText;
  return symbol.includes('/') ? `${numberText}-${symbol}` : `${numberText}/${symbol}`;
}

/** "ngày" before a whole date; a document whose day was left blank is "tháng 01/2024", one with only its year "năm 2024". */
function datedBy(iso: string): string {
  const { month, day } = parseIsoDate(iso);
  return day !== null ? 'ngày' : month !== null ? 'tháng' : 'năm';
}

/** "Công văn số 4135-CV/BTCTU ngày 31/7/2024 của Ban Tổ chức Thành ủy về việc ...". */
export function formatDocumentReference(citation: DirectiveCitation, options: { withSubject?: boolean } = {}): string {
  const parts = [`${citation.kind} số ${formatNumberAndSymbol(citation.number, citation.symbol)}`];
  if (citation.date) parts.push(`${datedBy(citation.date)} ${formatShortDate(citation.date)}`);
  if (citation.issuer) parts.push(`của ${citation.issuer}`);
  if (options.withSubject !== false && citation.subject) parts.push(`về việc ${citation.subject}`);
  return parts.join(' ');
}

/** "Thực hiện Công văn số 4135-CV/BTCTU ngày 31/7/2024 của Ban Tổ chức Thành ủy về việc ..." (no end punctuation). */
export function formatCitationLine(citation: DirectiveCitation, lead = 'Thực hiện'): string {
  return `${lead} ${formatDocumentReference(citation)}`;
}

const PARTY_FORMS: Record<string, SignerAuthority> = { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L' };
const STATE_FORMS: Record<string, SignerAuthority> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' };

/** The signing form as the system writes it: state "TM."/"KT."/"TL.", party "T/M"/"K/T"/"T/L". */
export function authorityFor(system: DocumentSystem, authority: SignerAuthority): SignerAuthority {
  if (authority === null) return null;
  const forms = system === 'party' ? PARTY_FORMS : STATE_FORMS;
  return forms[authority] ?? authority;
}

export interface SignerLines {
  /** Upper-case lines above the signature: quyền hạn first, then chức vụ. */
  lines: Array<{ text: string; role: 'authority' | 'title' }>;
  name: string;
}

/**
 * The lines of the signer block, e.g. TM. → ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
 * TM. with a deputy → ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
 * KT. → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; no authority → ["CHỦ TỊCH"].
 */
export function signerLines(system: DocumentSystem, signer: ReplySigner, collectiveWithoutKT = false): SignerLines {
  const authority = authorityFor(system, signer.authority);
  const deputy = signer.deputyTitle?.trim() || null;
  const lines: SignerLines['lines'] = [];
  if (authority === 'TM.' || authority === 'T/M') {
    lines.push({ text: `${authority} ${signer.body ?? signer.title}`, role: 'authority' });
    // HD 05: a committee is collective, so a deputy signs "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" (no K/T).
    if (deputy && collectiveWithoutKT) lines.push({ text: deputy, role: 'title' });
    else if (deputy)
      lines.push(
        { text: `${authorityFor(system, 'KT.')} ${signer.title}`, role: 'authority' },
        { text: deputy, role: 'title' },
      );
    else if (signer.body) lines.push({ text: signer.title, role: 'title' });
  } else if (authority) {
    lines.push({ text: `${authority} ${signer.title}`, role: 'authority' });
    if (deputy) lines.push({ text: deputy, role: 'title' });
  } else {
    lines.push({ text: signer.title, role: 'title' });
  }
  return { lines, name: signer.name };
}

/** "05 (năm)": a count written in digits then in words, as reports do. */
export function formatCount(value: number): string {
  return `${padNumber(value)} (${numberToVietnameseWords(value)})`;
}
