import { acquireText, normaliseText, TesseractOcrEngine } from '@congvan/ocr';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The normalised text of a file given on the command line: a UTF-8 text file as it is, an image
 * or PDF through the same text acquisition as the pipeline (text layer or Vietnamese OCR).
 */
export async function readDocumentText(bytes: Buffer): Promise<string> {
  if (!(await fileTypeFromBuffer(bytes)) && isUtf8Text(bytes))
    return normaliseText(bytes.toString('utf8'), { postCorrect: true }).normalisedText;
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
