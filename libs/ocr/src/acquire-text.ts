import sharp from 'sharp';
import { detectFileType } from './detect-file-type.js';
import { normaliseText } from './normalise-text.js';
import type { OcrEngine, OcrTimings } from './ocr-engine-options.js';
import { noTextFound } from './ocr.errors.js';
import { resolveLimits, type OcrLimits } from './ocr-limits.js';
import type { PageText } from './page-text.js';
import { openPdf, type PdfDocument } from './pdf-pages.js';
import { tiffPage } from './tiff-pages.js';

export type TextSource = 'text-layer' | 'ocr' | 'mixed';

export interface AcquiredText {
  pages: PageText[];
  /** 'text-layer' (born-digital PDF), 'ocr' (scan) or 'mixed'. */
  source: TextSource;
  kind: 'pdf' | 'png' | 'jpeg' | 'tiff';
  /** For each page read by OCR from a PDF: whether its embedded scan or a rendering was used. */
  pdfImages: Array<'embedded' | 'rendered' | null>;
  /**
   * With `pageImages`: each OCR'd page as a JPEG for the review screen, made from the very image the
   * OCR read (so word boxes fall on their words); empty for a page read from its text layer (no
   * image was drawn for it; drawing 200 of them would hold the queue for minutes).
   */
  pageImages?: Array<Buffer | undefined>;
}

export interface AcquireOptions {
  /** Also return every page as a JPEG (see AcquiredText.pageImages). */
  pageImages?: boolean;
  /** Filled with where the OCR'd pages' time went, added up over the pages (bench:ocr --profile). */
  timings?: OcrTimings;
}

/** Called after each page is read: `pagesDone` of `pageCount`. Awaited, in order. */
export type PageProgress = (pagesDone: number, pageCount: number) => void | Promise<void>;

/** A text-layer page with fewer letters than this is treated as a scan and OCR'd. */
export const MIN_TEXT_LAYER_LETTERS = 40;
/** An OCR'd document needs at least this many confident words (≥ 2 letters, confidence ≥ 60) to count as text. */
const MIN_CONFIDENT_WORDS = 5;

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

function confidentWords(page: PageText): number {
  return page.words.filter((w) => w.confidence >= 60 && letterCount(w.text) >= 2).length;
}

function textLayerPage(raw: string): PageText {
  const { text, normalisedText } = normaliseText(raw, { postCorrect: false });
  return { text, normalisedText, source: 'text-layer', confidence: null, words: [], imageSize: null, binarised: false };
}

/** Runs tasks with at most `limit` in flight; results in input order. */
async function mapLimited<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  });
  await Promise.all(runners);
  return results;
}

/**
 * The text of every page of a PDF or image.
 *
 * PDF: the text layer first; a page that comes back nearly empty (fewer than 40 letters) is OCR'd,
 * from its embedded page image when that is the whole page (a scanner PDF), else rendered at
 * 300 DPI. PNG/JPEG: one page; TIFF: every page. Pages are OCR'd in parallel on the engine's
 * workers. Throws an `AppError` for bad input (see `detectFileType`) and NO_TEXT_FOUND when nothing
 * legible was found.
 */
export async function acquireText(
  bytes: Uint8Array,
  engine: OcrEngine,
  limits: Partial<OcrLimits> = {},
  onPage?: PageProgress,
  options: AcquireOptions = {},
): Promise<AcquiredText> {
  const resolved = resolveLimits(limits);
  const images: Array<Buffer | undefined> | undefined = options.pageImages ? [] : undefined;
  const wantImages = images !== undefined;
  // The engine returns the review image made from the pixels it decoded for OCR (one rasterisation).
  const recognise = async (index: number, image: Uint8Array): Promise<PageText> => {
    const { reviewImage, ...page } = await engine.recognise(image, {
      reviewImage: wantImages,
      ...(options.timings ? { timings: options.timings } : {}),
    });
    if (images) images[index] = reviewImage ?? (await reviewJpeg(image, resolved.maxPixels));
    return page;
  };
  const detected = await detectFileType(bytes, resolved);
  const pageCount = detected.pageCount;
  const concurrency = Math.max(1, engine.workerCount ?? 1);

  let done = 0;
  let progress: Promise<void> = Promise.resolve();
  const pageDone = async (): Promise<void> => {
    const pagesDone = ++done;
    if (onPage) {
      progress = progress.then(() => onPage(pagesDone, pageCount));
      await progress;
    }
  };

  let pages: PageText[];
  const pdfImages: Array<'embedded' | 'rendered' | null> = new Array(pageCount).fill(null);
  if (detected.kind === 'pdf') {
    const pdf = await openPdf(bytes, { maxPixels: resolved.maxPixels });
    try {
      pages = await readPdf(pdf, recognise, resolved.maxPixels, concurrency, pdfImages, pageDone);
    } finally {
      await pdf.close();
    }
  } else if (detected.kind === 'tiff') {
    pages = await mapLimited(pageCount, concurrency, async (index) => {
      const image = await tiffPage(bytes, index, resolved.maxPixels);
      const page = await recognise(index, image);
      await pageDone();
      return page;
    });
  } else {
    const page = await recognise(0, bytes);
    await pageDone();
    pages = [page];
  }

  const legible = pages.some((page) =>
    page.source === 'text-layer'
      ? letterCount(page.text) >= MIN_TEXT_LAYER_LETTERS
      : confidentWords(page) >= MIN_CONFIDENT_WORDS,
  );
  if (!legible) throw noTextFound(pages.length);
  const sources = new Set(pages.map((page) => page.source));
  const source: TextSource = sources.size > 1 ? 'mixed' : sources.has('ocr') ? 'ocr' : 'text-layer';
  const pageImages = images && Array.from({ length: pages.length }, (_, index) => images[index]);
  return { pages, source, kind: detected.kind, pdfImages, ...(pageImages ? { pageImages } : {}) };
}

/**
 * JPEG settings of review images. Huffman tables are not optimised: that second pass over a 300 DPI
 * page took 3-7 times the encoding's own CPU (100-250 ms a page) for a file 9 % smaller.
 */
export const REVIEW_JPEG = { quality: 80, optimiseCoding: false } as const;

/** A page image as the review screen shows it: upright by its EXIF orientation, on white, JPEG. */
export function reviewJpeg(image: Uint8Array, maxPixels: number): Promise<Buffer> {
  return sharp(image, { limitInputPixels: maxPixels })
    .rotate()
    .flatten({ background: '#ffffff' })
    .jpeg(REVIEW_JPEG)
    .toBuffer();
}

async function readPdf(
  pdf: PdfDocument,
  recognise: (index: number, image: Uint8Array) => Promise<PageText>,
  maxPixels: number,
  concurrency: number,
  pdfImages: Array<'embedded' | 'rendered' | null>,
  pageDone: () => Promise<void>,
): Promise<PageText[]> {
  // pdf.js work is done one page at a time; OCR of several pages overlaps on the engine's workers.
  let pdfLock: Promise<unknown> = Promise.resolve();
  const withPdf = <T>(work: () => Promise<T>): Promise<T> => {
    const run = pdfLock.then(work, work);
    pdfLock = run.catch(() => undefined);
    return run;
  };
  return mapLimited(pdf.pageCount, concurrency, async (index) => {
    const layer = await withPdf(() => pdf.pageText(index + 1));
    let page: PageText;
    if (letterCount(layer) >= MIN_TEXT_LAYER_LETTERS) {
      page = textLayerPage(layer);
    } else {
      const image = await withPdf(() => pdf.pageImage(index + 1, maxPixels));
      pdfImages[index] = image.from;
      page = await recognise(index, image.image);
    }
    await pageDone();
    return page;
  });
}
