export const DOCUMENTS_OPTIONS = Symbol('DOCUMENTS_OPTIONS');

export interface DocumentsOptions {
  maxBytes: number;
  maxPages: number;
  maxPixels: number;
  ocrWorkers: number;
  /** A folder polled for new scans; null disables it. */
  inboxDir: string | null;
}
