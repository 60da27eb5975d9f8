/**
 * OCR benchmark (prints figures; not a test).
 *
 *   npm run bench:ocr [-- --quick] [-- --before <build>]   (builds first when the sources changed)
 *
 * Pages: every 300 DPI page scan of samples/directives/<id>/ (scan-clean-300-p<N>.png; today the
 * Party layout of Mỹ Đức and the State layout of Đống Đa, two pages each), in three variants made
 * here with sharp, deterministically:
 *   clean   the 300 DPI scan as committed;
 *   office  200 DPI, rotated 0.7°, grain noise, JPEG q60;
 *   poor    150 DPI, rotated 1.5°, grain noise, a crease, bilevel (threshold) PNG;
 *   pdf     the office JPEG as a scanner's PDF (one page, the JPEG stored as is) for congvan, the JPEG
 *           itself for the native CLI (which reads no PDF).
 * Each page is read by congvan (acquireText on a TesseractOcrEngine with 1 worker, in this process;
 * `--workers 2`: 2 workers per engine, a lone page then has two workers to itself)
 * and by the native `tesseract` CLI (Debian tesseract-ocr + tesseract-ocr-vie, OMP_THREAD_LIMIT=1,
 * `-l vie --psm 3`), interleaved page by page (the congvan readers taking turns at reading a page
 * first), so all see the same machine load. When the CLI is absent its columns are skipped with a
 * note. Printed per variant and engine: CER in reading order,
 * CER ignoring line order, reference numbers right (every "number/symbol" and slash date of the
 * truth, e.g. "1100-CV/HU", "22/12/2021", found verbatim in the text), the header's "Số …" right,
 * s/page (and the ratio to native), and peak memory (congvan: this process's RSS above its idle
 * RSS before the engine started; native: max resident set of the CLI process).
 * Pages are read as the application reads them: with their review images (`pageImages`).
 * Where the native CLI is installed, the row "congvan/native" is congvan's own pipeline (layout,
 * retry, post-correction) over the native engine (OCR_ENGINE=native); its peak memory counts this
 * process only, not the CLI processes it starts.
 * `--quick`: the first directive only. Subsets, to keep runs short: `--variants clean,poor`,
 * `--docs myduc` (directives whose id contains one of the words).
 * `cpu s/page` is the CPU time (user + system) of this process and of its CLI processes (those it
 * waited for and those still running), per page: steadier than wall time on a shared machine.
 * `--throughput`: afterwards, every page of each variant read at once on one 2-worker engine (the
 * application's pool: one scheduler for all pages of all documents) and by two native processes at
 * a time; prints pages/min of each and the pool's peak memory (with `--before`, the other build's pool too).
 * `--profile`: first, where one page's time goes (the first page of the first directive, each
 * variant, read once more after the warm-up): decoding, deskew, despeckle, layout, crops, the first
 * reading, line retries, the review image, post-correction, and how many regions, pixels and lines
 * were read (congvan's engine; OcrTimings).
 * `--lang-path <dir>`: congvan's engine (not "before") reads with the vie.traineddata.gz of that
 * folder instead of @tesseract.js-data/vie's best_int model, e.g. to measure another model's cost.
 * `--model best|fast|cascade`: congvan's engine (and the throughput pool) with that OCR_MODEL
 * (default: OCR_MODEL of the environment, else cascade). `--dump <dir>`: every reader's text of each
 * directive and variant written there. `--also fast,cascade`: congvan's engine with each of these
 * models as well, as rows "congvan:<model>" read in the same run.
 * `--before <build>`: also read every page with the OCR library of another build (e.g. a copy of
 * `dist/` made before a change: `--before dist-before`), interleaved with this build's and the
 * native CLI's on the same pages, as the row "before". Both libraries then live in this process,
 * so the peak-memory column of congvan counts both engines' models.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as current from '@congvan/ocr';
import { type Engine, langPath, type OcrLibrary, tableWorkers } from './ocr/engine-options.js';
import { nativeAvailable, readNative, withPeakRss } from './ocr/measure.js';
import { type Page, VARIANTS, variantOf } from './ocr/pages.js';
import { profile } from './ocr/profile.js';
import { emptyScore, pct, score, type Score } from './ocr/score.js';
import { throughput } from './ocr/throughput.js';

/** The repository: the first folder holding samples/directives above this file, else above the working directory. */
function repoRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'samples', 'directives'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('samples/directives not found');
}

async function main(): Promise<void> {
  const root = repoRoot();
  const quick = process.argv.includes('--quick');
  const option = (name: string): string[] | null => {
    const at = process.argv.indexOf(name);
    return at > 0 ? (process.argv[at + 1] ?? '').split(',').filter((word) => word !== '') : null;
  };
  const variants = VARIANTS.filter((variant) => option('--variants')?.includes(variant) ?? true);
  const docWords = option('--docs');
  const directivesDir = join(root, 'samples', 'directives');
  const documents = readdirSync(directivesDir)
    .filter((id) => existsSync(join(directivesDir, id, 'text.txt')))
    .map((id) => {
      const files = readdirSync(join(directivesDir, id))
        .filter((f) => /^scan-clean-300-p\d+\.png$/.test(f))
        .sort((a, b) => Number(a.match(/\d+(?=\.png)/)![0]) - Number(b.match(/\d+(?=\.png)/)![0]));
      const pages: Page[] = files.map((f, index) => ({
        id,
        index,
        clean: readFileSync(join(directivesDir, id, f)),
      }));
      const truth = readFileSync(join(directivesDir, id, 'text.txt'), 'utf8').replace(/\*\*/g, '');
      return { id, pages, truth };
    })
    .filter((d) => d.pages.length > 0 && (docWords?.some((word) => d.id.includes(word)) ?? true))
    .slice(0, quick ? 1 : undefined);
  if (documents.length === 0) throw new Error('no directive of samples/directives has a scan-clean-300-p<N>.png');

  const native = nativeAvailable();
  console.log(`OCR benchmark — ${new Date().toISOString()} — node ${process.version}`);
  console.log(
    `pages: ${documents.map((d) => `${d.id} (${d.pages.length})`).join(', ')}${quick ? ' — quick' : ''}; variants: ${variants.join(', ')}`,
  );
  console.log(
    native
      ? `native: ${native}, OMP_THREAD_LIMIT=1, -l vie --psm 3, interleaved page by page with congvan`
      : 'native: `tesseract` with `vie` not installed — native columns skipped (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)',
  );

  const beforeAt = process.argv.indexOf('--before');
  const readers: Array<{ name: string; lib: OcrLibrary; engine?: Engine; native?: boolean; model?: current.OcrModel }> =
    [{ name: 'congvan', lib: current }];
  // `--also fast,cascade`: congvan's engine with each of these models too, as rows "congvan:<model>".
  for (const model of (option('--also') ?? []) as current.OcrModel[])
    readers.push({ name: `congvan:${model}`, lib: current, model });
  // congvan's layout, retry and post-correction over the native CLI (OCR_ENGINE=native).
  if (native) readers.push({ name: 'congvan/native', lib: current, native: true });
  if (beforeAt > 0) {
    const dir = resolve(process.argv[beforeAt + 1]);
    readers.push({ name: 'before', lib: (await import(join(dir, 'libs/ocr/src/index.js'))) as OcrLibrary });
    console.log(`before: the OCR library of ${dir}`);
  }
  const idleRss = process.memoryUsage.rss();
  for (const reader of readers)
    reader.engine = await reader.lib.TesseractOcrEngine.create({
      workers: tableWorkers(),
      ...(reader.native
        ? { engine: 'native' as const }
        : reader.model
          ? { model: reader.model }
          : reader.name === 'congvan'
            ? langPath()
            : {}),
    });
  const work = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  const scores = new Map<string, Score>();
  const scoreOf = (key: string): Score => scores.get(key) ?? scores.set(key, emptyScore()).get(key)!;
  try {
    // Warm-up, not timed: the first page read loads the model into the worker.
    for (const { lib, engine } of readers) await lib.acquireText(documents[0].pages[0].clean, engine!);
    if (process.argv.includes('--profile')) await profile(documents[0].pages[0], variants, readers[0].engine!);
    let pageTurn = 0;
    for (const variant of variants) {
      for (const doc of documents) {
        const texts = new Map<string, string>();
        let nativeText = '';
        for (const page of doc.pages) {
          const { bytes, ext, native: nativeBytes } = await variantOf(page, variant);
          // Readers take turns at reading a page first: always first, congvan measured more CPU than an
          // identical build read second (--quick --before a copy of dist/: 3-13 % more on every variant;
          // perhaps the garbage the other readers left).
          const turn = pageTurn++ % readers.length;
          for (const { name, lib, engine } of [...readers.slice(turn), ...readers.slice(0, turn)]) {
            const run = await withPeakRss(() => lib.acquireText(bytes, engine!, {}, undefined, { pageImages: true }));
            texts.set(name, (texts.get(name) ?? '') + run.value.pages.map((p) => p.normalisedText).join('\n') + '\n');
            const ours = scoreOf(`${variant} ${name}`);
            ours.seconds += run.seconds;
            ours.cpu += run.cpu;
            ours.pages++;
            ours.peakMb = Math.max(ours.peakMb, (run.peakRss - idleRss) / 1024 / 1024);
          }
          if (native) {
            const theirs = readNative(nativeBytes, ext, work);
            nativeText += theirs.text + '\n';
            const s = scoreOf(`${variant} native`);
            s.seconds += theirs.seconds;
            s.cpu += theirs.cpu;
            s.pages++;
            s.peakMb = Math.max(s.peakMb, theirs.peakMb);
          }
        }
        for (const [name, text] of texts) score(scoreOf(`${variant} ${name}`), doc.truth, text);
        if (native) score(scoreOf(`${variant} native`), doc.truth, nativeText);
        const dump = option('--dump')?.[0];
        if (dump)
          for (const [name, text] of [...texts, ['native', nativeText] as const])
            writeFileSync(join(dump, `${variant}-${doc.id}-${name.replace('/', '-')}.txt`), text);
      }
    }
  } finally {
    for (const { engine } of readers) await engine?.terminate();
    rmSync(work, { recursive: true, force: true });
  }

  console.log('');
  console.log(
    'variant | engine         | CER in order | CER any order | refs right | "Số" right | s/page | × native | cpu s/page | × native | peak MB',
  );
  console.log(
    '--------|----------------|--------------|---------------|------------|------------|--------|----------|------------|----------|--------',
  );
  for (const variant of variants) {
    const nativeScore = scores.get(`${variant} native`);
    for (const engineName of [...readers.map((r) => r.name), 'native']) {
      const s = scores.get(`${variant} ${engineName}`);
      if (!s) {
        console.log(`${variant.padEnd(7)} | native         | (not installed)`);
        continue;
      }
      const perPage = s.seconds / s.pages;
      const ratio = nativeScore ? (perPage / (nativeScore.seconds / nativeScore.pages)).toFixed(2) + '×' : '—';
      const cpuPerPage = s.cpu / s.pages;
      const cpuRatio = nativeScore ? (cpuPerPage / (nativeScore.cpu / nativeScore.pages)).toFixed(2) + '×' : '—';
      console.log(
        [
          variant.padEnd(7),
          engineName.padEnd(14),
          pct(s.strict, s.length).padStart(12),
          pct(s.anyOrder, s.length).padStart(13),
          `${s.refsRight}/${s.refs}`.padStart(10),
          `${s.headerRight}/${s.headers}`.padStart(10),
          perPage.toFixed(2).padStart(6),
          ratio.padStart(8),
          cpuPerPage.toFixed(2).padStart(10),
          cpuRatio.padStart(8),
          s.peakMb.toFixed(0).padStart(7),
        ].join(' | '),
      );
    }
  }
  console.log(
    `\ncongvan peak MB: RSS of this process above its idle RSS before the engine started (${tableWorkers()} worker(s) per engine); native: max RSS of the CLI.`,
  );
  if (process.argv.includes('--throughput'))
    await throughput(documents, variants, native !== null, readers.find((r) => r.name === 'before')?.lib);
}

await main();
