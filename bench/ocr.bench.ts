/**
 * OCR benchmark (prints figures; not a test).
 *
 *   npm run build && node dist/bench/ocr.bench.js [--quick]
 *
 * For every sample of samples/directives/<id>/: seconds per page and peak RSS of tesseract.js (one
 * scheduler, 2 workers, pages submitted together) and of the native `tesseract` CLI (Debian
 * tesseract-ocr + tesseract-ocr-vie, OMP_THREAD_LIMIT=1, one page after another) on the same page
 * images in the same run; CER and WER against the truth text; and the CER of the post-corrected
 * seed OCR text (libs/ocr/test/fixtures/myduc-2024-08-matkhau.ocr.txt) against its truth.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  acquireText,
  characterErrorRate,
  normaliseText,
  TesseractOcrEngine,
  wordErrorRate,
  type AcquiredText,
} from '@congvan/ocr';

const WORKERS = 2;

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

/** The truth as printed: markdown bold markers are not printed on the page. */
function printedTruth(text: string): string {
  return text.replace(/\*\*/g, '');
}

interface Sample {
  id: string;
  name: string;
  files: string[];
  /** Page images the native CLI can read (PNG/JPEG/TIFF), null for PDFs. */
  cliImages: string[] | null;
}

function samplesOf(dir: string, id: string): Sample[] {
  const files = readdirSync(dir).sort();
  const pick = (re: RegExp): string[] => files.filter((f) => re.test(f)).map((f) => join(dir, f));
  const clean = pick(/^scan-clean-300-p\d+\.png$/);
  const degraded = pick(/^scan-degraded-200-p\d+\.jpg$/);
  return [
    { id, name: 'clean 300 DPI PNG', files: clean, cliImages: clean },
    { id, name: 'degraded 200 DPI JPEG', files: degraded, cliImages: degraded },
    {
      id,
      name: 'multi-page TIFF (G4)',
      files: pick(/^scan-clean-300\.tif$/),
      cliImages: pick(/^scan-clean-300\.tif$/),
    },
    { id, name: 'image-only PDF', files: pick(/^scan-image-only\.pdf$/), cliImages: null },
    { id, name: 'born-digital PDF', files: pick(/^scan-born-digital\.pdf$/), cliImages: null },
  ].filter((s) => s.files.length > 0);
}

/** Peak RSS of this process (tesseract.js workers are threads of it) while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number; seconds: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const started = process.hrtime.bigint();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: peak / 1024 / 1024, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    clearInterval(timer);
  }
}

function nativeCli(images: string[]): { text: string; seconds: number; peakMb: number; pages: number } {
  const started = process.hrtime.bigint();
  let text = '';
  let peakKb = 0;
  let pages = 0;
  const work = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  try {
    for (const image of images) {
      const out = join(work, 'out');
      const run = spawnSync('/usr/bin/time', ['-f', '%M', 'tesseract', image, out, '-l', 'vie', '--oem', '1'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`tesseract failed: ${run.stderr}`);
      peakKb = Math.max(peakKb, Number(run.stderr.trim().split('\n').pop()));
      text += readFileSync(`${out}.txt`, 'utf8') + '\n';
      pages += image.endsWith('.tif')
        ? Number(execFileSync('tiffinfo', [image], { encoding: 'utf8' }).match(/TIFF Directory/g)?.length ?? 1)
        : 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { text, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peakKb / 1024, pages };
}

const pct = (rate: number): string => `${(rate * 100).toFixed(2)}%`;

function metrics(truth: string, text: string): string {
  const strict = characterErrorRate(truth, text);
  const anyOrder = characterErrorRate(truth, text, { ignoreLineOrder: true });
  const wer = wordErrorRate(truth, text, { ignoreLineOrder: true });
  return `CER ${pct(strict.rate)} (any line order ${pct(anyOrder.rate)}, ${anyOrder.errors}/${anyOrder.length})  WER ${pct(wer.rate)}`;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const quick = process.argv.includes('--quick');
  const directivesDir = join(root, 'samples', 'directives');
  const ids = readdirSync(directivesDir).filter((id) => existsSync(join(directivesDir, id, 'text.txt')));
  const cliAvailable = spawnSync('tesseract', ['--list-langs']).stdout?.toString().includes('vie') ?? false;
  console.log(
    `OCR benchmark — ${new Date().toISOString()} — node ${process.version}, tesseract.js ${WORKERS} workers (vie, 4.0.0_best_int, LSTM)`,
  );
  console.log(
    `native CLI: ${cliAvailable ? execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0] + ', OMP_THREAD_LIMIT=1, -l vie --oem 1' : 'not installed (apt-get install tesseract-ocr tesseract-ocr-vie)'}`,
  );

  const created = await withPeakRss(() => TesseractOcrEngine.create({ workers: WORKERS }));
  const engine = created.value;
  console.log(`scheduler start-up: ${created.seconds.toFixed(2)} s, RSS ${created.peakMb.toFixed(0)} MB`);
  // Warm-up (the engine lives as long as the process): one small page per worker, not timed.
  const warmUp = readFileSync(join(directivesDir, ids[0], 'scan-degraded-200-p1.jpg'));
  await Promise.all(Array.from({ length: WORKERS }, () => engine.recognise(warmUp)));
  console.log('warm-up done\n');
  try {
    for (const id of ids) {
      const truth = printedTruth(readFileSync(join(directivesDir, id, 'text.txt'), 'utf8'));
      for (const sample of samplesOf(join(directivesDir, id), id)) {
        if (quick && !/clean 300|degraded/.test(sample.name)) continue;
        const run = await withPeakRss(async () => {
          // All files of the sample at once, so the scheduler keeps both workers busy.
          const results = await Promise.all(sample.files.map((file) => acquireText(readFileSync(file), engine)));
          return results;
        });
        const results: AcquiredText[] = run.value;
        const pages = results.flatMap((r) => r.pages);
        const raw = pages.map((p) => p.text).join('\n');
        const corrected = pages.map((p) => p.normalisedText).join('\n');
        const ocrPages = pages.filter((p) => p.source === 'ocr').length;
        const meanConfidence = ocrPages ? pages.reduce((s, p) => s + (p.confidence ?? 0), 0) / ocrPages : null;
        console.log(
          `${id} — ${sample.name} — ${pages.length} pages (${ocrPages} OCR'd${results[0]?.pdfImages.some((x) => x) ? `, PDF images: ${results.flatMap((r) => r.pdfImages).join(',')}` : ''}${meanConfidence !== null ? `, mean confidence ${meanConfidence.toFixed(1)}` : ''})`,
        );
        console.log(
          `  tesseract.js (${WORKERS} workers): ${(run.seconds / pages.length).toFixed(2)} s/page, peak RSS ${run.peakMb.toFixed(0)} MB`,
        );
        console.log(`    raw           ${metrics(truth, raw)}`);
        console.log(`    post-corrected ${metrics(truth, corrected)}`);
        if (cliAvailable && sample.cliImages) {
          const cli = nativeCli(sample.cliImages);
          console.log(
            `  native tesseract CLI (1 thread): ${(cli.seconds / cli.pages).toFixed(2)} s/page, peak RSS ${cli.peakMb.toFixed(0)} MB`,
          );
          console.log(`    raw           ${metrics(truth, cli.text)}`);
          console.log(`    post-corrected ${metrics(truth, normaliseText(cli.text).normalisedText)}`);
        }
      }
      console.log('');
    }
    if (cliAvailable) {
      // Throughput: every clean and degraded page image of every directive, submitted together to the
      // scheduler, against the CLI reading the same files one after another; three rounds, median.
      const images = ids.flatMap((id) =>
        readdirSync(join(directivesDir, id))
          .filter((f) => /^scan-(clean-300-p\d+\.png|degraded-200-p\d+\.jpg)$/.test(f))
          .map((f) => join(directivesDir, id, f)),
      );
      const js: number[] = [];
      const native: number[] = [];
      let jsPeak = 0;
      let cliPeak = 0;
      for (let round = 0; round < 3; round++) {
        const run = await withPeakRss(() => Promise.all(images.map((file) => engine.recognise(readFileSync(file)))));
        js.push(run.seconds / images.length);
        jsPeak = Math.max(jsPeak, run.peakMb);
        const cli = nativeCli(images);
        native.push(cli.seconds / cli.pages);
        cliPeak = Math.max(cliPeak, cli.peakMb);
      }
      const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(`Throughput, ${images.length} page images (clean PNG + degraded JPEG), median of 3 rounds:`);
      console.log(
        `  tesseract.js scheduler, ${WORKERS} workers: ${median(js).toFixed(2)} s/page (rounds ${js.map((v) => v.toFixed(2)).join(', ')}), peak RSS ${jsPeak.toFixed(0)} MB (whole process)`,
      );
      console.log(
        `  native tesseract CLI, 1 thread:          ${median(native).toFixed(2)} s/page (rounds ${native.map((v) => v.toFixed(2)).join(', ')}), peak RSS ${cliPeak.toFixed(0)} MB (per process)`,
      );
    }
  } finally {
    await engine.terminate();
  }

  const seedDir = join(directivesDir, 'myduc-2024-08-matkhau');
  const seedPath = join(root, 'libs', 'ocr', 'test', 'fixtures', 'myduc-2024-08-matkhau.ocr.txt');
  if (existsSync(seedPath)) {
    const truth = readFileSync(join(seedDir, 'text.txt'), 'utf8');
    const seed = readFileSync(seedPath, 'utf8');
    console.log(
      `Seed OCR text (myduc-2024-08-matkhau.ocr.txt): raw CER ${pct(characterErrorRate(truth, seed).rate)}, post-corrected CER ${pct(characterErrorRate(truth, normaliseText(seed).normalisedText).rate)} (target ≤ 1.50%)`,
    );
  }
}

await main();
