/** Grey page images and the rectangles of them that OCR reads: types and pixel operations. */

/** A rectangle of the page image, in pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An 8-bit grey image, one byte per pixel, row after row. */
export interface GreyImage {
  pixels: Buffer;
  width: number;
  height: number;
}

/** A part of the page to read on its own: a rectangle, with parts of it to blank out first. */
export interface Region extends Rect {
  /** Rectangles (page coordinates) painted white before reading: the other column's text. */
  masks: Rect[];
}

/** A pixel darker than this is ink (8-bit grey). */
export const INK = 150;

/**
 * The region cropped from the page, its masks painted white. A band of whole rows with no mask is
 * the page's own pixels (a view, not a copy: nothing writes into a page image once it is made), so
 * that a body as wide as the page is not copied, megabytes at a time, before its ink is cropped.
 */
export function cropRegion(page: GreyImage, region: Region): GreyImage {
  const { left, top, width, height } = region;
  if (left === 0 && width === page.width && region.masks.length === 0)
    return { pixels: page.pixels.subarray(top * width, (top + height) * width), width, height };
  const pixels = Buffer.allocUnsafe(width * height);
  if (left === 0 && width === page.width) page.pixels.copy(pixels, 0, top * width, (top + height) * width);
  else
    for (let y = 0; y < height; y++) {
      const from = (top + y) * page.width + left;
      page.pixels.copy(pixels, y * width, from, from + width);
    }
  for (const mask of region.masks) {
    const x0 = Math.max(0, mask.left - left);
    const x1 = Math.min(width, mask.left + mask.width - left);
    const y0 = Math.max(0, mask.top - top);
    const y1 = Math.min(height, mask.top + mask.height - top);
    for (let y = y0; y < y1; y++) pixels.fill(255, y * width + x0, y * width + x1);
  }
  return { pixels, width, height };
}

/**
 * Whether an image holds at least one line of text: three rows in a row, each with dark pixels over
 * at least 1 % of the width (and 3 pixels). Blank paper, grain and scattered specks have none.
 */
export function hasTextLine(image: GreyImage): boolean {
  const least = Math.max(3, Math.ceil(image.width * 0.01));
  let run = 0;
  for (let y = 0; y < image.height; y++) {
    let dark = 0;
    const row = y * image.width;
    for (let x = 0; x < image.width && dark < least; x++) if (image.pixels[row + x] < INK) dark++;
    run = dark >= least ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * The box around the ink of an image (rows and columns with at least 2 dark pixels), widened by
 * `pad` pixels on each side (clamped to the image); null when the image has no ink. A region is read
 * cropped to it: tesseract binarises and analyses every pixel it is given, and the page margins, the
 * blanked other column of a header band and the paper below the last line are many of them.
 */
export function inkBounds(image: GreyImage, pad: number): Rect | null {
  const { width, height, pixels } = image;
  const columns = new Uint32Array(width);
  // Paper is skipped four pixels at a time (see paper), from the first pixel on a 4-byte boundary.
  const offset = pixels.byteOffset;
  const start = (4 - (offset & 3)) & 3;
  const words = new Uint32Array(pixels.buffer, offset + start, Math.max(0, pixels.length - start) >> 2);
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const end = row + width;
    let dark = 0;
    for (let at = row; at < end;) {
      if (((offset + at) & 3) === 0 && at + 4 <= end && paper(words[(at - start) >> 2])) {
        at += 4;
        continue;
      }
      if (pixels[at] < INK) {
        dark++;
        columns[at - row]++;
      }
      at++;
    }
    if (dark >= 2) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  let left = 0;
  while (left < width && columns[left] < 2) left++;
  let right = width - 1;
  while (right > left && columns[right] < 2) right--;
  if (top < 0 || left >= width) return null;
  const x0 = Math.max(0, left - pad);
  const y0 = Math.max(0, top - pad);
  const x1 = Math.min(width, right + 1 + pad);
  const y1 = Math.min(height, bottom + 1 + pad);
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

/** Whether four pixels (one 32-bit word) are all at least 160: each byte's top bit set, and the next or the one after. */
export function paper(word: number): boolean {
  return (~word & 0x80808080) === 0 && (~(((word & 0x40404040) << 1) | ((word & 0x20202020) << 2)) & 0x80808080) === 0;
}

/** Binary PGM (P5): what tesseract.js decodes fastest (no compression). */
export function toPgm(image: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]);
}
