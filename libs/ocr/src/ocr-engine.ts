import { availableParallelism } from 'node:os';
import { normaliseText } from './normalise-text.js';
import { despeckle } from './despeckle.js';
import { largestFirst, OneAtATime } from './page-scheduling.js';
import { betterLine, fromLines, lineConfidence, lineRect, placeLine, uncertainNumber } from './line-retry.js';
import { DEFAULT_OCR_MODEL, defaultLangPath, fastLangPath } from './ocr-models.js';
import { cropRegion, hasTextLine, inkBounds, toPgm, type GreyImage } from './grey-image.js';
import { pageLayout, READ_LINE_HEIGHT, readingScale } from './page-layout.js';
import {
  NativeTesseractReader,
  nativeTesseractAvailable,
  type PageSegmentation,
  type Recognition,
  type RecognisedLine,
} from './native-tesseract.js';
import { dropNoiseLines, enlargeBoxes, enlargedLine, offsetWord, reviewJpegOf, shrink } from './page-transforms.js';
import { decodePage } from './decode-page.js';
import { type Reader, type ReadingModel, tesseractReader } from './tesseract-reader.js';
import { enableRelaxedSimd } from './wasm-simd.js';
import { cascadeBlocks } from './cascade-blocks.js';
import { type BandConfidence, bodyBands, joinParts } from './body-bands.js';
import { readBlock } from './cascade-read.js';
import { DEFAULT_OCR_LIMITS } from './ocr-limits.js';
import type { PageText } from './page-text.js';
import {
  timed,
  type OcrEngine,
  type OcrEngineOptions,
  type OcrTimings,
  type RecogniseOptions,
} from './ocr-engine-options.js';

/**
 * tesseract.js 7 with language `vie` alone (adding `eng` strips diacritics), LSTM only, data read
 * from the local npm package or libs/ocr/models (see OcrModel) with caching off: nothing is
 * downloaded, nothing written. One scheduler with N workers per model, created once and reused for
 * every page; pages submitted together are read in parallel.
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
    /** OCR_MODEL=cascade (see OcrModel). */
    private readonly cascade = false,
  ) {}

  static async create(options: OcrEngineOptions = {}): Promise<TesseractOcrEngine> {
    const workerCount = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
    const lowConfidence = options.lowConfidence ?? 85;
    const maxPixels = options.maxPixels ?? DEFAULT_OCR_LIMITS.maxPixels;
    const readLineHeight = options.readLineHeight ?? READ_LINE_HEIGHT;
    if (options.engine === 'native') {
      if (!nativeTesseractAvailable()) throw new Error('native tesseract with the vie language is not installed');
      const native = new NativeTesseractReader(workerCount);
      const reader: Reader = { read: (image, psm) => native.read(image, psm), terminate: () => native.terminate() };
      return new TesseractOcrEngine(reader, workerCount, lowConfidence, maxPixels, readLineHeight);
    }
    if (options.relaxedSimd ?? true) enableRelaxedSimd();
    const model = options.model ?? DEFAULT_OCR_MODEL;
    const main = await tesseractReader(
      options.langPath ?? (model === 'best' ? defaultLangPath() : fastLangPath()),
      workerCount,
    );
    // The cascade's second model: its own workers (a tesseract.js worker holds one model).
    const best =
      model === 'cascade'
        ? await tesseractReader(defaultLangPath(), workerCount).catch(async (error: unknown) => {
            await main.terminate();
            throw error;
          })
        : main;
    const reader: Reader = {
      read: (image, psm, which) => (which === 'best' ? best : main).read(image, psm),
      terminate: async () => {
        await main.terminate();
        if (best !== main) await best.terminate();
      },
    };
    return new TesseractOcrEngine(reader, workerCount, lowConfidence, maxPixels, readLineHeight, model === 'cascade');
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
    const { page, review, scale, crops, lineHeight } = await this.preparing.run(async () => {
      const { page: straightened, oneBit } = await decodePage(image, this.maxPixels, t);
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
      return { page, review, scale, crops, lineHeight };
    });
    const smalls = await Promise.all(
      crops.map((bounds) =>
        bounds && scale < 1 ? timed(t, 'crop', () => shrink(bounds.image, scale)) : (bounds?.image ?? null),
      ),
    );
    // Two bands of the body side by side (bodyBands), not at its own size (bench:ocr poor: CER 1.6 -> 1.9 %).
    const reads = bodyBands(crops, smalls, lineHeight, scale < 1 ? this.workerCount : 1);
    // The largest region (the body) is given to the workers first, the header columns after it: with
    // two workers, one reads the body while the other reads the columns, instead of idling once they
    // are read while the body, submitted last, is read alone.
    const parts: Array<Recognition & { binarised: boolean }> = reads.map(() => ({
      text: '',
      confidence: 0,
      words: [],
      lines: [],
      binarised: false,
    }));
    await Promise.all(
      largestFirst(reads.map((read) => read?.small ?? null)).map(async (index) => {
        const { image, small, left, top, body, bands } = reads[index]!;
        if (t) t.regionsRead++;
        // The cascade reads the body (the largest region) with the fast model, the header and footer
        // columns (the fields of the directive, fewer lines) with the best — and every region with the
        // best when the page is read at its own size (its text lines no taller than the first reading
        // wants them, as in a 150 DPI scan, or a bilevel scan): the fast model's narrower network loses
        // more on small print (bench:ocr poor scans, CER 2.0 % vs 1.6 % with best).
        const model = this.cascade && (!body || scale >= 1) ? 'best' : 'main';
        const result = await this.readBest(image, small, t, model, bands);
        parts[index] = { ...result, words: result.words.map((word) => offsetWord(word, left, top)) };
      }),
    );
    const words = parts.flatMap((part) => part.words);
    const confidence =
      words.length > 0
        ? Math.round((words.reduce((sum, word) => sum + word.confidence, 0) / words.length) * 10) / 10
        : 0;
    const raw = joinParts(
      parts.map((part) => dropNoiseLines(part.text)),
      reads,
    );
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
   * its job submitted before the first await, with `model`; when the reading's confidence is low, each
   * line read below the threshold is read again alone (one-line mode), enlarged when its text is
   * small (a 150 DPI scan), and the better reading of each line is kept — never a retry that loses a
   * reference, date or number the first reading had (see betterLine). In the cascade, a region read
   * with the fast model also has its lines holding an uncertain number or slash read again with the
   * best model, whose reading is kept unless it loses one of them, and so have the lines of its
   * "Kính gửi" block (recipientBlock): the names of the units addressed. A band of the body (`bands`)
   * is judged low by the confidence of all the body's bands, as the whole body would have been.
   */
  private async readBest(
    image: GreyImage,
    small: GreyImage,
    t?: OcrTimings,
    model: ReadingModel = 'main',
    bands?: BandConfidence,
  ): Promise<Recognition & { binarised: boolean }> {
    if (t) t.pixelsRead += small.width * small.height;
    const started = performance.now();
    const reading = await timed(t, 'firstRead', () => this.read(toPgm(small), 3, model)).catch((error: unknown) => {
      void bands?.together({ confidence: 0, words: [] }); // the other band waits for no reading
      throw error;
    });
    if (t) {
      const megapixels = (small.width * small.height) / 1e6;
      t.regionReads.push({ model, megapixels, lines: reading.lines.length, ms: performance.now() - started });
    }
    const first = small === image ? reading : enlargeBoxes(reading, image.width / small.width);
    if (t) t.linesRead += first.lines.length;
    // A band of the body is judged by the body's confidence (every band's first reading).
    const regionLow = (bands ? await bands.together(first) : first.confidence) < this.lowConfidence;
    const fastRead = this.cascade && model === 'main';
    if (first.words.length === 0 || (!regionLow && !fastRead)) return { ...first, binarised: false };
    const blocks = fastRead
      ? await Promise.all(
          cascadeBlocks(first.lines, this.lowConfidence).map(([from, to]) =>
            readBlock((pgm) => this.read(pgm, 6, 'best'), { image, small, reading, first }, from, to, t),
          ),
        )
      : [];
    const inBlock = (index: number): boolean =>
      blocks.some((block) => block && index >= block.from && index <= block.to);
    const rects = first.lines.map((line, index) => {
      if (inBlock(index)) return null;
      if (!line.words.some((word) => /[\p{L}\p{N}]/u.test(word.text))) return null;
      const worth = (regionLow && lineConfidence(line) < this.lowConfidence) || (fastRead && uncertainNumber(line));
      return worth ? lineRect(line, image.width, image.height) : null;
    });
    // Every line's crop made before any is read: the reads are then asked for together (the native
    // engine reads them in one process).
    const crops = Promise.all(rects.map((rect) => rect && enlargedLine(image, rect)));
    const retried = await Promise.all(
      first.lines.map(async (line, index) => {
        const rect = rects[index];
        if (!rect) return null;
        if (t) t.linesRetried++;
        return timed(t, 'retry', async () => {
          const { crop, scale } = (await crops)[index]!;
          const reading = await this.read(toPgm(crop), 7, 'best');
          const again: RecognisedLine = { words: reading.words, paragraph: line.paragraph };
          const better = betterLine(line, placeLine(again, rect, scale, line.paragraph), {
            preferRetry: fastRead,
          });
          if (better.retried && t) t.retriesKept++;
          return better.retried ? better.line : null;
        });
      }),
    );
    const kept = blocks.filter((block) => block !== null);
    if (kept.length === 0 && retried.every((line) => line === null)) return { ...first, binarised: false };
    const lines = first.lines.map((line, index) => retried[index] ?? line);
    // From the last block up, so that the line numbers of the blocks above still hold.
    for (const block of kept.reverse()) lines.splice(block.from, block.to - block.from + 1, ...block.lines);
    return { ...fromLines(lines), binarised: true };
  }

  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    await this.reader.terminate();
  }

  private read(image: Buffer, psm: PageSegmentation, model: ReadingModel = 'main'): Promise<Recognition> {
    return this.reader.read(image, psm, model);
  }
}
