import type { OcrModel } from '@congvan/ocr';

export const DOCUMENTS_OPTIONS = Symbol('DOCUMENTS_OPTIONS');

export interface DocumentsOptions {
  maxBytes: number;
  maxPages: number;
  maxPixels: number;
  ocrWorkers: number;
  /** Which OCR engine reads pages (OCR_ENGINE); default tesseract.js. */
  ocrEngine?: 'tesseract.js' | 'native';
  /** tesseract.js's model (OCR_MODEL): best, fast or cascade; default cascade. */
  ocrModel?: OcrModel;
  /** Worker threads extracting directives (default 1) and how long one may take (default 60 s). */
  extractionThreads?: number;
  extractionTimeoutMs?: number;
  /** A folder polled for new scans; null disables it. */
  inboxDir: string | null;
  /** Chromium and the document font for the printed register (as the replies use them). */
  chromiumPath?: string;
  fontDir?: string;
}

/** The limits every intake check (file type, pages, pixels) applies, as configured. */
export function intakeLimits(options: DocumentsOptions): { maxBytes: number; maxPages: number; maxPixels: number } {
  return { maxBytes: options.maxBytes, maxPages: options.maxPages, maxPixels: options.maxPixels };
}
