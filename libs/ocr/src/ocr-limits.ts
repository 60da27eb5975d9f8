/** Limits applied to every input before and while reading it. */
export interface OcrLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most pages in one document (PDF or multi-page TIFF). */
  maxPages: number;
  /** Most pixels in one page image (embedded, decoded or rendered). */
  maxPixels: number;
}

/** 50 MB, 100 pages, 50 megapixels (an A4 page at 600 DPI is 35 megapixels). */
export const DEFAULT_OCR_LIMITS: Readonly<OcrLimits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxPages: 100,
  maxPixels: 50_000_000,
});

export function resolveLimits(limits: Partial<OcrLimits> = {}): OcrLimits {
  return {
    maxBytes: limits.maxBytes ?? DEFAULT_OCR_LIMITS.maxBytes,
    maxPages: limits.maxPages ?? DEFAULT_OCR_LIMITS.maxPages,
    maxPixels: limits.maxPixels ?? DEFAULT_OCR_LIMITS.maxPixels,
  };
}
