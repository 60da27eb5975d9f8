/** One word read by OCR, with its box in page-image pixels. */
export interface WordBox {
  text: string;
  /** 0–100. */
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export type PageSource = 'text-layer' | 'ocr';

/** The text of one page. */
export interface PageText {
  /** As read, NFC, tidied white space: for display. */
  text: string;
  /** After post-correction: for extraction and search. */
  normalisedText: string;
  source: PageSource;
  /** Mean word confidence 0–100 for OCR'd pages, null for a text layer. */
  confidence: number | null;
  /** Word boxes of OCR'd pages (empty for a text layer). */
  words: WordBox[];
  /** Size of the image that was OCR'd, in pixels (null for a text layer). */
  imageSize: { width: number; height: number } | null;
  /** True when the second reading of a low-confidence line (alone, enlarged) was kept for at least one line. */
  binarised: boolean;
}
