import { canonicaliseTones, foldAccents, normaliseUnicode, toMatchKey } from '@congvan/common';
import { ADMIN_PHRASES } from './lexicon/admin-phrases.js';
import { KNOWN_PAIRS } from './lexicon/known-text.js';
import {
  collapseDoubledVowels,
  fixAcronyms,
  fixStrayCapitals,
  repairDateDigits,
  repairPunctuation,
  splitGluedCapitals,
} from './character-repairs.js';

export { canonicaliseTones, foldAccents, normaliseUnicode, toMatchKey };

/**
 * Vietnamese text normalisation.
 *
 * - `normaliseUnicode`, `canonicaliseTones`, `toMatchKey`, `foldAccents`: the shared keys (libs/common).
 * - `postCorrect`: fixes OCR errors in multi-word administrative phrases matched accent-insensitively,
 *   leaving what reads as correct text (`PhraseCorrector`, `KnownText`).
 * - `normaliseText`: the display text (as written, tidied) and the normalised text (post-corrected).
 *
 * Display text keeps the tone placement that the document used; only keys are canonical.
 */

/** Spaces collapsed inside lines, trailing spaces removed, at most one empty line in a row. */
export function tidyWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

interface Token {
  word: string;
  index: number;
}

interface CompiledPhrase {
  syllables: string[];
  folded: string[];
  keys: string[];
}

export interface PostCorrection {
  /** Position in the corrected text's input (UTF-16 index). */
  index: number;
  from: string;
  to: string;
}

/**
 * What correct text is known to contain: pairs of adjacent syllables (match keys, "a b"). See
 * `PhraseCorrector`; lexicon/known-text.ts holds the pairs of the development corpus.
 */
export class KnownText {
  /** First syllable → the syllables known after it; filled from `grouped` as each first syllable is asked about. */
  private readonly followers = new Map<string, Set<string>>();
  private readonly grouped: string;

  constructor(pairs: Iterable<readonly [string, string]>, grouped = '') {
    this.grouped = `\n${grouped}\n`;
    for (const [a, b] of pairs) this.followersOf(a).add(b);
  }

  /**
   * From known-text.ts's form: one line per first syllable, then every syllable read after it. A line is read
   * when its first syllable is first asked about: a short text asks about a few, not about every pair.
   */
  static parse(grouped: string): KnownText {
    return new KnownText([], grouped);
  }

  hasPair(a: string, b: string): boolean {
    return this.followersOf(a).has(b);
  }

  private followersOf(first: string): Set<string> {
    let next = this.followers.get(first);
    if (!next) {
      const at = this.grouped.indexOf(`\n${first} `);
      next = new Set(
        at < 0
          ? []
          : this.grouped
              .slice(at + 1, this.grouped.indexOf('\n', at + 1))
              .split(' ')
              .slice(1),
      );
      this.followers.set(first, next);
    }
    return next;
  }
}

let defaultKnownText: KnownText | undefined;

/** The pairs of lexicon/known-text.ts (the development corpus and the phrase lexicon), one instance for every reader. */
export function knownText(): KnownText {
  return (defaultKnownText ??= KnownText.parse(KNOWN_PAIRS));
}

/**
 * Post-correction with a phrase lexicon. A span whose accent-folded form is a lexicon phrase (or one
 * vowel off in one syllable) is corrected to the phrase unless the span as read is plausible correct
 * text:
 * - it is itself a lexicon phrase of the same words ("Thứ trưởng" beside "Thủ trưởng");
 * - with `known` (pairs of syllables read in correct text): every pair of the span as read is known
 *   ("quy định tại khoản" is not "tài khoản", "người đứng đầu" is not "người dùng", "Thông tấn xã" is
 *   not "thông tin"), or the span as read fits its neighbours at least as well as the phrase (as many
 *   known pairs, counting the word before and the word after: "các đoàn thổ -" fits worse than "các
 *   đoàn thể -").
 * Case misread inside a phrase ("Ban TỔ chức") is fixed either way.
 */
export class PhraseCorrector {
  private readonly byFirst = new Map<string, CompiledPhrase[]>();
  /** Adjacent syllables of the lexicon's phrases (match keys): correct text too. */
  private readonly lexiconPairs = new Set<string>();

  /** Phrases of one syllable are refused: they would damage correct words (quan → quận). */
  constructor(
    phrases: readonly string[],
    private readonly known?: KnownText,
  ) {
    for (const phrase of phrases) {
      const syllables = normaliseUnicode(phrase)
        .split(/\s+/u)
        .filter((s) => s !== '');
      if (syllables.length < 2) throw new Error(`lexicon phrase must have at least two words: "${phrase}"`);
      const compiled = { syllables, folded: syllables.map(foldAccents), keys: syllables.map(toMatchKey) };
      for (let k = 1; k < compiled.keys.length; k++)
        this.lexiconPairs.add(`${compiled.keys[k - 1]} ${compiled.keys[k]}`);
      const list = this.byFirst.get(compiled.folded[0]) ?? [];
      list.push(compiled);
      this.byFirst.set(compiled.folded[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  }

  /** Corrects the text; `corrections` lists what changed. */
  correct(text: string): { text: string; corrections: PostCorrection[] } {
    const tokens: Token[] = Array.from(text.matchAll(/[\p{L}\p{M}\p{N}]+/gu), (m) => ({ word: m[0], index: m.index }));
    const replacement = new Map<number, string>();
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(foldAccents(tokens[i].word));
      if (!candidates) continue;
      const matching = candidates.filter((phrase) => this.matches(text, tokens, i, phrase));
      for (const phrase of matching) {
        const n = phrase.syllables.length;
        const span = tokens.slice(i, i + n);
        const keys = span.map((token) => toMatchKey(token.word));
        const changes = keys.some((key, k) => key !== phrase.keys[k]);
        // The span as read is itself a lexicon phrase of the same words: "Thứ trưởng" is not "Thủ trưởng".
        if (changes && matching.some((m) => m.keys.length === n && m.keys.every((key, k) => key === keys[k]))) continue;
        if (changes && this.known && this.plausible(text, tokens, i, keys, phrase.keys)) continue;
        const capsCount = phrase.syllables.filter((_, k) => isAllCaps(span[k].word)).length;
        for (let k = 0; k < n; k++) {
          const token = span[k];
          if (keys[k] !== phrase.keys[k]) replacement.set(i + k, withCaseOf(token.word, phrase.syllables[k]));
          // Case misread inside a phrase: "Ban TỔ chức", "cán bỘ" (capitals in a phrase that is not all capitals).
          else if (
            token.word !== phrase.syllables[k] &&
            (isMixedCase(token.word) || (capsCount === 1 && isAllCaps(token.word)))
          )
            replacement.set(
              i + k,
              withCaseOf(token.word.charAt(0) + token.word.slice(1).toLowerCase(), phrase.syllables[k]),
            );
        }
        i += n - 1;
        break;
      }
    }
    if (replacement.size === 0) return { text, corrections: [] };
    const corrections: PostCorrection[] = [];
    let out = '';
    let cursor = 0;
    for (const [i, to] of [...replacement.entries()].sort((a, b) => a[0] - b[0])) {
      const token = tokens[i];
      out += text.slice(cursor, token.index) + to;
      cursor = token.index + token.word.length;
      corrections.push({ index: token.index, from: token.word, to });
    }
    return { text: out + text.slice(cursor), corrections };
  }

  /** Whether the tokens from `i` read as `phrase` accent-insensitively (or with one vowel misread). */
  private matches(text: string, tokens: readonly Token[], i: number, phrase: CompiledPhrase): boolean {
    const n = phrase.syllables.length;
    if (i + n > tokens.length) return false;
    let fuzzy = -1;
    for (let k = 0; k < n; k++) {
      const token = tokens[i + k];
      const folded = foldAccents(token.word);
      if (folded !== phrase.folded[k]) {
        // One misread base letter (phần mồm → phần mềm) in one syllable, if it is not the first letter.
        if (fuzzy < 0 && k > 0 && oneLetterApart(folded, phrase.folded[k])) fuzzy = k;
        else return false;
      }
      // Syllables of a phrase are separated by white space only (a line break is fine).
      if (k > 0) {
        const previous = tokens[i + k - 1];
        if (!/^\s+$/u.test(text.slice(previous.index + previous.word.length, token.index))) return false;
      }
    }
    // A fuzzy match needs every other syllable exactly right (tones included).
    return fuzzy < 0 || phrase.keys.every((key, k) => k === fuzzy || toMatchKey(tokens[i + k].word) === key);
  }

  /** The span from token `i` as read (match keys `read`) is plausible correct text beside `phrase`. */
  private plausible(
    text: string,
    tokens: readonly Token[],
    i: number,
    read: readonly string[],
    phrase: readonly string[],
  ): boolean {
    const known = this.known!;
    const hasPair = (a: string, b: string) => known.hasPair(a, b) || this.lexiconPairs.has(`${a} ${b}`);
    if (read.every((key, k) => k === 0 || hasPair(read[k - 1], key))) return true;
    // The neighbours, when only white space separates them from the span (as the known pairs were read).
    const n = read.length;
    const joined = (a: Token | undefined, b: Token | undefined) =>
      a !== undefined && b !== undefined && /^\s+$/u.test(text.slice(a.index + a.word.length, b.index));
    const before = joined(tokens[i - 1], tokens[i]) ? toMatchKey(tokens[i - 1].word) : null;
    const after = joined(tokens[i + n - 1], tokens[i + n]) ? toMatchKey(tokens[i + n].word) : null;
    const fit = (keys: readonly string[]): number => {
      const words = [before, ...keys, after];
      let count = 0;
      for (let k = 1; k < words.length; k++) {
        const [a, b] = [words[k - 1], words[k]];
        if (a !== null && b !== null && hasPair(a, b)) count++;
      }
      return count;
    };
    return fit(read) >= fit(phrase);
  }
}

function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || a[0] !== b[0]) return false;
  // Only a vowel read as another vowel (ề → ồ): a consonant changes the word (học ≠ hợp, virus ≠ virut).
  let differences = 0;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) differences += 'aeiouy'.includes(a[i]) && 'aeiouy'.includes(b[i]) ? 1 : 2;
  return differences === 1;
}

function isAllCaps(word: string): boolean {
  const letters = Array.from(word).filter((c) => /\p{L}/u.test(c));
  return letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

/** Lower-case letters and a capital after the first letter: "bỘ". */
function isMixedCase(word: string): boolean {
  const rest = Array.from(word).slice(1);
  return rest.some((c) => c !== c.toLowerCase()) && Array.from(word).some((c) => c !== c.toUpperCase());
}

function withCaseOf(original: string, replacement: string): string {
  const letters = Array.from(original).filter((c) => /\p{L}/u.test(c));
  if (letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase()))
    return replacement.toUpperCase();
  const first = letters[0] ?? '';
  if (first !== '' && first === first.toUpperCase() && first !== first.toLowerCase())
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  // The case read is kept: "chỉ bộ" becomes "chi bộ", not the lexicon's "Chi bộ".
  if (first !== '' && first === first.toLowerCase() && first !== first.toUpperCase())
    return replacement.charAt(0).toLowerCase() + replacement.slice(1);
  return replacement;
}

let defaultCorrector: PhraseCorrector | undefined;

/**
 * Post-correction of OCR text: punctuation, glued capitals, date digits, acronyms, then the
 * administrative phrase lexicon (`lexicon/admin-phrases.ts`).
 */
export function postCorrect(text: string): string {
  defaultCorrector ??= new PhraseCorrector(ADMIN_PHRASES, knownText());
  return defaultCorrector.correct(
    fixAcronyms(repairDateDigits(splitGluedCapitals(fixStrayCapitals(collapseDoubledVowels(repairPunctuation(text)))))),
  ).text;
}

export interface NormalisedText {
  /** As read, NFC and tidied: for display. */
  text: string;
  /** Post-corrected: for extraction and search. */
  normalisedText: string;
}

export function normaliseText(raw: string, options: { postCorrect?: boolean } = {}): NormalisedText {
  const text = tidyWhitespace(normaliseUnicode(raw));
  return { text, normalisedText: options.postCorrect === false ? text : postCorrect(text) };
}
