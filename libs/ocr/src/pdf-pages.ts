// Evaluated before pdf-parse: it keeps the engine's Array.prototype.push, put back below.
import { restoreEngineArrayPush } from './engine-array-push.js';
import { PDFParse } from 'pdf-parse';
import { encryptedPdf, imageTooLarge, tooManyPages, unreadablePdf } from './ocr.errors.js';
import { pageJpegs, type PageJpeg } from './pdf-jpeg.js';

restoreEngineArrayPush();

/** Resolution at which a page without a usable embedded image is rendered for OCR. */
export const RENDER_DPI = 300;
/** An embedded page image below this resolution is rendered instead. */
const MIN_EMBEDDED_DPI = 150;

export interface PdfPageImage {
  /** PNG bytes; JPEG bytes when the page is one stored JPEG scan, handed over as stored (see pageJpegs). */
  image: Buffer;
  /** 'embedded': the scanner's own page image (fast); 'rendered': the page drawn at up to 300 DPI. */
  from: 'embedded' | 'rendered';
  width: number;
  height: number;
}

/** An open PDF (pdf-parse v2 over pdf.js). Close it when done. */
export interface PdfDocument {
  readonly pageCount: number;
  /** Text layer of page `pageNumber` (1-based), '' when the page has none. */
  pageText(pageNumber: number): Promise<string>;
  /** The page as an image for OCR: its embedded scan when that covers the page, else rendered. */
  pageImage(pageNumber: number, maxPixels: number): Promise<PdfPageImage>;
  close(): Promise<void>;
}

function toAppError(error: unknown): Error {
  const name = (error as Error)?.name ?? '';
  if (name === 'PasswordException') return encryptedPdf();
  return unreadablePdf((error as Error)?.message ?? String(error));
}

/**
 * Opens a PDF; throws ENCRYPTED_PDF, UNREADABLE_PDF, or TOO_MANY_PAGES (past `maxPages`, checked
 * before any page is loaded).
 */
export async function openPdf(
  bytes: Uint8Array,
  options: { maxPixels?: number; maxPages?: number } = {},
): Promise<PdfDocument> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    verbosity: 0,
    maxImageSize: options.maxPixels ?? 50_000_000,
    isEvalSupported: false,
  });
  let sizes: Array<{ width: number; height: number }>;
  let total: number;
  try {
    total = (await parser.getInfo({ parsePageInfo: false })).total;
    if (options.maxPages !== undefined && total > options.maxPages) throw tooManyPages(total, options.maxPages);
    const info = await parser.getInfo({ parsePageInfo: true });
    sizes = info.pages.map((page) => ({ width: page.width, height: page.height }));
  } catch (error) {
    await parser.destroy().catch(() => undefined);
    if ((error as Error).name === 'AppError') throw error;
    throw toAppError(error);
  }
  let texts: Promise<string[]> | undefined;
  let jpegs: Promise<Array<PageJpeg | null>> | undefined;
  return {
    pageCount: total,
    async pageText(pageNumber) {
      texts ??= parser
        .getText({ pageJoiner: '', lineEnforce: true })
        .then((result) =>
          Array.from({ length: total }, (_, i) => result.pages.find((p) => p.num === i + 1)?.text ?? ''),
        )
        .catch((error: unknown) => {
          throw toAppError(error);
        });
      return (await texts)[pageNumber - 1] ?? '';
    },
    async pageImage(pageNumber, maxPixels) {
      const size = sizes[pageNumber - 1] ?? { width: 595, height: 842 };
      // A scanner's page (one full-page JPEG): its JPEG as stored, not decoded by pdf.js and re-encoded.
      jpegs ??= pageJpegs(bytes).catch(() => []);
      const stored = (await jpegs)[pageNumber - 1];
      if (stored && scanFits(stored, { width: stored.pageWidth, height: stored.pageHeight }, maxPixels))
        return { image: stored.jpeg, from: 'embedded', width: stored.width, height: stored.height };
      try {
        const embedded = await parser.getImage({
          partial: [pageNumber],
          imageThreshold: 0,
          imageDataUrl: false,
          imageBuffer: true,
        });
        const images = embedded.pages[0]?.images ?? [];
        const largest = images.reduce<(typeof images)[number] | undefined>(
          (best, image) => (!best || image.width * image.height > best.width * best.height ? image : best),
          undefined,
        );
        if (largest && scanFits(largest, size, maxPixels))
          return { image: Buffer.from(largest.data), from: 'embedded', width: largest.width, height: largest.height };
        // Render at 300 DPI, or lower when the page is so large that 300 DPI would exceed maxPixels.
        const points = size.width * size.height;
        const scale = Math.min(RENDER_DPI / 72, Math.sqrt(maxPixels / points));
        if (scale < 1)
          throw imageTooLarge(
            Math.round((size.width * RENDER_DPI) / 72),
            Math.round((size.height * RENDER_DPI) / 72),
            maxPixels,
          );
        const shot = await parser.getScreenshot({
          partial: [pageNumber],
          scale,
          imageDataUrl: false,
          imageBuffer: true,
        });
        const page = shot.pages[0];
        if (!page) throw unreadablePdf(`page ${pageNumber} could not be rendered`);
        return {
          image: Buffer.from(page.data),
          from: 'rendered',
          width: Math.round(page.width),
          height: Math.round(page.height),
        };
      } catch (error) {
        if ((error as Error).name === 'AppError') throw error;
        throw toAppError(error);
      }
    },
    async close() {
      await parser.destroy().catch(() => undefined);
    },
  };
}

/**
 * A page's embedded image stands for the page: within the pixel limit, at least MIN_EMBEDDED_DPI across the page
 * (in points), and of the page's shape within 3 %.
 */
function scanFits(
  image: { width: number; height: number },
  page: { width: number; height: number },
  maxPixels: number,
): boolean {
  const pageAspect = page.height / page.width;
  return (
    image.width * image.height <= maxPixels &&
    image.width / (page.width / 72) >= MIN_EMBEDDED_DPI &&
    Math.abs(image.height / image.width - pageAspect) / pageAspect < 0.03
  );
}

/**
 * Image XObjects declare their size in their dictionary, which is never compressed (streams cannot
 * live in object streams): a declared size above `maxPixels` is refused before pdf.js decodes it.
 */
export function checkPdfImageDimensions(bytes: Uint8Array, maxPixels: number): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const subtype = /\/Subtype\s*\/Image\b/g;
  for (let match = subtype.exec(text); match; match = subtype.exec(text)) {
    const from = Math.max(text.lastIndexOf('obj', match.index), match.index - 2000, 0);
    let to = text.indexOf('stream', match.index);
    if (to < 0 || to - match.index > 2000) to = Math.min(text.length, match.index + 2000);
    const dictionary = text.slice(from, to);
    const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary)?.[1] ?? 0);
    if (width * height > maxPixels) throw imageTooLarge(width, height, maxPixels);
  }
}
