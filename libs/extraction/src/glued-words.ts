import { isSyllable, toMatchKey } from '@congvan/common';
import { knownText } from '@congvan/ocr/text';

/**
 * "Sở Tài nguyên và Môi trường chủtrì", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trungương", "Bộ Kế hoạch
 * vàĐầu tư": a web copy of a PDF (and some PDF text layers) drops the space where a line broke. Vietnamese writes
 * every syllable apart, so a word that is not one syllable but reads as two to six, each pair of them a pair that
 * correct text is known to hold (the lexicon of libs/ocr, built from the development texts), is split back. A word
 * no known pair explains ("Australia", "online", "Nậm", "UBND") stays as printed, and so do addresses ("@", "/",
 * "hanoi.gov.vn").
 */
const WORD = /\p{L}{4,}/gu;
const ADDRESS = /[@/]|\p{L}\.\p{L}/u;

export function splitGluedWords(text: string): string {
  return text.replace(/\S{4,}/gu, (chunk) =>
    ADDRESS.test(chunk) ? chunk : chunk.replace(WORD, (word) => (isSyllable(word) ? word : splitWord(word))),
  );
}

function splitWord(word: string): string {
  const parts = syllables(Array.from(word), 0, '', 6);
  return parts && parts.length > 1 ? parts.join(' ') : word;
}

/** `chars` from `from` on as at most `left` syllables, each pair of them known, the first one known after `before`. */
function syllables(chars: string[], from: number, before: string, left: number): string[] | null {
  if (from === chars.length) return [];
  if (left === 0) return null;
  for (let cut = from + 1; cut <= chars.length; cut++) {
    const part = chars.slice(from, cut).join('');
    if (!isSyllable(part) || (before && !pairKnown(before, part))) continue;
    const rest = syllables(chars, cut, part, left - 1);
    if (rest) return [part, ...rest];
  }
  return null;
}

function pairKnown(left: string, right: string): boolean {
  return knownText().hasPair(toMatchKey(left), toMatchKey(right));
}
