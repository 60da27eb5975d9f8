/**
 * Field-level precision / recall / F1 of the extractor over samples/directives, printed per field,
 * for three kinds of input in the same run: the clean text (text.txt), OCR text as produced
 * elsewhere (ocr.txt, e.g. the real OCR seed; post-corrected as the pipeline does), and this
 * project's own OCR of the scans
 * (scan-clean-300.tif / scan-degraded-200-p*.jpg through tesseract.js).
 *
 * Scoring. Scalar fields (system, docType, issuer, number, symbol, place, date, subject, signer):
 * a value equal to the expected one is a true positive; a different value is a false positive (and
 * a false negative when one was expected); null where a value was expected is a false negative.
 * List fields (recipients, references, deadlines, requirements, report routes, distribution): items
 * are matched one to one on their identity (text; number+symbol; kind+date/rrule/offset; ref;
 * target+groups); unmatched predictions are false positives, unmatched expectations false negatives.
 *
 * Run: npm run build && node dist/bench/extraction.bench.js [--no-scans]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirective, type Directive } from '@congvan/extraction';
import { acquireText, normaliseText, TesseractOcrEngine } from '@congvan/ocr';

type Counts = { tp: number; fp: number; fn: number };
const SCALARS = ['system', 'docType', 'issuer', 'number', 'symbol', 'place', 'date', 'subject', 'signer'] as const;
const LISTS: Record<string, (d: Directive) => string[]> = {
  recipients: (d) => d.recipients,
  references: (d) => d.references.map((r) => `${r.number}|${r.symbol}|${r.date}`),
  deadlines: (d) => d.deadlines.map((x) => `${x.kind}|${x.date ?? x.rrule ?? x.offset}`),
  requirements: (d) => d.requirements.map((r) => r.ref),
  reportTo: (d) =>
    d.requirements.flatMap((r) => r.reportTo.map((t) => `${r.ref}|${t.target}|${t.forGroups.join(';')}`)),
  distribution: (d) => d.distribution,
};

function score(totals: Map<string, Counts>, predicted: Directive, expected: Directive): void {
  const add = (field: string, c: Partial<Counts>) => {
    const t = totals.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    totals.set(field, { tp: t.tp + (c.tp ?? 0), fp: t.fp + (c.fp ?? 0), fn: t.fn + (c.fn ?? 0) });
  };
  for (const field of SCALARS) {
    const [p, e] = [JSON.stringify(predicted[field]), JSON.stringify(expected[field])];
    const empty = (v: string) => v === 'null' || v === undefined;
    if (!empty(p) && p === e) add(field, { tp: 1 });
    else if (!empty(p)) add(field, { fp: 1, fn: empty(e) ? 0 : 1 });
    else if (!empty(e)) add(field, { fn: 1 });
  }
  for (const [field, items] of Object.entries(LISTS)) {
    const rest = [...items(expected)];
    let tp = 0;
    for (const item of items(predicted)) {
      const at = rest.indexOf(item);
      if (at >= 0) {
        rest.splice(at, 1);
        tp++;
      }
    }
    add(field, { tp, fp: items(predicted).length - tp, fn: rest.length });
  }
}

function absoluteDates(predicted: Directive, expected: Directive): [number, number] {
  const found = new Set(predicted.deadlines.filter((d) => d.kind === 'absolute').map((d) => d.date));
  const wanted = expected.deadlines.filter((d) => d.kind === 'absolute').map((d) => d.date);
  return [wanted.filter((d) => found.has(d)).length, wanted.length];
}

function report(name: string, totals: Map<string, Counts>, dates: [number, number], documents: number): void {
  const pct = (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1).padStart(6) : '     –');
  console.log(`\n${name} (${documents} documents)`);
  console.log(`${'field'.padEnd(14)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}   tp  fp  fn`);
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [field, c] of totals) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    console.log(
      `${field.padEnd(14)} ${pct(p)} ${pct(r)} ${pct((2 * p * r) / (p + r))}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`,
    );
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  const p = all.tp / (all.tp + all.fp);
  const r = all.tp / (all.tp + all.fn);
  console.log(
    `${'ALL'.padEnd(14)} ${pct(p)} ${pct(r)} ${pct((2 * p * r) / (p + r))}  ${String(all.tp).padStart(3)} ${String(all.fp).padStart(3)} ${String(all.fn).padStart(3)}`,
  );
  console.log(`absolute deadline dates exact: ${dates[0]}/${dates[1]}`);
}

async function main(): Promise<void> {
  const root = join(process.cwd(), 'samples/directives');
  const ids = readdirSync(root).filter((id) => existsSync(join(root, id, 'expected.json')));
  const runs: Record<string, Array<{ id: string; text: () => Promise<string> }>> = { clean: [], ocr: [], scans: [] };
  const engine = process.argv.includes('--no-scans') ? null : await TesseractOcrEngine.create();
  for (const id of ids) {
    const file = (name: string) => join(root, id, name);
    runs.clean.push({ id, text: async () => readFileSync(file('text.txt'), 'utf8') });
    // Raw OCR text goes through the same normalisation and post-correction as the pipeline's.
    if (existsSync(file('ocr.txt')))
      runs.ocr.push({ id, text: async () => normaliseText(readFileSync(file('ocr.txt'), 'utf8')).normalisedText });
    const scans = ['scan-clean-300.tif', 'scan-degraded-200-p1.jpg'].filter((name) => existsSync(file(name)));
    for (const scan of engine ? scans : []) {
      runs.scans.push({
        id: `${id}/${scan}`,
        text: async () =>
          (await acquireText(readFileSync(file(scan)), engine!)).pages.map((p) => p.normalisedText).join('\n\n'),
      });
    }
  }
  for (const [name, inputs] of Object.entries(runs)) {
    if (inputs.length === 0) continue;
    const totals = new Map<string, Counts>();
    const dates: [number, number] = [0, 0];
    const started = Date.now();
    for (const input of inputs) {
      const expected = JSON.parse(
        readFileSync(join(root, input.id.split('/')[0], 'expected.json'), 'utf8'),
      ) as Directive;
      const predicted = extractDirective(await input.text()).directive;
      // A single page of a two-page scan carries only part of the body: score what page 1 holds.
      const onePage = input.id.endsWith('-p1.jpg');
      score(
        totals,
        predicted,
        onePage
          ? {
              ...expected,
              requirements: predicted.requirements,
              deadlines: predicted.deadlines,
              distribution: predicted.distribution,
              signer: predicted.signer,
            }
          : expected,
      );
      const [found, wanted] = absoluteDates(predicted, expected);
      if (!onePage) [dates[0], dates[1]] = [dates[0] + found, dates[1] + wanted];
    }
    report(
      `${name} — ${((Date.now() - started) / inputs.length / 1000).toFixed(2)} s per document`,
      totals,
      dates,
      inputs.length,
    );
  }
  await engine?.terminate();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
