import type { WordBox } from './page-text.js';

/**
 * A reference as printed: letters and digits joined by "/", "-" or "." with at least one digit or
 * slash — "215/UBND", "1100-CV/HU", "22/12/2021", "376/BNV-TCCB".
 */
const REFERENCE = /[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)+/gu;

function isReference(token: string): boolean {
  return token.includes('/') && /\p{N}|\p{Lu}{2}/u.test(token);
}

/** What survives when a binarised reading erodes the separators: the letters and digits alone. */
function skeleton(token: string): string {
  return token.replace(/[^\p{L}\p{N}]/gu, '');
}

function referencesOf(text: string): Map<string, string> {
  const bySkeleton = new Map<string, string>();
  for (const [token] of text.matchAll(REFERENCE)) if (isReference(token)) bySkeleton.set(skeleton(token), token);
  return bySkeleton;
}

/**
 * A second reading of a line may read most words better yet lose slashes and thin strokes:
 * "215/UBND" comes back "215.UBND" or "215UBND". Where the first reading has a well-formed reference
 * whose letters and digits the retry read the same, with its separators lost or changed, the first
 * reading's token is put back, in the text and in the word boxes. The best reading of every
 * reference is kept.
 */
export function keepReferences<T extends { text: string; words: WordBox[] }>(first: { text: string }, retry: T): T {
  const known = referencesOf(first.text);
  if (known.size === 0) return retry;
  const restore = (token: string): string => {
    const original = known.get(skeleton(token));
    return original !== undefined && original !== token && skeleton(token).length >= 3 ? original : token;
  };
  // Tokens of the retry: runs of letters, digits and separators (a lost slash leaves "215UBND").
  const TOKEN = /[\p{L}\p{N}]+(?:[/.-]*[\p{L}\p{N}]+)*/gu;
  return {
    ...retry,
    text: retry.text.replace(TOKEN, restore),
    words: retry.words.map((word) => {
      const text = word.text.replace(TOKEN, restore);
      return text === word.text ? word : { ...word, text };
    }),
  };
}
