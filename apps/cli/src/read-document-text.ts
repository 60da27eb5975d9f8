import { fileTypeFromBuffer } from 'file-type';
import { normaliseText } from '@congvan/ocr/text';

/**
 * The normalised text of a file given on the command line: a UTF-8 text file is born-digital text,
 * read as the pipeline reads a PDF text layer (Unicode and white space normalised, no OCR
 * post-correction, which would "correct" words written right: "quy định tại khoản" → "tài khoản");
 * an image or PDF goes through the same text acquisition as the pipeline (text layer or Vietnamese OCR).
 * The OCR modules (tesseract.js, sharp, the PDF reader) are loaded only for images and PDFs.
 *
 * Text is told by its bytes, not by a file-type signature: a text starting "BM" or "MZ" (as a
 * "BM-01" form code may) matches the BMP and executable signatures, yet no PNG, JPEG or TIFF is
 * valid UTF-8 free of control characters. Only a PDF can be, so a PDF signature still wins.
 */
export async function readDocumentText(bytes: Buffer): Promise<string> {
  if (isUtf8Text(bytes) && (await fileTypeFromBuffer(bytes))?.mime !== 'application/pdf')
    return normaliseText(bytes.toString('utf8'), { postCorrect: false }).normalisedText;
  const { acquireText, TesseractOcrEngine } = await import('@congvan/ocr');
  const engine = await TesseractOcrEngine.create();
  try {
    const { pages } = await acquireText(bytes, engine);
    return pages.map((page) => page.normalisedText).join('\n\n');
  } finally {
    await engine.terminate();
  }
}

function isUtf8Text(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  return !text.includes('\uFFFD') && !/[\u0000-\u0008\u000e-\u001f]/.test(text);
}
