/**
 * Precision / recall of matching incoming reports to the tasks they answer (prints figures; not a test).
 *
 *   npm run build && node dist/bench/reply-matching.bench.js [--verbose]
 *
 * Input: samples/reports (33 written reports, answers and decoys, see its README), the directives
 * they may answer (samples/reports/directives.json) and the two sample registries (samples/org).
 * A document is a positive when it is the answer of a unit to one directive (`expect: match`).
 * A decision to close a task is a true positive when directive and unit are the expected ones,
 * else a false positive; a positive not closed is a false negative. Documents that must wait for
 * the clerk (`expect: pending`) are counted apart: closing one is a false positive.
 * Targets (issue 18): precision 1.0, recall ≥ 0.9.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchReply, type ReplyDirective, type ReplyUnit } from '../libs/tasking/src/match-reply.js';

interface Expected {
  file: string;
  expect: 'match' | 'pending' | 'none';
  directive: string | null;
  unit: string | null;
  note: string;
  header?: {
    from?: { organId?: string; organName?: string };
    responseFor?: Array<{ code: string; promulgationDate?: string }>;
  };
}
interface RegistryFile {
  units: Array<{ code: string; name: string; aliases: string[]; parentCode: string | null }>;
}
interface DirectiveSpec extends Omit<ReplyDirective, 'documentId' | 'openHolders' | 'holders'> {
  key: string;
  holders: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..', '..'), join(here, '..'), process.cwd()].find((d) =>
  existsSync(join(d, 'samples/reports')),
);
if (!root) throw new Error('samples/reports not found');
const samplesRoot: string = root;
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const registry = ['samples/org/myduc-2024-08.json', 'samples/org/dongda-2024-01.json'].flatMap(
  (f) => read<RegistryFile>(f).units,
);
const nameOf = new Map(registry.map((u) => [u.code, u.name]));
const units: ReplyUnit[] = registry.map((u) => ({
  id: u.code,
  code: u.code,
  name: u.name,
  aliases: u.aliases,
  parentName: u.parentCode ? (nameOf.get(u.parentCode) ?? null) : null,
}));
const directives: ReplyDirective[] = read<{ directives: DirectiveSpec[] }>(
  'samples/reports/directives.json',
).directives.map(({ key, holders, ...d }) => {
  const ids = units.filter((u) => holders.some((p) => u.code.startsWith(p))).map((u) => u.id);
  return { ...d, documentId: key, holders: ids, openHolders: ids };
});
const training = read<{ documents: Expected[] }>('samples/reports/index.json').documents;
const heldOut = read<{ documents: Expected[] }>('samples/reports/heldout/index.json').documents;
const verbose = process.argv.includes('--verbose');

/** Lines wrapped at 72 columns, as a PDF text layer or OCR gives them. */
function wrap(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(.{1,72})(?:\s+|$)/g, '$1\n').trimEnd())
    .join('\n');
}

function run(label: string, documents: Expected[], transform: (text: string) => string): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pendingRight = 0;
  let noneRight = 0;
  const started = performance.now();
  for (const doc of documents) {
    const text = transform(readFileSync(join(samplesRoot, 'samples/reports', doc.file), 'utf8'));
    const header = doc.header
      ? {
          fromOrganId: doc.header.from?.organId ?? null,
          fromOrganName: doc.header.from?.organName ?? null,
          responseFor: (doc.header.responseFor ?? []).map((r) => {
            const [number, ...rest] = r.code.split('-');
            return { number, symbol: rest.join('-'), promulgationDate: r.promulgationDate ?? null };
          }),
        }
      : null;
    const decision = matchReply({ text, header }, directives, units);
    const got =
      decision.outcome === 'matched'
        ? `matched ${decision.directiveId} ${decision.unitId}`
        : `${decision.outcome} (${decision.reason})`;
    if (decision.outcome === 'matched') {
      if (doc.expect === 'match' && decision.directiveId === doc.directive && decision.unitId === doc.unit) tp++;
      else {
        fp++;
        if (doc.expect === 'match') fn++;
      }
    } else if (doc.expect === 'match') fn++;
    else if (doc.expect === decision.outcome && doc.expect === 'pending') pendingRight++;
    else if (doc.expect === decision.outcome) noneRight++;
    const ok =
      (doc.expect === 'match' && got === `matched ${doc.directive} ${doc.unit}`) || doc.expect === decision.outcome;
    if (verbose || !ok)
      console.log(`${ok ? 'ok  ' : 'MISS'} ${doc.file.padEnd(40)} expected ${doc.expect.padEnd(7)} got ${got}`);
  }
  const ms = performance.now() - started;
  const count = (e: Expected['expect']) => documents.filter((d) => d.expect === e).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  console.log(
    `${label}: reports: ${documents.length} (${count('match')} answers, ${count('pending')} for the clerk, ${count('none')} decoys)`,
  );
  console.log(`closed correctly ${tp}, closed wrongly ${fp}, answers not closed ${fn}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}   (targets: 1.0, ≥ 0.9)`);
  console.log(
    `left for the clerk as expected ${pendingRight}/${count('pending')}, decoys left alone ${noneRight}/${count('none')}`,
  );
  console.log(`${(ms / documents.length).toFixed(2)} ms per document`);
}

run('as written', training, (t) => t);
run('wrapped at 72 columns', training, wrap);
run('held out (written after the rules)', heldOut, (t) => t);
