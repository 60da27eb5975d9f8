/** `--throughput`: pages per minute of a 2-worker engine and of two native processes, and the pool's peak memory. */
import * as current from '@congvan/ocr';
import { langPath, type OcrLibrary } from './engine-options.js';
import { nativeAsync, parallel, withPeakRss } from './measure.js';
import { type Page, type Variant, variantOf } from './pages.js';

/** Pages/min of one 2-worker pool of `lib` reading every input at once, its CPU s/page and peak RSS above its start (MB). */
async function pool(
  lib: OcrLibrary,
  options: Parameters<OcrLibrary['TesseractOcrEngine']['create']>[0],
  inputs: Array<{ bytes: Buffer }>,
): Promise<{ rate: number; cpu: number; peakMb: number }> {
  const idle = process.memoryUsage.rss();
  const engine = await lib.TesseractOcrEngine.create({ workers: 2, ...options });
  try {
    // Two pages at once: each worker reads one, so both have made their (slower) first reading.
    await Promise.all(inputs.slice(0, 2).map(({ bytes }) => lib.acquireText(bytes, engine)));
    const run = await withPeakRss(() =>
      Promise.all(inputs.map(({ bytes }) => lib.acquireText(bytes, engine, {}, undefined, { pageImages: true }))),
    );
    return {
      rate: (inputs.length / run.seconds) * 60,
      cpu: run.cpu / inputs.length,
      peakMb: (run.peakRss - idle) / 1024 / 1024,
    };
  } finally {
    await engine.terminate();
  }
}

/**
 * Pages/min on 2 cores: every page of the variant read at once by one 2-worker engine (acquireText
 * per page, all submitted together, as the pipeline does for several documents) — this build's, then
 * `before`'s when given — then by two native processes at a time. Peak MB: this process's RSS above
 * its RSS before the pool started. CPU s/page (this process's threads, or the CLI processes): steadier
 * than pages/min on a shared machine, and what bounds pages/min once both cores are busy.
 */
export async function throughput(
  documents: Array<{ pages: Page[] }>,
  variants: Variant[],
  withNative: boolean,
  before?: OcrLibrary,
): Promise<void> {
  console.log('\nthroughput on 2 cores (every page of the variant at once)');
  console.log(
    'variant | engine  | pages/min | native ×2 pages/min | ÷ native | cpu s/page | native cpu s/page | pool peak MB\n' +
      '--------|---------|-----------|---------------------|----------|------------|-------------------|-------------',
  );
  for (const variant of variants) {
    const inputs = await Promise.all(documents.flatMap((doc) => doc.pages.map((page) => variantOf(page, variant))));
    const rows: Array<[string, { rate: number; cpu: number; peakMb: number }]> = [
      ['congvan', await pool(current, langPath(), inputs)],
    ];
    if (before) rows.push(['before', await pool(before, {}, inputs)]);
    let nativeRate = NaN;
    let nativeCpu = NaN;
    if (withNative) {
      const run = await withPeakRss(() =>
        parallel(
          2,
          inputs.map(
            ({ native }) =>
              () =>
                nativeAsync(native),
          ),
        ),
      );
      nativeRate = (inputs.length / run.seconds) * 60;
      nativeCpu = run.cpu / inputs.length;
    }
    for (const [name, { rate, cpu, peakMb }] of rows)
      console.log(
        [
          variant.padEnd(7),
          name.padEnd(7),
          rate.toFixed(1).padStart(9),
          (withNative ? nativeRate.toFixed(1) : '—').padStart(19),
          (withNative ? (rate / nativeRate).toFixed(2) + '×' : '—').padStart(8),
          cpu.toFixed(2).padStart(10),
          (withNative ? nativeCpu.toFixed(2) : '—').padStart(17),
          peakMb.toFixed(0).padStart(12),
        ].join(' | '),
      );
  }
}
