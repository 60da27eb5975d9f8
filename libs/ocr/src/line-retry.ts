import { keepReferences } from './keep-references.js';
import type { Recognition, RecognisedLine } from './native-tesseract.js';
import type { Rect } from './grey-image.js';
import type { WordBox } from './page-text.js';

/** Mean word confidence of a line (0 for a line without words). */
export function lineConfidence(line: RecognisedLine): number {
  return line.words.length ? line.words.reduce((sum, word) => sum + word.confidence, 0) / line.words.length : 0;
}

/** The box around a line's words, widened by a third of its height (clamped to the image). */
export function lineRect(line: RecognisedLine, width: number, height: number): Rect | null {
  if (line.words.length === 0) return null;
  const x0 = Math.min(...line.words.map((word) => word.bbox.x0));
  const y0 = Math.min(...line.words.map((word) => word.bbox.y0));
  const x1 = Math.max(...line.words.map((word) => word.bbox.x1));
  const y1 = Math.max(...line.words.map((word) => word.bbox.y1));
  const pad = Math.max(4, Math.round((y1 - y0) / 3));
  const left = Math.max(0, x0 - pad);
  const top = Math.max(0, y0 - pad);
  const right = Math.min(width, x1 + pad);
  const bottom = Math.min(height, y1 + pad);
  if (right - left < 4 || bottom - top < 4) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/** Letters and digits with "/" between (215/UBND, 22/12/2021, 376/BNV-TCCB): references and dates. */
const REFERENCE = /[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)*\/[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)*/gu;

function references(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => match[0]).filter((token) => /\p{N}|\p{Lu}{2}/u.test(token));
}

/** Runs of digits (numbers, days, years): "ngày 22 tháng 12 năm 2021". */
function numbers(text: string): string[] {
  return text.match(/\p{N}+/gu) ?? [];
}

/** A line's words, joined by spaces. */
export function textOf(line: RecognisedLine): string {
  return line.words.map((word) => word.text).join(' ');
}

/**
 * The better of two readings of one line: the retry when its mean confidence is higher (or, with
 * `preferRetry`, when it was read by the better model, whatever its confidence) — with the
 * first reading's references put back where it only eroded their separators (215/UBND read
 * "215UBND") — unless the retry then still lacks a reference, a date or a number the first reading
 * had with confidence: a retry never replaces a better reading of numbers, symbols and dates.
 */
export function betterLine(
  first: RecognisedLine,
  retry: RecognisedLine,
  options: { preferRetry?: boolean } = {},
): { line: RecognisedLine; retried: boolean } {
  if (retry.words.length === 0) return { line: first, retried: false };
  if (!options.preferRetry && lineConfidence(retry) <= lineConfidence(first)) return { line: first, retried: false };
  const firstText = textOf(first);
  const restored = keepReferences({ text: firstText }, { text: textOf(retry), words: retry.words });
  const candidate: RecognisedLine = { ...retry, words: restored.words };
  const candidateText = textOf(candidate);
  const lost = references(firstText).some((reference) => !candidateText.includes(reference));
  const confidentNumbers = first.words
    .filter((word) => word.confidence >= 60)
    .flatMap((word) => numbers(word.text))
    .filter((number) => number.length >= 2);
  const retryNumbers = numbers(candidateText);
  const lostNumber = confidentNumbers.some((number) => !retryNumbers.includes(number));
  return lost || lostNumber ? { line: first, retried: false } : { line: candidate, retried: true };
}

/**
 * Whether a line read with the fast model holds a number, a date or a reference it may have got
 * wrong: a word with a digit or a slash (or the fraction slash the fast model reads for it) read
 * with less than 90 % confidence ("(2/01/2024" for "12/01/2024" on a poor scan, bench:ocr).
 */
export function uncertainNumber(line: RecognisedLine): boolean {
  return line.words.some((word) => word.confidence < 90 && /[\p{N}/\u2044]/u.test(word.text));
}

/** Moves a retry's word boxes from the line image (scaled by `scale`, cut at `rect`) to the region. */
export function placeLine(line: RecognisedLine, rect: Rect, scale: number, paragraph: number): RecognisedLine {
  const place = (word: WordBox): WordBox => ({
    ...word,
    bbox: {
      x0: rect.left + Math.round(word.bbox.x0 / scale),
      y0: rect.top + Math.round(word.bbox.y0 / scale),
      x1: rect.left + Math.round(word.bbox.x1 / scale),
      y1: rect.top + Math.round(word.bbox.y1 / scale),
    },
  });
  return { words: line.words.map(place), paragraph };
}

/**
 * A recognition rebuilt from its lines (as tesseract prints them: words by spaces, lines by a line
 * break, paragraphs by an empty line), its confidence the mean of its words'.
 */
export function fromLines(lines: RecognisedLine[]): Recognition {
  const words = lines.flatMap((line) => line.words);
  let text = '';
  lines.forEach((line, index) => {
    if (index > 0) text += line.paragraph !== lines[index - 1].paragraph ? '\n\n' : '\n';
    text += textOf(line);
  });
  const confidence = words.length ? words.reduce((sum, word) => sum + word.confidence, 0) / words.length : 0;
  return { text: lines.length ? `${text}\n` : '', confidence, words, lines };
}
