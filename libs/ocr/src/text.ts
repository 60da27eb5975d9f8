/**
 * `@congvan/ocr/text`: text normalisation alone, for callers that hold text and must not load
 * the image, PDF and OCR modules (sharp, pdf-parse, tesseract.js) that `@congvan/ocr` pulls in.
 */
export * from './normalise-text.js';
export { ADMIN_PHRASES } from './lexicon/admin-phrases.js';
