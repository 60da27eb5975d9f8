import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createScheduler, createWorker, OEM, type RecognizeOptions } from 'tesseract.js';
import { REVIEW_JPEG } from './acquire-text.js';
import { normaliseText } from './normalise-text.js';
import { despeckle } from './despeckle.js';
import { largestFirst, OneAtATime } from './page-scheduling.js';
import { betterLine, fromLines, lineConfidence, lineRect, placeLine } from './line-retry.js';
import {
  cropRegion,
  estimateSkew,
  hasTextLine,
  inkBounds,
  pageLayout,
  READ_LINE_HEIGHT,
  readingScale,
  toPgm,
  type GreyImage,
  type Rect,
} from './page-layout.js';
import {
  NativeTesseractReader,
  nativeTesseractAvailable,
  parseTsv,
  type PageSegmentation,
  type Recognition,
  type RecognisedLine,
} from './native-tesseract.js';
import { imageTooLarge, unreadableImage } from './ocr.errors.js';
import { enableRelaxedSimd } from './wasm-simd.js';
import { DEFAULT_OCR_LIMITS } from './ocr-limits.js';
import type { PageText, WordBox } from './page-text.js';

export interface OcrEngineOptions {
  /** Tesseract workers (one per core by default). Each holds ~100 MB. */
  workers?: number;
  /** Folder holding vie.traineddata.gz; default: @tesseract.js-data/vie/4.0.0_best_int. */
  langPath?: string;
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
  };
}

/** Runs `work`, adding its wall time (ms) to `timings[phase]` when timings are kept. */
async function timed<T>(
  timings: OcrTimings | undefined,
  phase: keyof OcrTimings,
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

/** The Vietnamese traineddata shipped by the npm package @tesseract.js-data/vie (no download). */
export function defaultLangPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

interface Reader {
  read(image: Buffer, psm: PageSegmentation): Promise<Recognition>;
  terminate(): Promise<void>;
}

/**
 * tesseract.js 7 with language `vie` alone (adding `eng` strips diacritics), LSTM only, data read
 * from the local npm package with caching off: nothing is downloaded, nothing written. One
 * scheduler with N workers, created once and reused for every page; pages submitted together are
 * read in parallel.
 */
export class TesseractOcrEngine implements OcrEngine {
  private terminated = false;
  /** Pages are prepared one at a time (see recognise). */
  private readonly preparing = new OneAtATime();

  private constructor(
    private readonly reader: Reader,
    readonly workerCount: number,
    private readonly lowConfidence: number,
    private readonly maxPixels: number,
    private readonly readLineHeight: number,
  ) {}

  static async create(options: OcrEngineOptions = {}): Promise<TesseractOcrEngine> {
    const workerCount = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
    const lowConfidence = options.lowConfidence ?? 85;
    const maxPixels = options.maxPixels ?? DEFAULT_OCR_LIMITS.maxPixels;
    const readLineHeight = options.readLineHeight ?? READ_LINE_HEIGHT;
    if (options.engine === 'native') {
      if (!nativeTesseractAvailable()) throw new Error('native tesseract with the vie language is not installed');
      const native = new NativeTesseractReader(workerCount);
      const reader: Reader = { read: (image, psm) => native.read(image, psm), terminate: async () => undefined };
      return new TesseractOcrEngine(reader, workerCount, lowConfidence, maxPixels, readLineHeight);
    }
    const langPath = options.langPath ?? defaultLangPath();
    if (options.relaxedSimd ?? true) enableRelaxedSimd();
    const scheduler = createScheduler();
    try {
      const workers = await Promise.all(
        Array.from({ length: workerCount }, () =>
          createWorker('vie', OEM.LSTM_ONLY, {
            langPath,
            cacheMethod: 'none',
            gzip: true,
            errorHandler: () => undefined, // errors reach the caller through the job's promise
          }),
        ),
      );
      for (const worker of workers) {
        // Directives have no white-on-black text: skip tesseract's second, inverted reading of weak lines.
        await worker.setParameters({ tessedit_do_invert: '0' });
        scheduler.addWorker(worker);
      }
    } catch (error) {
      await scheduler.terminate().catch(() => undefined);
      throw error;
    }
    const reader: Reader = {
      read: async (image, psm) => {
        // Tesseract parameters given with a job hold for that job only (tesseract.js restores them after).
        const options = (psm === 3 ? {} : { tessedit_pageseg_mode: String(psm) }) as Partial<RecognizeOptions>;
        // Word boxes from the TSV: tesseract.js builds its `blocks` tree down to every symbol and its
        // alternatives (JSON written, parsed and copied between threads), a few % of a page's CPU.
        const result = await scheduler.addJob('recognize', image, options, { text: true, tsv: true });
        const { lines, words } = parseTsv(result.data.tsv ?? '');
        return { text: result.data.text, confidence: result.data.confidence, words, lines };
      },
      terminate: () => scheduler.terminate(),
    };
    return new TesseractOcrEngine(reader, workerCount, lowConfidence, maxPixels, readLineHeight);
  }

  /**
   * Reads one page image (PNG, JPEG, TIFF, WebP…). A page read with low confidence is read again
   * after binarisation (median 3, normalise, threshold) and the better of the two is kept.
   * Throws UNREADABLE_IMAGE or IMAGE_TOO_LARGE for bad input; the engine stays usable.
   */
  async recognise(image: Uint8Array, options: RecogniseOptions = {}): Promise<PageText & { reviewImage?: Buffer }> {
    if (this.terminated) throw new Error('TesseractOcrEngine has been terminated');
    const t = options.timings;
    // Decoding, straightening, despeckle, layout and crops run on this thread, one page at a time: of
    // pages submitted together the first reaches the OCR workers as soon as it is ready, instead of
    // all of them at once after every page was prepared (the workers idle meanwhile).
    const { page, review, scale, crops } = await this.preparing.run(async () => {
      const { page: straightened, oneBit } = await this.prepare(image, t);
      // The review image shows the page as scanned (straightened); specks and creases are painted out for reading only.
      const review = options.reviewImage ? timed(t, 'reviewImage', () => reviewJpegOf(straightened)) : undefined;
      const page = await timed(t, 'despeckle', () => despeckle(straightened).image);
      const { regions, lineHeight } = await timed(t, 'layout', () => pageLayout(page));
      // A bilevel scan (fax, 1-bit TIFF) is not shrunk: its strokes have no grey to keep when halved
      // (a 300 DPI 1-bit TIFF read at half size lost its subject line).
      const scale = oneBit ? 1 : readingScale(lineHeight, this.readLineHeight);
      if (t) t.regions += regions.length;
      // White kept around a region's ink when it is cropped to it: half a text line (at least 8 pixels).
      const pad = Math.max(8, Math.round(lineHeight / 2));
      const crops = await timed(t, 'crop', () =>
        regions.map((region) => {
          const masked = regions.length === 1 ? page : cropRegion(page, region);
          // A region of blank paper or specks holds no line of text: not read (noise read as junk lines).
          if (!hasTextLine(masked)) return null;
          const ink = inkBounds(masked, pad);
          if (!ink) return null;
          const image = cropRegion(masked, { ...ink, masks: [] });
          return { image, left: region.left + ink.left, top: region.top + ink.top };
        }),
      );
      return { page, review, scale, crops };
    });
    const smalls = await Promise.all(
      crops.map((bounds) =>
        bounds && scale < 1 ? timed(t, 'crop', () => shrink(bounds.image, scale)) : (bounds?.image ?? null),
      ),
    );
    // The largest region (the body) is given to the workers first, the header columns after it: with
    // two workers, one reads the body while the other reads the columns, instead of idling once they
    // are read while the body, submitted last, is read alone.
    const parts: Array<Recognition & { binarised: boolean }> = crops.map(() => ({
      text: '',
      confidence: 0,
      words: [],
      lines: [],
      binarised: false,
    }));
    await Promise.all(
      largestFirst(smalls).map(async (index) => {
        const { image, left, top } = crops[index]!;
        if (t) t.regionsRead++;
        const result = await this.readBest(image, smalls[index]!, t);
        parts[index] = { ...result, words: result.words.map((word) => offsetWord(word, left, top)) };
      }),
    );
    const words = parts.flatMap((part) => part.words);
    const confidence =
      words.length > 0
        ? Math.round((words.reduce((sum, word) => sum + word.confidence, 0) / words.length) * 10) / 10
        : 0;
    const raw = parts.map((part) => dropNoiseLines(part.text)).join('\n');
    const { text, normalisedText } = await timed(t, 'normalise', () => normaliseText(raw));
    return {
      text,
      normalisedText,
      source: 'ocr',
      confidence,
      words,
      imageSize: { width: page.width, height: page.height },
      binarised: parts.some((part) => part.binarised),
      ...(review ? { reviewImage: await review } : {}),
    };
  }

  /**
   * Reads an image, first as `small` (the image shrunk for its first reading, or the image itself),
   * its job submitted before the first await; each line read below the confidence threshold is read
   * again alone (one-line mode), enlarged when its text is small (a 150 DPI scan), and the better
   * reading of each line is kept — never a retry that loses a reference, date or number the first
   * reading had (see betterLine).
   */
  private async readBest(
    image: GreyImage,
    small: GreyImage,
    t?: OcrTimings,
  ): Promise<Recognition & { binarised: boolean }> {
    if (t) t.pixelsRead += small.width * small.height;
    const reading = await timed(t, 'firstRead', () => this.read(toPgm(small), 3));
    const first = small === image ? reading : enlargeBoxes(reading, image.width / small.width);
    if (t) t.linesRead += first.lines.length;
    if (first.confidence >= this.lowConfidence || first.words.length === 0) return { ...first, binarised: false };
    const retried = await Promise.all(
      first.lines.map(async (line) => {
        if (lineConfidence(line) >= this.lowConfidence || !line.words.some((word) => /[\p{L}\p{N}]/u.test(word.text)))
          return null;
        const rect = lineRect(line, image.width, image.height);
        if (!rect) return null;
        if (t) t.linesRetried++;
        return timed(t, 'retry', async () => {
          const { crop, scale } = await enlargedLine(image, rect);
          const reading = await this.read(toPgm(crop), 7);
          const again: RecognisedLine = { words: reading.words, paragraph: line.paragraph };
          const better = betterLine(line, placeLine(again, rect, scale, line.paragraph));
          if (better.retried && t) t.retriesKept++;
          return better.retried ? better.line : null;
        });
      }),
    );
    if (retried.every((line) => line === null)) return { ...first, binarised: false };
    return { ...fromLines(first.lines.map((line, index) => retried[index] ?? line)), binarised: true };
  }

  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    await this.reader.terminate();
  }

  /**
   * Decodes with sharp (EXIF orientation applied, pixel limit enforced) into 8-bit grey pixels,
   * straightened; `oneBit` when the decoded scan was bilevel (before straightening greys its edges).
   */
  private async prepare(image: Uint8Array, t?: OcrTimings): Promise<{ page: GreyImage; oneBit: boolean }> {
    let metadata: { width?: number; height?: number };
    try {
      metadata = await sharp(image, { limitInputPixels: false }).metadata();
    } catch (error) {
      throw unreadableImage((error as Error).message);
    }
    const width = metadata.width ?? 0;
    const height = metadata.height ?? 0;
    if (width * height > this.maxPixels) throw imageTooLarge(width, height, this.maxPixels);
    try {
      const { data, info } = await timed(t, 'decode', () =>
        sharp(image, { limitInputPixels: this.maxPixels })
          .rotate()
          .greyscale()
          .raw()
          .toBuffer({ resolveWithObject: true }),
      );
      if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
      const decoded = { pixels: data, width: info.width, height: info.height };
      return { page: await timed(t, 'deskew', () => deskew(decoded)), oneBit: bilevel(decoded) };
    } catch (error) {
      throw unreadableImage((error as Error).message);
    }
  }

  private read(image: Buffer, psm: PageSegmentation): Promise<Recognition> {
    return this.reader.read(image, psm);
  }
}

/** Straightens a page scanned at an angle (≥ 0.3°), so that the column analysis sees level lines. */
async function deskew(page: GreyImage): Promise<GreyImage> {
  const skew = await estimateSkew(page);
  if (Math.abs(skew) < 0.3) return page;
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .rotate(-skew, { background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

/** Whether every pixel of the image is black or white (a 1-bit scan), looked at every 7th pixel. */
function bilevel(image: GreyImage): boolean {
  for (let i = 0; i < image.pixels.length; i += 7) if (image.pixels[i] !== 0 && image.pixels[i] !== 255) return false;
  return true;
}

/** The image scaled down by `scale` (libvips: box shrink, then Lanczos; thin strokes stay as grey). */
async function shrink(image: GreyImage, scale: number): Promise<GreyImage> {
  const { data, info } = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(image.width * scale)), kernel: 'lanczos3' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

/** A reading of a shrunk image, its word boxes multiplied by `factor` to fall on the full-size image. */
function enlargeBoxes(reading: Recognition, factor: number): Recognition {
  const up = (v: number): number => Math.round(v * factor);
  const lines = reading.lines.map((line) => ({
    ...line,
    words: line.words.map((word) => {
      const { x0, y0, x1, y1 } = word.bbox;
      return { ...word, bbox: { x0: up(x0), y0: up(y0), x1: up(x1), y1: up(y1) } };
    }),
  }));
  return { ...reading, lines, words: lines.flatMap((line) => line.words) };
}

/** Height (pixels) a line's words are enlarged to for its second reading; a line already this tall is not. */
const RETRY_LINE_HEIGHT = 48;

/**
 * One line cut from a region for its second reading: enlarged (up to 3×) so that its words are about
 * 48 pixels high — small print of a 150 or 200 DPI scan is read better large — and its contrast
 * stretched. No median filter and no threshold: they erode slashes and thin strokes.
 */
async function enlargedLine(image: GreyImage, rect: Rect): Promise<{ crop: GreyImage; scale: number }> {
  const line = cropRegion(image, { ...rect, masks: [] });
  const scale = Math.min(3, Math.max(1, RETRY_LINE_HEIGHT / Math.max(1, rect.height * 0.6)));
  const { data, info } = await sharp(line.pixels, { raw: { width: line.width, height: line.height, channels: 1 } })
    .resize({ width: Math.round(line.width * scale), kernel: 'lanczos3' })
    .normalise()
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { crop: { pixels: data, width: info.width, height: info.height }, scale: info.width / line.width };
}

/** The straightened grey page as the review screen shows it (REVIEW_JPEG). */
function reviewJpegOf(page: GreyImage): Promise<Buffer> {
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .jpeg(REVIEW_JPEG)
    .toBuffer();
}

function offsetWord(word: WordBox, dx: number, dy: number): WordBox {
  if (dx === 0 && dy === 0) return word;
  const { x0, y0, x1, y1 } = word.bbox;
  return { ...word, bbox: { x0: x0 + dx, y0: y0 + dy, x1: x1 + dx, y1: y1 + dy } };
}

/**
 * Drops lines that are rules, stamps or specks read as symbols ("~ ¬ ¬ - —_ z"): at least three
 * visible characters of which fewer than 40 % are letters or digits. A lone "*" (the Party header's
 * asterisk) is kept.
 */
export function dropNoiseLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const visible = line.replace(/\s+/gu, '');
      if (visible.length < 3) return true;
      const alphanumeric = (visible.match(/[\p{L}\p{N}]/gu) ?? []).length;
      return alphanumeric / visible.length >= 0.4;
    })
    .join('\n');
}
