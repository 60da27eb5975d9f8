/**
 * Main-thread stall while a very long text is extracted (prints figures; not a test).
 *
 *   npm run bench:extraction-stall [-- pages]
 *
 * A real dev text repeated to `pages` pages (default 1,000; 3,000 characters a page) is extracted
 * once in this thread (extractDirective, as the pipeline did) and once in an ExtractionPool thread
 * (as it does now). For each, perf_hooks.monitorEventLoopDelay says how late this thread's timers
 * ran meanwhile: the longest delay is the longest an HTTP request would have waited. The reference
 * is the same measurement over the same time with no work, in the same run. Both results must be
 * identical.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ExtractionPool, extractDirective } from '@congvan/extraction';

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..', '..'), process.cwd()].find((dir) => existsSync(join(dir, 'samples/corpus/dev')));
if (!root) throw new Error('samples/corpus/dev not found above dist/bench or the working directory');
const pages = Number(process.argv[2] ?? 1000);
const CHARS_PER_PAGE = 3000;
const DEV_TEXT = 'btctw-2025-11-huongdan-quydinh377-canbo';

const base = readFileSync(join(root, 'samples/corpus/dev', DEV_TEXT, 'text.txt'), 'utf8');
let text = base;
while (text.length < pages * CHARS_PER_PAGE) text += `\n\n${base}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Stall {
  wallMs: number;
  maxMs: number;
  p99Ms: number;
}

/** How late this thread's timers ran while `work` ran (10 ms resolution, with 50 ms of quiet either side). */
async function measure<T>(work: () => Promise<T>): Promise<Stall & { value: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await sleep(50);
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  await sleep(50);
  histogram.disable();
  return { value, wallMs, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
}

const pool = new ExtractionPool({ size: 1 });
await pool.extract(base); // the thread is started and loaded before it is measured

const inThread = await measure(async () => extractDirective(text));
const offThread = await measure(() => pool.extract(text));
const reference = await measure(() => sleep(Math.max(inThread.wallMs, offThread.wallMs)));
await pool.close();

const identical = JSON.stringify(offThread.value) === JSON.stringify(inThread.value);
const row = (label: string, stall: Stall) =>
  `${label.padEnd(38)} ${stall.wallMs.toFixed(0).padStart(8)} ${stall.maxMs.toFixed(1).padStart(12)} ${stall.p99Ms.toFixed(1).padStart(12)}`;
process.stdout.write(
  [
    `Extraction of ${DEV_TEXT} repeated to ${pages} pages (${text.length.toLocaleString('en')} characters), ` +
      `node ${process.version}`,
    `${'main-thread event-loop delay'.padEnd(38)} ${'wall ms'.padStart(8)} ${'max ms'.padStart(12)} ${'p99 ms'.padStart(12)}`,
    row('no work (reference)', reference),
    row('before: extractDirective in this thread', inThread),
    row('after: ExtractionPool (1 thread)', offThread),
    `results identical: ${identical} (${inThread.value.directive.requirements.length} requirements)`,
    '',
  ].join('\n'),
);
if (!identical) process.exitCode = 1;
