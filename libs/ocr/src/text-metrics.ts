/**
 * Character and word error rates, as used to judge OCR output against a truth text.
 *
 * Both texts are compared after `prepareForMetrics`: NFC, every run of white space (including line
 * breaks) becomes one space. CER = edit distance over code points / truth length; WER = edit distance
 * over white-space separated words / truth word count.
 */

export interface MetricsOptions {
  /**
   * Reading order does not count: the hypothesis lines are first put in the order of the place where
   * each one best matches the truth (two-column headers and footers come out of OCR in a different
   * order than a transcription lists them). Characters are still all compared.
   */
  ignoreLineOrder?: boolean;
}

export interface ErrorRate {
  /** Edit distance (insertions + deletions + substitutions). */
  errors: number;
  /** Length of the truth (characters or words). */
  length: number;
  rate: number;
}

export function prepareForMetrics(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance between two sequences (two rows, O(n·m) time, O(m) memory). */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ai === b[j - 1] ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      current[j] =
        substitution < deletion
          ? substitution < insertion
            ? substitution
            : insertion
          : deletion < insertion
            ? deletion
            : insertion;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

export function characterErrorRate(truth: string, hypothesis: string, options: MetricsOptions = {}): ErrorRate {
  const t = Array.from(prepareForMetrics(truth));
  const h = Array.from(prepareForMetrics(options.ignoreLineOrder ? reorderLinesLike(truth, hypothesis) : hypothesis));
  const errors = editDistance(t, h);
  return { errors, length: t.length, rate: t.length === 0 ? (h.length === 0 ? 0 : 1) : errors / t.length };
}

export function wordErrorRate(truth: string, hypothesis: string, options: MetricsOptions = {}): ErrorRate {
  const words = (s: string): string[] =>
    prepareForMetrics(s)
      .split(' ')
      .filter((w) => w !== '');
  const t = words(truth);
  const h = words(options.ignoreLineOrder ? reorderLinesLike(truth, hypothesis) : hypothesis);
  const errors = editDistance(t, h);
  return { errors, length: t.length, rate: t.length === 0 ? (h.length === 0 ? 0 : 1) : errors / t.length };
}

/**
 * Puts the lines of `hypothesis` in the order in which they best match `truth` (semi-global
 * alignment of each line against the whole truth; ties keep the original order).
 */
export function reorderLinesLike(truth: string, hypothesis: string): string {
  const t = Array.from(prepareForMetrics(truth));
  const lines = hypothesis
    .split(/\n/u)
    .map((line) => prepareForMetrics(line))
    .filter((line) => line !== '');
  // Only lines long enough to be placed with confidence move; the others follow the line before them.
  let previousAt = -1;
  return lines
    .map((line, index) => {
      const chars = Array.from(line);
      const match = chars.length >= 12 ? bestMatch(t, chars) : null;
      // A line that matches equally well in several places ("mềm ứng dụng.") takes the first one after the previous line.
      const starts = match ? match.ends.map((end) => end - chars.length) : [];
      const at =
        match && match.errors <= chars.length * 0.25
          ? (starts.find((start) => start > previousAt) ?? starts[0])
          : previousAt + 1e-3;
      previousAt = at;
      return { line, index, at };
    })
    .sort((x, y) => x.at - y.at || x.index - y.index)
    .map((x) => x.line)
    .join('\n');
}

/** End positions in `text` of the best approximate occurrences of `pattern`, and their edit distance (Sellers' algorithm). */
function bestMatch(text: readonly string[], pattern: readonly string[]): { ends: number[]; errors: number } {
  const m = pattern.length;
  let column = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = column[m];
  let ends = [0];
  let next = new Uint32Array(m + 1);
  for (let j = 1; j <= text.length; j++) {
    next[0] = 0;
    const c = text[j - 1];
    for (let i = 1; i <= m; i++) {
      const substitution = column[i - 1] + (pattern[i - 1] === c ? 0 : 1);
      next[i] = Math.min(substitution, column[i] + 1, next[i - 1] + 1);
    }
    [column, next] = [next, column];
    if (column[m] < best) {
      best = column[m];
      ends = [j];
    } else if (column[m] === best) {
      ends.push(j);
    }
  }
  return { ends, errors: best };
}
