/**
 * The signer block under a directive's body (parse-closing.ts finds it): the authority (TM., KT., T/M, ...), the body
 * it signs for, the signer's title and name, and the line tests the closing shares with it.
 */
import { canonicaliseTones } from '@congvan/common';
import type { Signer } from './directive.types.js';
import { clean, type Line } from './text-utils.js';

/** TM., KT., TL., TUQ., Q. (state) and T/M, K/T, T/L (Party), tolerant of OCR ("TYM", "T.M"). */
export const AUTHORITY = /^(TM\.?|KT\.?|TL\.?|TUQ\.|Q\.|T\/M|K\/T|T\/L|T[YV\\.]M\.?|K[YV.]T\.?)\s+(\p{Lu}.*)$/u;
const AUTHORITY_CANONICAL: Record<string, string> = {
  TYM: 'T/M',
  TVM: 'T/M',
  'T.M': 'T/M',
  'T\\M': 'T/M',
  KYT: 'K/T',
  // "KT BỘ TRƯỞNG, CHỦ NHIỆM VPCP": the dot left out.
  KT: 'KT.',
  TM: 'TM.',
  TL: 'TL.',
  'K.T': 'K/T',
};

/**
 * The signer from its lines, the authority line first when there is one. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ
 * TỊCH / PHÓ CHỦ TỊCH": the title is the first line that is no authority; "KT. BỘ TRƯỞNG / CHỦ NHIỆM VP
 * CHÍNH PHỦ / PHÓ CHỦ NHIỆM": a body broken over lines, the title last.
 */
export function readSigner(lines: Line[], withAuthority: boolean): Signer {
  const authority = withAuthority ? AUTHORITY.exec(lines[0].text) : null;
  // The name under the title; after an upper-case line when there is one (the first such, not a name in an appendix).
  const firstUpper = lines.findIndex((l) => isUpper(l.text));
  const names = lines.map((l) => nameOf(l.text));
  const nameAt = names.findIndex((n, i) => n !== null && i > firstUpper);
  let name = nameAt >= 0 ? names[nameAt] : ([...names].reverse().find((n) => n !== null) ?? null);
  // A name the page broke after its family name: "**Phạm" / "Mạnh Cường**".
  const family = nameAt > 0 ? lines[nameAt - 1].text.replace(/\*/g, '').trim() : '';
  if (name && /^\p{Lu}\p{Ll}+$/u.test(family) && name.split(/\s+/u).length <= 3) name = `${family} ${name}`;
  // The block ends with the name: capitals after it head an appendix or a form ("ĐỊA CHỈ: ....").
  const upperLines = lines
    .slice(authority ? 1 : 0, nameAt >= 0 ? nameAt : lines.length)
    .filter((l) => isUpper(l.text) && !AUTHORITY.test(l.text));
  const titleAt = upperLines.length > 1 && TITLE_START.test(upperLines.at(-1)!.text) ? upperLines.length - 1 : 0;
  let bodyText = authority ? [authority[2], ...upperLines.slice(0, titleAt).map((l) => l.text)].join(' ') : null;
  let title: string | null = upperLines[titleAt]?.text ?? null;
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG" on one line: the title is where a deputy's
  // "PHÓ ..." or another title begins after the body.
  // "TL. TỔNG CỤC TRƯỞNG" / "KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG": a double delegation flattened; the body is the
  // first authority's, the title the signer's own office at the end of the last.
  const inner = lines
    .slice(1, nameAt >= 0 ? nameAt : lines.length)
    .map((l) => AUTHORITY.exec(l.text))
    .filter((m) => m !== null)
    .at(-1);
  if (authority && upperLines.length === 0 && inner) {
    const cut = titleIn(inner[2]);
    title = cut > 0 ? inner[2].slice(cut).trim() : null;
  } else if (authority && upperLines.length === 0) {
    const cut = titleIn(authority[2]);
    if (cut > 0) [bodyText, title] = [authority[2].slice(0, cut).trim(), authority[2].slice(cut).trim()];
  }
  // "TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN" (dev chq-2025-11-traloi-thue-dncx-giacong):
  // a double delegation whose second authority wraps onto the title's line; the title is the signer's own office, where
  // it starts in the second authority's line joined with the lines under it (samples/corpus/README.md, "Two authority
  // lines"), as for "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
  const innerAt = lines.findIndex((l, i) => i > 0 && (nameAt < 0 || i < nameAt) && AUTHORITY.test(l.text));
  const under = innerAt > 0 ? lines.slice(innerAt + 1, nameAt >= 0 ? nameAt : lines.length) : [];
  if (authority && under.length > 0 && under.every((l) => isUpper(l.text))) {
    const block = [AUTHORITY.exec(lines[innerAt].text)![2], ...under.map((l) => l.text)].join(' ');
    const cut = titleIn(block);
    if (cut > 0) title = block.slice(cut).trim();
  }
  // "TRƯỞNG BAN PHÓ THỦ TƯỚNG" signed without authority: the office he signs in comes first, his other post after
  // ("CHỦ TỊCH PHÓ CHỦ TỊCH" is a deputy whose "KT." was lost).
  const other = !withAuthority && title ? /(?<=\p{Lu}\s)PHÓ\s/u.exec(title) : null;
  if (other && title && title.slice(other.index + 4).trim() !== title.slice(0, other.index).trim())
    title = title.slice(0, other.index).trim();
  return {
    authority: authority ? (AUTHORITY_CANONICAL[authority[1].replace(/\.$/, '')] ?? authority[1]) : null,
    body: bodyText ? readable(bodyText) : null,
    title: title ? readable(title) : null,
    name,
  };
}

/** Where the title starts in "BỘ TRƯỞNG THỨ TRƯỞNG" (a deputy's "PHÓ" first, else a title after the body); -1 if nowhere. */
function titleIn(text: string): number {
  const deputy = /(?<=[^,]\s)PHÓ\s/u.exec(text);
  if (deputy) return deputy.index;
  // ("BAN BÍ THƯ", "BAN GIÁM ĐỐC", "BAN CHỦ NHIỆM" are bodies.)
  const title = new RegExp(`(?<=[^,]\\s)(?<!BAN\\s)(?:${TITLES})(?=\\s|$)`, 'u').exec(text);
  return title ? title.index : -1;
}

/** Titles that follow the body they sign for. */
const TITLES =
  'THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|CHỦ NHIỆM|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH THANH TRA|TỔNG GIÁM ĐỐC';

/** The proper name a line is or opens with ("Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:..." → "Vũ Ngọc Anh"), else null. */
export function nameOf(text: string): string | null {
  if (isProperName(text)) return clean(text);
  const match = /^((?:\p{Lu}\p{Ll}*\s){1,4}\p{Lu}\p{Ll}*)\s+\p{Lu}{2,}(?:\s|:|$)/u.exec(text.trim());
  return match && /\p{Ll}/u.test(match[1]) ? match[1] : null;
}

/** A signer's title: "PHÓ CHỦ NHIỆM", "CHÁNH VĂN PHÒNG", "GIÁM ĐỐC", ... */
export const TITLE_START =
  /^(?:PHÓ|CHÁNH|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ|CHỦ TỊCH|CHỦ NHIỆM|BỘ TRƯỞNG|THỦ TRƯỞNG|HIỆU TRƯỞNG|TỔNG)\s/u;

export function isUpper(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}

/** "Lê Tuấn Định": two to five capitalised words, nothing else. */
export function isProperName(text: string): boolean {
  return /^(\p{Lu}[\p{Ll}]*\s){1,4}\p{Lu}[\p{Ll}]*$/u.test(text.trim());
}

/** Upper-case text as printed, or null when it is garbled (stray symbols, mixed case from OCR). */
export function readable(text: string): string | null {
  const value = canonicaliseTones(clean(text));
  return /^[\p{Lu}\s.,-]+$/u.test(value) ? value : null;
}
