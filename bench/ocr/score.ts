/** What the OCR bench scores in a document's text: CER in and out of line order, references and the header's "Số". */
import { characterErrorRate } from '@congvan/ocr';

/** Every "number-SYMBOL/…", "/SYMBOL-…" reference and slash date of the truth. */
function references(truth: string): string[] {
  return [...truth.matchAll(/[\p{L}\p{N}-]*\/[\p{L}\p{N}/-]*[\p{L}\p{N}]/gu)]
    .map((m) => m[0])
    .filter((ref) => /\p{N}/u.test(ref) || /\p{Lu}{2}/u.test(ref))
    .filter((ref) => !/^(?:b\/c|V\/v|đ\/c|T\/M)$/iu.test(ref));
}

function headerReference(truth: string): string | null {
  return truth.match(/^Số:?\s*(\S+)/mu)?.[1] ?? null;
}

export interface Score {
  /** Characters of the truth (the denominator of both CERs). */
  length: number;
  strict: number;
  anyOrder: number;
  refsRight: number;
  refs: number;
  headerRight: number;
  headers: number;
  seconds: number;
  cpu: number;
  pages: number;
  peakMb: number;
}

export const emptyScore = (): Score => ({
  length: 0,
  strict: 0,
  anyOrder: 0,
  refsRight: 0,
  refs: 0,
  headerRight: 0,
  headers: 0,
  seconds: 0,
  cpu: 0,
  pages: 0,
  peakMb: 0,
});

/** Scores one document (its pages joined) read by one engine. */
export function score(into: Score, truth: string, text: string): void {
  const collapsed = text.replace(/\s+/gu, ' ');
  const strict = characterErrorRate(truth, text);
  const anyOrder = characterErrorRate(truth, text, { ignoreLineOrder: true });
  into.strict += strict.errors;
  into.anyOrder += anyOrder.errors;
  into.length += strict.length;
  const refs = references(truth);
  into.refs += refs.length;
  into.refsRight += refs.filter((ref) => collapsed.includes(ref)).length;
  const header = headerReference(truth);
  if (header) {
    into.headers++;
    if (new RegExp(`Số:?\\s*${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(collapsed)) into.headerRight++;
  }
}

export const pct = (errors: number, length: number): string => `${((errors / length) * 100).toFixed(1)}%`;
