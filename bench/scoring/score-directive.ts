/**
 * Field-level scoring of one extracted Directive against its gold, for bench/extraction.bench.ts.
 *
 * Scalars (system, docType, issuer.parent, issuer.name, number, symbol, place, date, subject, the
 * four signer parts): a value equal to the gold is a true positive; a different value is a false
 * positive (and a false negative when the gold has one); null where the gold has a value is a false
 * negative; null where the gold has null counts nothing. Text is compared after NFC, one tone
 * placement ("UỶ" = "ỦY"), single spaces and no trailing ";,.:" — case matters for scalars.
 *
 * Lists are matched one to one; unmatched predictions are false positives, unmatched gold items
 * false negatives.
 * - recipients, distribution: the same normalised text, case folded.
 * - references: number and symbol (spaces removed, "85" + "2015/QH13" = "85/2015" + "QH13"); the kind, date, issuer and role of each matched
 *   pair are scored as scalars in "references.attrs".
 * - deadlines: kind and date / rrule / offset+anchor.
 * - requirements: by TEXT, not by ref (prose has no natural refs, seed gold paraphrases): word-set
 *   Dice ≥ 0.5 over case- and punctuation-folded words, greedily by best score. For each matched
 *   pair, its assignees (case folded) and reportTo routes (target and groups, case folded) are
 *   scored as lists; its ref and its own deadlines are diagnostics outside the overall figure.
 */
import { canonicaliseTones } from '@congvan/common';
import type { Deadline, Directive, Requirement } from '@congvan/extraction';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Fields in the overall figure, in print order. */
export const FIELDS = [
  'system',
  'docType',
  'issuer.parent',
  'issuer.name',
  'number',
  'symbol',
  'place',
  'date',
  'subject',
  'recipients',
  'references',
  'references.attrs',
  'requirements',
  'assignees',
  'reportTo',
  'deadlines',
  'distribution',
  'signer.authority',
  'signer.body',
  'signer.title',
  'signer.name',
] as const;
/** Printed under the table, not part of the overall figure. */
export const DIAGNOSTICS = [
  'requirements.ref',
  'requirements.deadlines',
  'references.kind',
  'references.date',
  'references.issuer',
  'references.role',
] as const;

export type Field = (typeof FIELDS)[number] | (typeof DIAGNOSTICS)[number];

export interface DocumentScore {
  counts: Map<Field, Counts>;
  /** Gold absolute deadline dates found among the predicted ones (multiset), gold count, predicted count. */
  absoluteDates: { found: number; wanted: number; predicted: number };
  /** Gold requirement index → predicted requirement index. */
  requirementPairs: Array<[number, number]>;
}

export const EMPTY: Counts = { tp: 0, fp: 0, fn: 0 };

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  // Nothing expected and nothing predicted is perfect; otherwise F1 from P and R (0 when either is 0).
  const f = c.tp + c.fp + c.fn === 0 ? NaN : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { p, r, f };
}

/** NFC, one tone placement, single spaces, no trailing ";,.:". */
export function normalise(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const value = canonicaliseTones(text)
    .replace(/\s+/gu, ' ')
    .replace(/[\s;,.:]+$/u, '')
    .trim();
  return value === '' ? null : value;
}

const key = (text: string | null | undefined) => normalise(text)?.toLowerCase() ?? '';

/** Lower-case words (letters and digits) with their diacritics, tones in one placement. */
export function words(text: string): Set<string> {
  return new Set(key(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Word-set Dice coefficient: 2|A∩B| / (|A|+|B|). */
export function wordDice(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.size + y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * One-to-one pairs [gold index, predicted index] with similarity ≥ threshold, taken greedily by best
 * score (ties: earlier gold, then earlier prediction).
 */
export function matchByText(gold: string[], predicted: string[], threshold = 0.5): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const s = wordDice(g, p);
      if (s >= threshold) candidates.push({ g: gi, p: pi, s });
    }),
  );
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const [usedG, usedP] = [new Set<number>(), new Set<number>()];
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Multiset match on identity keys. */
export function scoreList(gold: string[], predicted: string[]): Counts {
  const rest = [...gold];
  let tp = 0;
  for (const item of predicted) {
    const at = rest.indexOf(item);
    if (at >= 0) {
      rest.splice(at, 1);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: rest.length };
}

export function scoreScalar(gold: string | null | undefined, predicted: string | null | undefined): Counts {
  const [e, p] = [normalise(gold), normalise(predicted)];
  if (p !== null && p === e) return { tp: 1, fp: 0, fn: 0 };
  if (p !== null) return { tp: 0, fp: 1, fn: e === null ? 0 : 1 };
  return { tp: 0, fp: 0, fn: e === null ? 0 : 1 };
}

export const deadlineKey = (d: Deadline): string =>
  `${d.kind}|${d.date ?? d.rrule ?? `${d.offset ?? ''}@${d.anchor ?? ''}`}`;
const routeKey = (r: Requirement['reportTo'][number]) => `${key(r.target)}|${r.forGroups.map(key).sort().join(';')}`;
/** "85/2015/QH13" whether split "85" + "2015/QH13" or "85/2015" + "QH13": the contract does not say where the year goes. */
export const referenceKey = (r: Pick<Directive['references'][number], 'number' | 'symbol'>) =>
  [r.number, r.symbol].filter(Boolean).join('/').replace(/\s+/g, '').replace(/–/g, '-');

/**
 * Scores one document. `skip` lists gold fields marked uncertain (the seeds' `_uncertain`: e.g.
 * "number", "signer.title"): they count nothing.
 */
export function scoreDirective(predicted: Directive, gold: Directive, skip: string[] = []): DocumentScore {
  const counts = new Map<Field, Counts>();
  const put = (field: Field, c: Counts) => {
    if (!skip.includes(field)) counts.set(field, add(counts.get(field) ?? EMPTY, c));
  };

  const scalars: Array<[Field, (d: Directive) => string | null | undefined]> = [
    ['system', (d) => d.system],
    ['docType', (d) => d.docType],
    ['issuer.parent', (d) => d.issuer?.parent],
    ['issuer.name', (d) => d.issuer?.name],
    ['number', (d) => d.number],
    ['symbol', (d) => d.symbol?.replace(/\s+/g, '')],
    ['place', (d) => d.place],
    ['date', (d) => d.date],
    ['subject', (d) => d.subject],
    ['signer.authority', (d) => d.signer?.authority],
    ['signer.body', (d) => d.signer?.body],
    ['signer.title', (d) => d.signer?.title],
    ['signer.name', (d) => d.signer?.name],
  ];
  for (const [field, get] of scalars) put(field, scoreScalar(get(gold), get(predicted)));

  put('recipients', scoreList(gold.recipients.map(key), predicted.recipients.map(key)));
  put('distribution', scoreList(gold.distribution.map(key), predicted.distribution.map(key)));
  put('deadlines', scoreList(gold.deadlines.map(deadlineKey), predicted.deadlines.map(deadlineKey)));

  // References: one to one on number and symbol; then their attributes.
  const refsLeft = predicted.references.map((r, i) => ({ r, i }));
  let refTp = 0;
  for (const g of gold.references) {
    const at = refsLeft.findIndex(({ r }) => referenceKey(r) === referenceKey(g));
    if (at < 0) continue;
    const [{ r }] = refsLeft.splice(at, 1);
    refTp++;
    for (const attr of ['kind', 'date', 'issuer', 'role'] as const) {
      const c = scoreScalar(g[attr], r[attr]);
      put('references.attrs', c);
      put(`references.${attr}`, c);
    }
  }
  put('references', { tp: refTp, fp: predicted.references.length - refTp, fn: gold.references.length - refTp });

  const pairs = matchByText(
    gold.requirements.map((r) => r.text),
    predicted.requirements.map((r) => r.text),
  );
  put('requirements', {
    tp: pairs.length,
    fp: predicted.requirements.length - pairs.length,
    fn: gold.requirements.length - pairs.length,
  });
  put('assignees', EMPTY);
  put('reportTo', EMPTY);
  for (const [g, p] of pairs) {
    const [e, x] = [gold.requirements[g], predicted.requirements[p]];
    put('assignees', scoreList(e.assignees.map(key), x.assignees.map(key)));
    put('reportTo', scoreList(e.reportTo.map(routeKey), x.reportTo.map(routeKey)));
    put('requirements.ref', scoreScalar(e.ref, x.ref));
    put('requirements.deadlines', scoreList(e.deadlines.map(deadlineKey), x.deadlines.map(deadlineKey)));
  }

  const wanted = gold.deadlines.filter((d) => d.kind === 'absolute').map((d) => d.date ?? '');
  const got = predicted.deadlines.filter((d) => d.kind === 'absolute').map((d) => d.date ?? '');
  const dates = scoreList(wanted, got);
  return {
    counts,
    absoluteDates: { found: dates.tp, wanted: wanted.length, predicted: got.length },
    requirementPairs: pairs,
  };
}
