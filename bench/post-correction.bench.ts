/**
 * What OCR post-correction (libs/ocr `postCorrect`, through `normaliseText`) does, measured two ways:
 *
 * (a) on correct text, where it must change nothing: the born-digital texts of samples/corpus/dev/<id>/text.txt
 *     and samples/directives/<id>/text.txt. Prints the words changed and the most frequent changes.
 *     samples/corpus/heldout is only counted (never listed, never used to build anything).
 * (b) on OCR text with a known truth: samples/directives/<id>/ocr.txt against text.txt, and the seeds of
 *     shared/corpus (<id>.ocr.txt against <id>.txt). Prints the word error rate before and after
 *     post-correction (reading order ignored, as `npm run bench:ocr` does) and, counted on the words of the
 *     truth, the fixes (a truth word read wrong before, right after) and the damages (right before, wrong
 *     after), with examples.
 *
 * (c) with --cross-validate: how it would do on correct text it has not seen. The dev texts in 4 folds;
 *     each fold is corrected with the known pairs (lexicon/known-text.ts) of the other three folds, the
 *     samples and the lexicon, without ALSO_CORRECT (the look-alikes were listed from the dev texts).
 *
 * Run: npm run build && node dist/bench/post-correction.bench.js [--top N] [--all] [--cross-validate]
 *      --top N  how many of the most frequent changes on correct text to print (default 30)
 *      --all    every change on correct text, with its document and line
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADMIN_PHRASES,
  KnownText,
  normaliseText,
  PhraseCorrector,
  prepareForMetrics,
  reorderLinesLike,
  wordErrorRate,
} from '@congvan/ocr';
import { knownPairs } from '../libs/ocr/src/known-text-source.js';

const root = process.cwd();
const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;
const all = args.includes('--all');

const dirs = (path: string): string[] =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];

const words = (text: string): string[] =>
  prepareForMetrics(text)
    .split(' ')
    .filter((w) => w !== '');

type Step = 'same' | 'sub' | 'del' | 'ins';

/** Word alignment of `a` to `b` (Levenshtein with backtrace): for each position of `a`, the operation. */
function align(a: readonly string[], b: readonly string[]): { op: Step; i: number; j: number }[] {
  const n = a.length;
  const m = b.length;
  const cost = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 0; i <= n; i++) cost[at(i, 0)] = i;
  for (let j = 0; j <= m; j++) cost[at(0, j)] = j;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      cost[at(i, j)] = Math.min(
        cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1),
        cost[at(i - 1, j)] + 1,
        cost[at(i, j - 1)] + 1,
      );
  const steps: { op: Step; i: number; j: number }[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && cost[at(i, j)] === cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      steps.push({ op: a[i - 1] === b[j - 1] ? 'same' : 'sub', i: i - 1, j: j - 1 });
      i--;
      j--;
    } else if (i > 0 && cost[at(i, j)] === cost[at(i - 1, j)] + 1) {
      steps.push({ op: 'del', i: i - 1, j: -1 });
      i--;
    } else {
      steps.push({ op: 'ins', i: -1, j: j - 1 });
      j--;
    }
  }
  return steps.reverse();
}

/** Changed runs of words between two versions of a line-preserving text: "from → to". */
function changes(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const pairs: [string, string][] = a.length === b.length ? a.map((line, k) => [line, b[k]]) : [[before, after]];
  const out: string[] = [];
  for (const [x, y] of pairs) {
    if (x === y) continue;
    const wx = words(x);
    const wy = words(y);
    // Common prefix and suffix first: the alignment only runs over what differs.
    let p = 0;
    while (p < wx.length && p < wy.length && wx[p] === wy[p]) p++;
    let s = 0;
    while (s < wx.length - p && s < wy.length - p && wx[wx.length - 1 - s] === wy[wy.length - 1 - s]) s++;
    let from: string[] = [];
    let to: string[] = [];
    const flush = () => {
      if (from.length || to.length) out.push(`${from.join(' ')} → ${to.join(' ')}`);
      from = [];
      to = [];
    };
    const mx = wx.slice(p, wx.length - s);
    const my = wy.slice(p, wy.length - s);
    for (const step of align(mx, my)) {
      if (step.op === 'same') flush();
      else {
        if (step.i >= 0) from.push(mx[step.i]);
        if (step.j >= 0) to.push(my[step.j]);
      }
    }
    flush();
  }
  return out;
}

/** A change that leaves every letter and digit as it was ("-Lưu:VT" → "- Lưu: VT"). */
const spacingOnly = (change: string): boolean => {
  const [from, to] = change.split(' → ');
  const letters = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return letters(from) === letters(to);
};

function correctTexts(label: string, files: { id: string; path: string }[], list: boolean): void {
  const counts = new Map<string, number>();
  let changed = 0;
  let punctuation = 0;
  let total = 0;
  let documents = 0;
  for (const { id, path } of files) {
    const { text, normalisedText } = normaliseText(readFileSync(path, 'utf8'));
    total += words(text).length;
    const found = changes(text, normalisedText);
    if (found.length) documents++;
    changed += found.length;
    punctuation += found.filter(spacingOnly).length;
    for (const change of found) {
      counts.set(change, (counts.get(change) ?? 0) + 1);
      if (all && list) console.log(`  ${id}: ${change}`);
    }
  }
  console.log(
    `${label}: ${changed} changes in ${documents}/${files.length} documents (${total} words): ` +
      `${changed - punctuation} of words, ${punctuation} of punctuation or spacing only`,
  );
  if (!list) return;
  for (const [change, count] of [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, top))
    console.log(`  ${String(count).padStart(4)}  ${change}`);
}

interface Outcome {
  fixes: number;
  damages: number;
  examples: { kind: 'fix' | 'damage'; truth: string; before: string; after: string }[];
}

/** Truth words read right after but not before (fixes) and right before but not after (damages). */
function fixesAndDamages(truth: string, before: string, after: string): Outcome {
  const t = words(truth);
  const status = (hypothesis: string) => {
    const h = words(reorderLinesLike(truth, hypothesis));
    const read = new Array<string>(t.length).fill('∅');
    for (const step of align(t, h)) if (step.i >= 0 && step.j >= 0) read[step.i] = h[step.j];
    return read;
  };
  const b = status(before);
  const a = status(after);
  const outcome: Outcome = { fixes: 0, damages: 0, examples: [] };
  t.forEach((word, k) => {
    if (b[k] !== word && a[k] === word) {
      outcome.fixes++;
      outcome.examples.push({ kind: 'fix', truth: word, before: b[k], after: a[k] });
    } else if (b[k] === word && a[k] !== word) {
      outcome.damages++;
      outcome.examples.push({ kind: 'damage', truth: word, before: b[k], after: a[k] });
    }
  });
  return outcome;
}

function ocrTexts(pairs: { id: string; ocr: string; truth: string }[]): void {
  console.log('\nOCR text with known truth: WER before → after post-correction; fixes / damages (truth words)');
  let errorsBefore = 0;
  let errorsAfter = 0;
  let length = 0;
  let fixes = 0;
  let damages = 0;
  for (const { id, ocr, truth } of pairs) {
    const raw = readFileSync(ocr, 'utf8');
    const truthText = readFileSync(truth, 'utf8');
    const before = normaliseText(raw, { postCorrect: false }).text;
    const after = normaliseText(raw).normalisedText;
    const w0 = wordErrorRate(truthText, before, { ignoreLineOrder: true });
    const w1 = wordErrorRate(truthText, after, { ignoreLineOrder: true });
    const outcome = fixesAndDamages(truthText, before, after);
    errorsBefore += w0.errors;
    errorsAfter += w1.errors;
    length += w0.length;
    fixes += outcome.fixes;
    damages += outcome.damages;
    console.log(
      `${id.padEnd(52)} WER ${(100 * w0.rate).toFixed(2)} % → ${(100 * w1.rate).toFixed(2)} %   fixes ${outcome.fixes}, damages ${outcome.damages}`,
    );
    for (const e of outcome.examples)
      console.log(`    ${e.kind === 'fix' ? 'fix   ' : 'DAMAGE'} ${e.before} → ${e.after}   (truth ${e.truth})`);
  }
  console.log(
    `${'all'.padEnd(52)} WER ${((100 * errorsBefore) / length).toFixed(2)} % → ${((100 * errorsAfter) / length).toFixed(2)} %   fixes ${fixes}, damages ${damages}`,
  );
}

const corpus = (split: string) =>
  dirs(join(root, 'samples/corpus', split))
    .map((id) => ({ id: `${split}/${id}`, path: join(root, 'samples/corpus', split, id, 'text.txt') }))
    .filter((f) => existsSync(f.path));
const directives = dirs(join(root, 'samples/directives'));

console.log('Correct text (post-correction should change nothing)');
correctTexts('corpus dev text.txt', corpus('dev'), true);
correctTexts(
  'samples/directives text.txt',
  directives
    .map((id) => ({ id: `samples/${id}`, path: join(root, 'samples/directives', id, 'text.txt') }))
    .filter((f) => existsSync(f.path)),
  true,
);
correctTexts('corpus heldout text.txt (count only)', corpus('heldout'), false);

const seedBase = ['../shared/corpus', '../../shared/corpus'].map((p) => join(root, p)).find((p) => existsSync(p));
ocrTexts([
  ...directives
    .map((id) => ({
      id: `samples/${id}`,
      ocr: join(root, 'samples/directives', id, 'ocr.txt'),
      truth: join(root, 'samples/directives', id, 'text.txt'),
    }))
    .filter((p) => existsSync(p.ocr) && existsSync(p.truth)),
  ...(seedBase
    ? readdirSync(seedBase)
        .filter((f) => f.endsWith('.ocr.txt'))
        .map((f) => f.slice(0, -'.ocr.txt'.length))
        .map((id) => ({ id: `seeds/${id}`, ocr: join(seedBase, `${id}.ocr.txt`), truth: join(seedBase, `${id}.txt`) }))
        .filter((p) => existsSync(p.truth))
    : []),
]);

function crossValidate(): void {
  const dev = corpus('dev');
  const samples = directives
    .map((id) => join(root, 'samples/directives', id, 'text.txt'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));
  const read = (path: string) => normaliseText(readFileSync(path, 'utf8'), { postCorrect: false }).text;
  const counts = new Map<string, number>();
  let changed = 0;
  for (let fold = 0; fold < 4; fold++) {
    const train = dev.filter((_, k) => k % 4 !== fold).map((f) => read(f.path));
    const pairs = knownPairs([...train, ...samples], ADMIN_PHRASES, []);
    const known = new KnownText([...pairs].flatMap(([a, next]) => [...next].map((b) => [a, b] as const)));
    const corrector = new PhraseCorrector(ADMIN_PHRASES, known);
    for (const file of dev.filter((_, k) => k % 4 === fold))
      for (const c of corrector.correct(read(file.path)).corrections) {
        changed++;
        const change = `${c.from} → ${c.to}`;
        counts.set(change, (counts.get(change) ?? 0) + 1);
      }
  }
  console.log(`\nCross-validated on corpus dev (4 folds, phrase lexicon only): ${changed} words changed`);
  for (const [change, count] of [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])))
    console.log(`  ${String(count).padStart(4)}  ${change}`);
}

if (args.includes('--cross-validate')) crossValidate();
