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
 *   poor    150 DPI, rotated 1.5°, grain noise, a crease, bilevel (threshold) PNG.
 * Each page is read by congvan (acquireText on a TesseractOcrEngine with 1 worker, in this process)
 * and by the native `tesseract` CLI (Debian tesseract-ocr + tesseract-ocr-vie, OMP_THREAD_LIMIT=1,
 * `-l vie --psm 3`), interleaved page by page, so both see the same machine load. When the CLI is
 * absent its columns are skipped with a note. Printed per variant and engine: CER in reading order,
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
 * a time; prints pages/min of each and the pool's peak memory.
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
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type Sharp } from 'sharp';

import * as current from '@congvan/ocr';

const { characterErrorRate } = current;
type OcrLibrary = Pick<typeof current, 'acquireText' | 'TesseractOcrEngine'>;
type Engine = Awaited<ReturnType<typeof current.TesseractOcrEngine.create>>;

type Variant = 'clean' | 'office' | 'poor';
const VARIANTS: Variant[] = ['clean', 'office', 'poor'];

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

interface Page {
  id: string;
  index: number;
  clean: Buffer;
}

interface Reading {
  text: string;
  seconds: number;
  cpu: number;
  peakMb: number;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run degrades the same way. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The page as scanned again at `dpi`, `angle`° off, with grain of ±`noise` grey levels and a few specks;
 * with `crease`, the mark of a fold across the page: a broken grey line with specks along it.
 */
async function degrade(
  png: Buffer,
  dpi: number,
  angle: number,
  noise: number,
  seed: number,
  crease = false,
): Promise<Sharp> {
  const meta = await sharp(png).metadata();
  const scale = dpi / 300;
  const { data, info } = await sharp(png)
    .greyscale()
    .resize(Math.round((meta.width ?? 0) * scale), Math.round((meta.height ?? 0) * scale))
    .rotate(angle, { background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const next = random(seed);
  for (let i = 0; i < data.length; i++) {
    const grain = (next() + next() + next() - 1.5) * 2 * noise;
    data[i] = Math.max(0, Math.min(255, data[i] + grain));
  }
  // Specks of dust: small dark dots over the page.
  for (let k = 0; k < 400; k++) {
    const x = Math.floor(next() * (info.width - 2));
    const y = Math.floor(next() * (info.height - 2));
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ])
      data[(y + dy) * info.width + x + dx] = 40;
  }
  if (crease) {
    // A fold at 40 % of the height, waving by a few pixels, dark where the paper broke, with grit beside it.
    const at = Math.round(info.height * 0.4);
    for (let x = 0; x < info.width; x++) {
      const y = at + Math.round(3 * Math.sin(x / 90));
      if (next() < 0.7) for (let dy = 0; dy < 2; dy++) data[(y + dy) * info.width + x] = Math.round(60 + next() * 80);
      if (next() < 0.08) {
        const sy = y + Math.round((next() - 0.5) * 24);
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
        ])
          if (x + dx < info.width) data[(sy + dy) * info.width + x + dx] = 50;
      }
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).withMetadata({ density: dpi });
}

async function variantOf(page: Page, variant: Variant): Promise<{ bytes: Buffer; ext: string }> {
  const seed = page.id.length * 1000 + page.index;
  switch (variant) {
    case 'clean':
      return { bytes: page.clean, ext: 'png' };
    case 'office':
      return {
        bytes: await (await degrade(page.clean, 200, 0.7, 18, seed)).jpeg({ quality: 60 }).toBuffer(),
        ext: 'jpg',
      };
    case 'poor':
      return {
        bytes: await (await degrade(page.clean, 150, 1.5, 30, seed, true)).threshold(150).png().toBuffer(),
        ext: 'png',
      };
  }
}

/**
 * CPU seconds used so far by this process (every thread), by the child processes it has waited for
 * and by those still running (the native engine keeps its `tesseract` processes between pages):
 * /proc/self/stat utime + stime + cutime + cstime, plus utime + stime of each live child
 * (process.cpuUsage elsewhere, children not counted).
 */
function cpuSeconds(): number {
  try {
    // Fields 14–17 of proc(5), counted from the state (field 3) here.
    const fieldsOf = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const fields = fieldsOf(readFileSync('/proc/self/stat', 'utf8'));
    let ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const child = fieldsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        if (Number(child[1]) === process.pid) ticks += Number(child[11]) + Number(child[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }
}

/** Peak RSS of this process while `work` runs (the engine's workers are threads of it). */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRss: number; seconds: number; cpu: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = process.hrtime.bigint();
  const cpu = cpuSeconds();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRss: peak, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpuSeconds() - cpu };
  } finally {
    clearInterval(timer);
  }
}

function nativeAvailable(): string | null {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.error || !`${langs.stdout}${langs.stderr}`.split('\n').includes('vie')) return null;
  return spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
}

function readNative(bytes: Buffer, ext: string, work: string): Reading {
  const input = join(work, `page.${ext}`);
  writeFileSync(input, bytes);
  const out = join(work, 'out');
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : 'tesseract';
  const args = [input, out, '-l', 'vie', '--psm', '3'];
  const started = process.hrtime.bigint();
  const cpu = cpuSeconds();
  const run = spawnSync(command, timed ? ['-f', '%M', 'tesseract', ...args] : args, {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`tesseract failed: ${run.stderr}`);
  const peakKb = timed ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { text: readFileSync(`${out}.txt`, 'utf8'), seconds, cpu: cpuSeconds() - cpu, peakMb: peakKb / 1024 };
}

/** Every "number-SYMBOL/…", "/SYMBOL-…" reference and slash date of the truth. */
function references(truth: string): string[] {
  return [...truth.matchAll(/[\p{L}\p{N}-]*\/[\p{L}\p{N}/-]*[\p{L}\p{N}]/gu)]
    .map((m) => m[0])
    .filter((ref) => /\p{N}/u.test(ref) || /\p{Lu}{2}/u.test(ref))
    .filter((ref) => !/^(?:b\/c|V\/v|đ\/c|T\/M)$/iu.test(ref));
}

function headerReference(truth: string): string | null {
  return truth.match(/^Số:?\s*(\S+)/mu)?.[1] ?? null;
}

interface Score {
  /** Characters of the truth (the denominator of both CERs). */
  length: number;
  strict: number;
  anyOrder: number;
  refsRight: number;
  refs: number;
  headerRight: number;
  headers: number;
  seconds: number;
  cpu: number;
  pages: number;
  peakMb: number;
}

const emptyScore = (): Score => ({
  length: 0,
  strict: 0,
  anyOrder: 0,
  refsRight: 0,
  refs: 0,
  headerRight: 0,
  headers: 0,
  seconds: 0,
  cpu: 0,
  pages: 0,
  peakMb: 0,
});

/** Scores one document (its pages joined) read by one engine. */
function score(into: Score, truth: string, text: string): void {
  const collapsed = text.replace(/\s+/gu, ' ');
  const strict = characterErrorRate(truth, text);
  const anyOrder = characterErrorRate(truth, text, { ignoreLineOrder: true });
  into.strict += strict.errors;
  into.anyOrder += anyOrder.errors;
  into.length += strict.length;
  const refs = references(truth);
  into.refs += refs.length;
  into.refsRight += refs.filter((ref) => collapsed.includes(ref)).length;
  const header = headerReference(truth);
  if (header) {
    into.headers++;
    if (new RegExp(`Số:?\\s*${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(collapsed)) into.headerRight++;
  }
}

const pct = (errors: number, length: number): string => `${((errors / length) * 100).toFixed(1)}%`;

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
      workers: 1,
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
    for (const variant of variants) {
      for (const doc of documents) {
        const texts = new Map<string, string>();
        let nativeText = '';
        for (const page of doc.pages) {
          const { bytes, ext } = await variantOf(page, variant);
          for (const { name, lib, engine } of readers) {
            const run = await withPeakRss(() => lib.acquireText(bytes, engine!, {}, undefined, { pageImages: true }));
            texts.set(name, (texts.get(name) ?? '') + run.value.pages.map((p) => p.normalisedText).join('\n') + '\n');
            const ours = scoreOf(`${variant} ${name}`);
            ours.seconds += run.seconds;
            ours.cpu += run.cpu;
            ours.pages++;
            ours.peakMb = Math.max(ours.peakMb, (run.peakRss - idleRss) / 1024 / 1024);
          }
          if (native) {
            const theirs = readNative(bytes, ext, work);
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
    '\ncongvan peak MB: RSS of this process above its idle RSS before the engine started (1 worker); native: max RSS of the CLI.',
  );
  if (process.argv.includes('--throughput')) await throughput(documents, variants, native !== null);
}

/** Where the time of one page goes, per variant (see OcrTimings), read by `engine`. */
async function profile(page: Page, variants: Variant[], engine: Engine): Promise<void> {
  const rows: Array<[Variant, current.OcrTimings, number]> = [];
  for (const variant of variants) {
    const { bytes } = await variantOf(page, variant);
    const timings = current.emptyTimings();
    const started = performance.now();
    await current.acquireText(bytes, engine, {}, undefined, { pageImages: true, timings });
    rows.push([variant, timings, performance.now() - started]);
  }
  const phases = [
    'decode',
    'deskew',
    'despeckle',
    'layout',
    'crop',
    'firstRead',
    'retry',
    'reviewImage',
    'normalise',
  ] as const;
  console.log(`\nprofile: ${page.id} p${page.index + 1} through acquireText, ms (wall) per phase, congvan engine`);
  console.log(
    `variant | ${phases.map((p) => p.padStart(9)).join(' | ')} |     page | regions read | Mpx read | lines | retried | kept`,
  );
  for (const [variant, t, total] of rows)
    console.log(
      [
        variant.padEnd(7),
        ...phases.map((p) => t[p].toFixed(0).padStart(9)),
        total.toFixed(0).padStart(8),
        `${t.regionsRead}/${t.regions}`.padStart(12),
        (t.pixelsRead / 1e6).toFixed(2).padStart(8),
        String(t.linesRead).padStart(5),
        String(t.linesRetried).padStart(7),
        String(t.retriesKept).padStart(4),
      ].join(' | '),
    );
  // Each region's first reading: model, megapixels, lines, ms from its submission (regions queue on the worker).
  for (const [variant, t] of rows)
    console.log(
      `${variant.padEnd(7)} regions: ${t.regionReads
        .map(
          (r) =>
            `${r.model === 'best' ? 'best' : 'main'} ${r.megapixels.toFixed(2)} Mpx ${r.lines} lines ${r.ms.toFixed(0)} ms`,
        )
        .join('; ')}`,
    );
  console.log('');
}

/**
 * `--lang-path <dir>`: congvan's engine reads with the vie.traineddata.gz of that folder (to compare
 * models); `--model best|fast|cascade`: with that OCR_MODEL (default: OCR_MODEL of the environment, else cascade).
 */
function langPath(): { langPath?: string; model?: current.OcrModel } {
  const at = process.argv.indexOf('--lang-path');
  const modelAt = process.argv.indexOf('--model');
  const model = (modelAt > 0 ? process.argv[modelAt + 1] : process.env.OCR_MODEL) as current.OcrModel | undefined;
  if (model && !current.OCR_MODELS.includes(model)) throw new Error(`--model: one of ${current.OCR_MODELS.join(', ')}`);
  return { ...(at > 0 ? { langPath: resolve(process.argv[at + 1]) } : {}), ...(model ? { model } : {}) };
}

/** Runs `tasks` with at most `limit` at once. */
async function parallel(limit: number, tasks: Array<() => Promise<unknown>>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

function nativeAsync(bytes: Buffer): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'vie', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`tesseract exited with ${code}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}

/**
 * Pages/min on 2 cores: every page of the variant read at once by one 2-worker engine (acquireText
 * per page, all submitted together, as the pipeline does for several documents), then by two native
 * processes at a time. Peak MB: this process's RSS above its RSS before the pool started.
 */
async function throughput(
  documents: Array<{ pages: Page[] }>,
  variants: Variant[],
  withNative: boolean,
): Promise<void> {
  console.log('\nthroughput on 2 cores (every page of the variant at once)');
  console.log('variant | congvan pages/min | native ×2 pages/min | congvan ÷ native | pool peak MB');
  console.log('--------|-------------------|---------------------|------------------|-------------');
  for (const variant of variants) {
    const inputs = await Promise.all(documents.flatMap((doc) => doc.pages.map((page) => variantOf(page, variant))));
    const idle = process.memoryUsage.rss();
    const engine = await current.TesseractOcrEngine.create({ workers: 2, ...langPath() });
    let ours: { seconds: number; peakRss: number };
    try {
      // Two pages at once: each worker reads one, so both have made their (slower) first reading.
      await Promise.all(inputs.slice(0, 2).map(({ bytes }) => current.acquireText(bytes, engine)));
      ours = await withPeakRss(() =>
        Promise.all(inputs.map(({ bytes }) => current.acquireText(bytes, engine, {}, undefined, { pageImages: true }))),
      );
    } finally {
      await engine.terminate();
    }
    let nativeSeconds = NaN;
    if (withNative) {
      const started = process.hrtime.bigint();
      await parallel(
        2,
        inputs.map(
          ({ bytes }) =>
            () =>
              nativeAsync(bytes),
        ),
      );
      nativeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const oursRate = (inputs.length / ours.seconds) * 60;
    const nativeRate = (inputs.length / nativeSeconds) * 60;
    console.log(
      [
        variant.padEnd(7),
        oursRate.toFixed(1).padStart(17),
        (withNative ? nativeRate.toFixed(1) : '—').padStart(19),
        (withNative ? (oursRate / nativeRate).toFixed(2) + '×' : '—').padStart(16),
        ((ours.peakRss - idle) / 1024 / 1024).toFixed(0).padStart(12),
      ].join(' | '),
    );
  }
}

await main();
