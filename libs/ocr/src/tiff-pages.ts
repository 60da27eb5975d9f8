import sharp from 'sharp';
import { unreadableImage } from './ocr.errors.js';

/** Number of pages of a (multi-page) TIFF, from its header. */
export async function tiffPageCount(bytes: Uint8Array): Promise<number> {
  try {
    return (await sharp(bytes, { limitInputPixels: false }).metadata()).pages ?? 1;
  } catch (error) {
    throw unreadableImage((error as Error).message);
  }
}

/** Page `index` (0-based) of a TIFF as a lossless PNG, ready for OCR. */
export async function tiffPage(bytes: Uint8Array, index: number, maxPixels: number): Promise<Buffer> {
  try {
    return await sharp(bytes, { page: index, limitInputPixels: maxPixels })
      .withMetadata()
      .png({ compressionLevel: 1 })
      .toBuffer();
  } catch (error) {
    throw unreadableImage((error as Error).message);
  }
}
