import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which Vietnamese LSTM model tesseract.js reads with (OCR_MODEL):
 * - `best`: best_int of the npm package @tesseract.js-data/vie (last LSTM layer 512 wide);
 * - `fast`: tessdata_fast's vie (192 wide; the model native `tesseract -l vie` of Debian reads),
 *   shipped in libs/ocr/models/vie-fast; about a third less CPU per page than `best`;
 * - `cascade`: the body of a page (its largest region) read with `fast`, its header and footer
 *   columns (where the directive's fields are) with `best`; the body's "Kính gửi" block (the
 *   recipients) and its runs of lines read with low confidence are read again as blocks with `best`
 *   (see cascadeBlocks), its lines holding a number or a slash read with less than 90 % confidence
 *   alone (see uncertainNumber); a page read at its own size (small print in pixels, a 150 DPI or a
 *   bilevel scan) is read with `best` throughout. Two sets of workers, one per model.
 */
export type OcrModel = 'best' | 'fast' | 'cascade';

export const OCR_MODELS: readonly OcrModel[] = ['best', 'fast', 'cascade'];

/**
 * `cascade` by default: at native Tesseract's CPU per page on clean and office scans (bench:ocr, 2 December 2026: about
 * 0.9-1.0x native on clean, 0.8-1.0x on office, 1.2-1.4x on poor, against 1.1-1.3x, 1.0-1.2x and 1.3-1.5x for `best`)
 * with the same text where the directive's fields are (character error rate 0.1 / 0.3 / 1.6 % against 0.0 / 0.3 / 1.6 %,
 * references right 12/12 on every variant; every sample scan gives what its text gives).
 */
export const DEFAULT_OCR_MODEL: OcrModel = 'cascade';

/** The Vietnamese traineddata shipped by the npm package @tesseract.js-data/vie (no download). */
export function defaultLangPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/**
 * The folder holding the fast model's vie.traineddata.gz: libs/ocr/models/vie-fast of the
 * repository, found above this file (from libs/ocr/src or from the build's dist/libs/ocr/src).
 */
export function fastLangPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'ocr', 'models', 'vie-fast');
    if (existsSync(join(candidate, 'vie.traineddata.gz'))) return candidate;
    if (dirname(dir) === dir) throw new Error('libs/ocr/models/vie-fast/vie.traineddata.gz not found');
  }
}
