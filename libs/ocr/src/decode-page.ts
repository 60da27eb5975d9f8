import sharp from 'sharp';
import type { GreyImage } from './grey-image.js';
import { timed, type OcrTimings } from './ocr-engine-options.js';
import { imageTooLarge, unreadableImage } from './ocr.errors.js';
import { bilevel, deskew, srgbProfile } from './page-transforms.js';

/**
 * Decodes with sharp (EXIF orientation applied, pixel limit enforced) into 8-bit grey pixels,
 * straightened; `oneBit` when the decoded scan was bilevel (before straightening greys its edges).
 */
export async function decodePage(
  image: Uint8Array,
  maxPixels: number,
  t?: OcrTimings,
): Promise<{ page: GreyImage; oneBit: boolean }> {
  let metadata: { width?: number; height?: number; icc?: Buffer };
  try {
    metadata = await sharp(image, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadableImage((error as Error).message);
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > maxPixels) throw imageTooLarge(width, height, maxPixels);
  try {
    const { data, info } = await timed(t, 'decode', () =>
      sharp(image, { limitInputPixels: maxPixels, ignoreIcc: srgbProfile(metadata.icc) })
        .rotate()
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true }),
    );
    if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
    const decoded = { pixels: data, width: info.width, height: info.height };
    return { page: await timed(t, 'deskew', () => deskew(decoded)), oneBit: bilevel(decoded) };
  } catch (error) {
    throw unreadableImage((error as Error).message);
  }
}
