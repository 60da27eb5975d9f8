import { reviewJpeg } from './acquire-text.js';
import { detectFileType } from './detect-file-type.js';
import { pageOutOfRange } from './ocr.errors.js';
import { resolveLimits, type OcrLimits } from './ocr-limits.js';
import { openPdf } from './pdf-pages.js';
import { tiffPage } from './tiff-pages.js';

/**
 * One page of a stored scan as a JPEG for the review screen, drawn the way the OCR stage saw it
 * (a PDF's embedded scan or its 300 DPI rendering, a TIFF's frame, an image upright by its EXIF
 * orientation), so the word boxes kept with the page text fall on the right words.
 */
export async function pageImage(
  bytes: Uint8Array,
  pageIndex: number,
  limits: Partial<OcrLimits> = {},
): Promise<Buffer> {
  const resolved = resolveLimits(limits);
  const detected = await detectFileType(bytes, resolved);
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= detected.pageCount)
    throw pageOutOfRange(pageIndex, detected.pageCount);
  let image: Uint8Array;
  if (detected.kind === 'pdf') {
    const pdf = await openPdf(bytes, { maxPixels: resolved.maxPixels });
    try {
      image = (await pdf.pageImage(pageIndex + 1, resolved.maxPixels)).image;
    } finally {
      await pdf.close();
    }
  } else if (detected.kind === 'tiff') {
    image = await tiffPage(bytes, pageIndex, resolved.maxPixels);
  } else {
    image = bytes;
  }
  return reviewJpeg(image, resolved.maxPixels);
}
