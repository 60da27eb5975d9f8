/**
 * Vietnamese text keys, shared by OCR post-correction, extraction and recipient resolution.
 *
 * - `normaliseUnicode`: NFC, Icelandic Ð/ð → Vietnamese Đ/đ, odd spaces and zero-width characters.
 * - `canonicaliseTones`: one tone placement (hòa, thủy, Ủy) — for matching, and for names read
 *   out of documents (issuers, signers), whose printed placement varies.
 * - `toMatchKey` / `foldAccents`: keys to compare text.
 */

export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
export const VOWELS = new Set(Array.from('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'));
const MODIFIED_VOWELS = new Set(Array.from('ăâêôơưĂÂÊÔƠƯ'));
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/** Spelled as one Vietnamese syllable (initial, one to three vowels, final; tone marks ignored): "trưởng", not "chủtrì". */
export function isSyllable(word: string): boolean {
  return SYLLABLE.test(word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase());
}

export function normaliseUnicode(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
    .replace(/\u00D0/gu, '\u0110')
    .replace(/\u00F0/gu, '\u0111')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '');
}

/** Puts the tone mark of one syllable where the old (traditional) convention puts it. */
function canonicalSyllable(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (!tones || tones.length !== 1) return word;
  const chars = Array.from(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
  const lower = chars.map((c) => c.toLowerCase());
  let start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return word;
  // "qu" and "gi" before a vowel are consonants: quả, giữa (but gì has i as its vowel).
  if (start > 0 && lower[start - 1] === 'q' && lower[start] === 'u' && VOWELS.has(lower[start + 1] ?? '')) start += 1;
  if (start === 1 && lower[0] === 'g' && lower[1] === 'i' && VOWELS.has(lower[2] ?? '')) start += 1;
  let end = start;
  while (end + 1 < chars.length && VOWELS.has(lower[end + 1])) end += 1;
  if (lower.slice(end + 1).some((c) => VOWELS.has(c))) return word; // not one Vietnamese syllable
  const clusterLength = end - start + 1;
  const hasFinal = end < chars.length - 1;
  let target = -1;
  for (let i = start; i <= end; i++) if (MODIFIED_VOWELS.has(chars[i])) target = i;
  if (target < 0) {
    if (clusterLength === 1) target = start;
    else if (hasFinal) target = end;
    else if (clusterLength === 3) target = start + 1;
    else target = start;
  }
  return chars.map((c, i) => (i === target ? (c.normalize('NFD') + tones[0]).normalize('NFC') : c)).join('');
}

/** Every syllable with its tone mark in the one canonical place (hoà → hòa, thuỷ → thủy, Uỷ → Ủy). */
export function canonicaliseTones(text: string): string {
  return normaliseUnicode(text).replace(/\p{L}[\p{L}\p{M}]*/gu, canonicalSyllable);
}

/** The key to compare Vietnamese text: NFC, Đ, canonical tones, lower case, single spaces. */
export function toMatchKey(text: string): string {
  return canonicaliseTones(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The accent-folded key: lower case, no marks at all, đ → d (for fuzzy fallback). */
export function foldAccents(text: string): string {
  return normaliseUnicode(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}
