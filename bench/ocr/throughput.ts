/** `--throughput`: pages per minute of a 2-worker engine and of two native processes, and the pool's peak memory. */
import * as current from '@congvan/ocr';
import { langPath } from './engine-options.js';
import { nativeAsync, parallel, withPeakRss } from './measure.js';
import { type Page, type Variant, variantOf } from './pages.js';

/**
 * Pages/min on 2 cores: every page of the variant read at once by one 2-worker engine (acquireText
 * per page, all submitted together, as the pipeline does for several documents), then by two native
 * processes at a time. Peak MB: this process's RSS above its RSS before the pool started.
 */
export async function throughput(
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
