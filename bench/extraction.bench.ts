/**
 * Field-level precision / recall / F1 of the extractor, printed per field and overall, for every
 * input set in one run:
 * - corpus dev / corpus heldout: real published directives with hand-written gold
 *   (samples/corpus/{dev,heldout}/<id>/text.txt + gold.json; whatever folders exist);
 * - bodies dev / bodies heldout: real directive bodies whose header was lost, or excerpts of long
 *   plans (samples/bodies/{dev,heldout}), scored on the
 *   body fields only (BODY_FIELDS, the requirement diagnostics and the absolute deadline dates);
 * - samples clean / samples ocr: samples/directives (text.txt, and ocr.txt through the pipeline's
 *   normalisation and post-correction) against expected.json;
 * - seeds text / seeds ocr: the two seeds of shared/corpus (*.txt, *.ocr.txt) against *.gold.json,
 *   leaving out the fields a gold lists in `_uncertain`;
 * - scans (optional, slow): this project's own tesseract.js OCR of the sample scans.
 * The documents of each set: bench/extraction/inputs.ts.
 * Scoring: bench/scoring/score-directive.ts (requirements matched by text similarity). Under ALL (counts summed
 * over documents), the "(doc mean)" rows are the mean of each document's own F1: bench/scoring/document-means.ts.
 *
 * Run: npm run build && node dist/bench/extraction.bench.js [--no-scans] [--no-heldout]
 *      [--docs]       per-document overall F1 of the dev split (never of the held-out split)
 *      [--diff <id>]  expected vs predicted, field by field, for one dev / sample / seed document
 *      [--agreement]  how far two people agree: the dev documents that carry a second reading of their
 *                     requirements (second-reading.json, written without seeing gold.json), scored
 *                     against the gold, beside the extractor against each reading
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirective, type Directive } from '@congvan/extraction';
import { TesseractOcrEngine, type OcrModel } from '@congvan/ocr';
import {
  bodies,
  BODY_FIELDS,
  corpus,
  dirs,
  readJson,
  root,
  samples,
  scans,
  seeds,
  waves,
  type Input,
} from './extraction/inputs.js';
import {
  addLosses,
  deadlineLosses,
  describeLosses,
  NO_LOSSES,
  type DeadlineLosses,
} from './scoring/deadline-losses.js';
import {
  addRequirementLosses,
  describeRequirementLosses,
  NO_REQUIREMENT_LOSSES,
  requirementLosses,
  type RequirementLosses,
} from './scoring/requirement-losses.js';
import { printDiff } from './scoring/diff.js';
import { documentF1, documentMeans, type DocumentF1, type DocumentMean } from './scoring/document-means.js';
import {
  add,
  DIAGNOSTICS,
  EMPTY,
  f1,
  FIELDS,
  scoreDirective,
  type Counts,
  type Field,
} from './scoring/score-directive.js';

interface SetResult {
  totals: Map<Field, Counts>;
  dates: { found: number; wanted: number; predicted: number };
  losses: DeadlineLosses;
  requirementLosses: RequirementLosses;
  /** Each document's F1 overall (over the set's fields) and on requirements and deadlines. */
  perDocument: Array<{ id: string; f: DocumentF1 }>;
  seconds: number;
}

async function run(inputs: Input[], fields: readonly Field[] = FIELDS): Promise<SetResult> {
  const totals = new Map<Field, Counts>();
  const dates = { found: 0, wanted: 0, predicted: 0 };
  let losses = NO_LOSSES;
  let unmatched = NO_REQUIREMENT_LOSSES;
  const perDocument: SetResult['perDocument'] = [];
  const started = Date.now();
  for (const input of inputs) {
    const predicted = extractDirective(await input.text()).directive;
    const gold = input.gold();
    const scored = scoreDirective(
      predicted,
      input.onePage
        ? {
            ...gold,
            requirements: predicted.requirements,
            deadlines: predicted.deadlines,
            distribution: predicted.distribution,
            signer: predicted.signer,
          }
        : gold,
      input.skip,
    );
    for (const [field, c] of scored.counts) totals.set(field, add(totals.get(field) ?? EMPTY, c));
    perDocument.push({ id: input.id, f: documentF1(scored.counts, fields) });
    if (!input.onePage) {
      dates.found += scored.absoluteDates.found;
      dates.wanted += scored.absoluteDates.wanted;
      dates.predicted += scored.absoluteDates.predicted;
      losses = addLosses(losses, deadlineLosses(gold, predicted, scored.requirementPairs));
      unmatched = addRequirementLosses(unmatched, requirementLosses(gold, predicted, scored.requirementPairs));
    }
  }
  return {
    totals,
    dates,
    losses,
    requirementLosses: unmatched,
    perDocument,
    seconds: (Date.now() - started) / 1000,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1).padStart(6) : '     –');
const row = (name: string, c: Counts) => {
  const { p, r, f } = f1(c);
  return `${name.padEnd(24)} ${pct(p)} ${pct(r)} ${pct(f)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
};
/** A per-document mean: F1 only, and how many documents it is taken over. */
const meanRow = (name: string, m: DocumentMean) =>
  `${name.padEnd(24)} ${pct(NaN)} ${pct(NaN)} ${pct(m.f)}  ${String(m.documents).padStart(4)} documents`;

function report(name: string, documents: number, result: SetResult, fields: readonly Field[] = FIELDS): void {
  console.log(`\n${name} (${documents} documents, ${(result.seconds / Math.max(documents, 1)).toFixed(3)} s each)`);
  console.log(`${'field'.padEnd(24)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}    tp   fp   fn`);
  let all = EMPTY;
  for (const field of fields) {
    const c = result.totals.get(field) ?? EMPTY;
    all = add(all, c);
    console.log(row(field, c));
  }
  console.log(row('ALL', all));
  // Beside the sum over documents, the mean of each document's own F1 (bench/scoring/document-means.ts).
  const means = documentMeans(result.perDocument.map((d) => d.f));
  console.log(meanRow('ALL (doc mean)', means.all));
  console.log(meanRow('requirements (doc mean)', means.requirements));
  console.log(meanRow('deadlines (doc mean)', means.deadlines));
  for (const field of DIAGNOSTICS) console.log(row(`(${field})`, result.totals.get(field) ?? EMPTY));
  const d = result.dates;
  console.log(`absolute deadline dates exact: ${d.found}/${d.wanted} (${d.predicted} predicted)`);
  console.log(describeLosses(result.losses));
  console.log(describeRequirementLosses(result.requirementLosses));
}

/** The requirement fields of two readings of the same documents; the header fields are not read twice. */
const REQUIREMENT_FIELDS = ['requirements', 'assignees', 'reportTo', 'deadlines', 'requirements.deadlines'] as const;

function agreement(): void {
  const base = join(root, 'samples/corpus/dev');
  const ids = dirs(base).filter((id) => existsSync(join(base, id, 'second-reading.json')));
  const comparisons = new Map<string, Map<Field, Counts>>([
    ['second reading vs gold (two people)', new Map()],
    ['extractor vs gold', new Map()],
    ['extractor vs second reading', new Map()],
  ]);
  for (const id of ids) {
    const gold = readJson(join(base, id, 'gold.json'));
    const reading = readJson(join(base, id, 'second-reading.json'));
    const second = { ...gold, requirements: reading.requirements, deadlines: reading.deadlines };
    const extracted = extractDirective(readFileSync(join(base, id, 'text.txt'), 'utf8')).directive;
    const pairs: Array<[Directive, Directive]> = [
      [second, gold],
      [extracted, gold],
      [extracted, second],
    ];
    [...comparisons.values()].forEach((totals, i) => {
      const [predicted, expected] = pairs[i];
      for (const [field, c] of scoreDirective(predicted, expected, []).counts)
        totals.set(field, add(totals.get(field) ?? EMPTY, c));
    });
  }
  console.log(`Agreement on ${ids.length} dev documents (${ids.join(', ')})`);
  console.log('The extractor was tuned on dev: its rows here are not evidence of accuracy, only a scale.');
  for (const [name, totals] of comparisons) {
    console.log(`\n${name}`);
    for (const field of REQUIREMENT_FIELDS) console.log(row(field, totals.get(field) ?? EMPTY));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--agreement')) return agreement();
  const diffAt = args.indexOf('--diff');
  if (diffAt >= 0) {
    const id = args[diffAt + 1] ?? '';
    if (id.startsWith('heldout') || id.includes('/heldout/'))
      throw new Error(
        '--diff works on the dev split, the samples and the seeds only: the held-out split is never inspected.',
      );
    const all = [
      ...corpus('dev'),
      ...bodies('dev'),
      ...samples('text.txt'),
      ...samples('ocr.txt'),
      ...seeds('txt'),
      ...seeds('ocr.txt'),
    ];
    const input = all.find(
      (i) =>
        i.id === id ||
        i.id === `dev/${id}` ||
        i.id === `bodies/dev/${id}` ||
        i.id === `samples/${id}` ||
        i.id === `seeds/${id}`,
    );
    if (!input) throw new Error(`No dev, sample or seed document "${id}". Known: ${all.map((i) => i.id).join(', ')}`);
    printDiff(extractDirective(await input.text()).directive, input.gold(), input.skip);
    return;
  }

  // The scans are read with OCR_MODEL of the environment (best, fast or cascade; default cascade).
  const model = process.env.OCR_MODEL as OcrModel | undefined;
  const engine = args.includes('--no-scans') ? null : await TesseractOcrEngine.create(model ? { model } : {});
  // --no-heldout while tuning: the held-out figures are read once, at the end, not between changes.
  const heldout = !args.includes('--no-heldout');
  // Each collection wave on its own (wave 3 on: `wave` in meta.json; corpus README, "Wave n"): a wave's
  // held-out figure is what the extractor does on documents collected after the rules were written,
  // and a dev wave's first figure was taken before any tuning on it.
  const byWave = (split: 'dev' | 'heldout') =>
    waves(split).map((wave): [string, Input[]] => [`corpus ${split}, wave ${wave} only`, corpus(split, wave)]);
  const sets: Array<[string, Input[]]> = [
    ['corpus dev', corpus('dev')],
    ...byWave('dev'),
    ...(heldout ? [['corpus heldout', corpus('heldout')] as [string, Input[]], ...byWave('heldout')] : []),
    ['bodies dev', bodies('dev')],
    ...(heldout ? [['bodies heldout', bodies('heldout')] as [string, Input[]]] : []),
    ['samples clean (text.txt)', samples('text.txt')],
    ['samples ocr (ocr.txt)', samples('ocr.txt')],
    ['seeds text', seeds('txt')],
    ['seeds real OCR (post-corrected)', seeds('ocr.txt')],
    ['scans (tesseract.js)', engine ? scans(engine) : []],
  ];
  for (const [name, inputs] of sets) {
    if (inputs.length === 0) continue;
    const fields = name.startsWith('bodies ') ? BODY_FIELDS : FIELDS;
    const result = await run(inputs, fields);
    report(name, inputs.length, result, fields);
    // Per-document figures for tuning: the dev splits only, never the held-out ones.
    if (args.includes('--docs') && (name === 'corpus dev' || name === 'bodies dev'))
      for (const { id, f } of [...result.perDocument].sort((a, b) => a.f.all - b.f.all))
        console.log(`  ${pct(f.all)}  ${id}`);
  }
  await engine?.terminate();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
