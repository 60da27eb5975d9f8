import type { OcrModel } from './ocr-models.js';
import type { PageText } from './page-text.js';

/** What an OCR engine is given and gives back: its options, a page's options and where a page's time went. */

export interface OcrEngineOptions {
  /** Tesseract workers (one per core by default). Each holds ~100 MB. */
  workers?: number;
  /** Folder holding vie.traineddata.gz of the first reading; default: the model's (see OcrModel). */
  langPath?: string;
  /** tesseract.js: `best`, `fast` or `cascade` (default) (OCR_MODEL; see OcrModel). */
  model?: OcrModel;
  /** Lines whose mean confidence is below this are read again, alone and enlarged. Default 85. */
  lowConfidence?: number;
  /**
   * Height (pixels, diacritics to descenders) the text lines of a page are brought down to for its
   * first reading; 0 reads every page at its own size. Default 32 (see readingScale).
   */
  readLineHeight?: number;
  /** Largest image decoded, in pixels. Default 50 megapixels. */
  maxPixels?: number;
  /**
   * `tesseract.js` (default, embedded) or `native`: the `tesseract` CLI with `vie` installed on the
   * machine (Debian tesseract-ocr, tesseract-ocr-vie), `workers` processes at once, one thread each.
   * The same layout analysis, retry and post-correction run on top of either.
   */
  engine?: 'tesseract.js' | 'native';
  /**
   * tesseract.js: turn on WebAssembly relaxed SIMD where Node has it behind a flag (see
   * enableRelaxedSimd). Default true; false leaves V8's flags alone (where it is on by default, the
   * relaxed-SIMD build is used anyway).
   */
  relaxedSimd?: boolean;
}

export interface RecogniseOptions {
  /**
   * Also return the page as the review screen shows it (JPEG), made from the very pixels that were
   * read — decoded and straightened once — so word boxes fall on their words.
   */
  reviewImage?: boolean;
  /** Filled with where the page's time went (bench:ocr --profile); nothing is measured without it. */
  timings?: OcrTimings;
}

/**
 * Milliseconds (wall) spent per phase of one page, and what was read. OCR runs on the scheduler's
 * worker: `firstRead` and `retry` are the time waited for it (all regions of a page are submitted at
 * once, so with several workers they overlap and add up to more than the page took).
 */
export interface OcrTimings {
  decode: number;
  deskew: number;
  despeckle: number;
  layout: number;
  /** Blank and noise checks, crops and the shrink before the first reading. */
  crop: number;
  firstRead: number;
  retry: number;
  reviewImage: number;
  normalise: number;
  regions: number;
  /** Regions holding a line of text, read by OCR. */
  regionsRead: number;
  /** Pixels given to the first reading (after cropping and shrinking). */
  pixelsRead: number;
  linesRead: number;
  linesRetried: number;
  retriesKept: number;
  /**
   * Each region's first reading, in reading order of submission: the model (`fast` in the cascade's
   * body), its size, lines read and the wall time from its submission to its result.
   */
  regionReads: Array<{ model: 'main' | 'best'; megapixels: number; lines: number; ms: number }>;
}

export function emptyTimings(): OcrTimings {
  return {
    decode: 0,
    deskew: 0,
    despeckle: 0,
    layout: 0,
    crop: 0,
    firstRead: 0,
    retry: 0,
    reviewImage: 0,
    normalise: 0,
    regions: 0,
    regionsRead: 0,
    pixelsRead: 0,
    linesRead: 0,
    linesRetried: 0,
    retriesKept: 0,
    regionReads: [],
  };
}

/** Runs `work`, adding its wall time (ms) to `timings[phase]` when timings are kept. */
export async function timed<T>(
  timings: OcrTimings | undefined,
  phase: Exclude<keyof OcrTimings, 'regionReads'>,
  work: () => T | Promise<T>,
): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[phase] += performance.now() - started;
  }
}

/** The OCR engine behind `acquireText`: anything that turns one page image into text. */
export interface OcrEngine {
  recognise(image: Uint8Array, options?: RecogniseOptions): Promise<PageText & { reviewImage?: Buffer }>;
  /** How many pages it can read at once (pages are submitted up to this many together). */
  readonly workerCount?: number;
}
