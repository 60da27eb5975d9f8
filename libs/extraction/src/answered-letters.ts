import { canonicaliseTones } from '@congvan/common';
import type { Reference } from './directive.types.js';
import { DATE, issuerAfter, wordyDate } from './reference-issuer.js';

/**
 * "Trả lời công văn số USABC-HN-20251121-01 ngày 21/11/2025 của Hội đồng Kinh doanh Hoa kỳ - ASEAN về ..." (dev
 * chq-2025-12-traloi-ghinhan-hanghoa-usabc): the letter a reply answers may be numbered by its sender without a symbol
 * part; the number is kept whole, the symbol null (samples/corpus/README.md, wave 16). Numbers that open with a digit are
 * read by the citation pattern of parse-references.
 */
const ANSWERED = new RegExp(
  String.raw`(?:^|[\s*])(?:[Tt]rả lời|[Pp]húc đáp)\s+([Cc]ông văn|[Vv]ăn bản)\s+số\s+(\p{Lu}[\p{Lu}\d]*(?:[-/][\p{Lu}\d]+)*[-/]\d[\p{Lu}\d]*(?:[-/][\p{Lu}\d]+)*)(?=[\s,.;]|$)(?:,?\s+ngày\s+(${DATE}))?`,
  'gu',
);

/** The letters a reply answers whose number has no symbol part: basis. */
export function answeredLetters(paragraphs: Array<{ text: string }>): Reference[] {
  const found: Reference[] = [];
  for (const { text } of paragraphs)
    for (const match of text.matchAll(ANSWERED)) {
      const after = issuerAfter(text.slice((match.index ?? 0) + match[0].length));
      const kind = canonicaliseTones(match[1][0].toUpperCase() + match[1].slice(1));
      found.push({
        kind,
        number: match[2],
        symbol: null,
        date: match[3] ? wordyDate(match[3]) : after.date,
        issuer: after.issuer,
        role: 'basis',
      });
    }
  return found;
}
