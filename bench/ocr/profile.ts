/** `--profile`: where one page's time goes in acquireText, per variant. */
import * as current from '@congvan/ocr';
import type { Engine } from './engine-options.js';
import { type Page, type Variant, variantOf } from './pages.js';

/** Where the time of one page goes, per variant (see OcrTimings), read by `engine`. */
export async function profile(page: Page, variants: Variant[], engine: Engine): Promise<void> {
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
