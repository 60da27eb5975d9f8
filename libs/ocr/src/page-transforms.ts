import sharp from 'sharp';
import { REVIEW_JPEG } from './acquire-text.js';
import type { Recognition } from './native-tesseract.js';
import { cropRegion, type GreyImage, type Rect } from './grey-image.js';
import { estimateSkew } from './skew.js';
import type { WordBox } from './page-text.js';

/** Image steps of a page's reading (straighten, shrink, enlarge a line, the review JPEG) and the boxes they move. */

/**
 * Image steps on raw one-channel pixels end in `.toColourspace('b-w')`, not `.greyscale()`: sharp
 * otherwise turns the image into three sRGB channels and back; the same pixels out (bench:ocr pages,
 * rotation, Lanczos and linear resizes, normalise), 10-20 % less CPU for a rotation or a resize.
 */

/** Straightens a page scanned at an angle (≥ 0.3°), so that the column analysis sees level lines. */
export async function deskew(page: GreyImage): Promise<GreyImage> {
  const skew = await estimateSkew(page);
  if (Math.abs(skew) < 0.3) return page;
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .rotate(-skew, { background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

/** Whether every pixel of the image is black or white (a 1-bit scan), looked at every 7th pixel. */
export function bilevel(image: GreyImage): boolean {
  for (let i = 0; i < image.pixels.length; i += 7) if (image.pixels[i] !== 0 && image.pixels[i] !== 255) return false;
  return true;
}

/**
 * Whether an embedded ICC profile is an sRGB one (an RGB profile whose description names sRGB, as
 * scanners, Pillow and libvips write): converting from it to sRGB, sharp's working space, changes no
 * pixel worth reading, while it runs lcms over every pixel — about 100 ms CPU of decoding a 300 DPI
 * page (bench:ocr clean pages: the same grey pixels without it). Other profiles are still applied.
 */
export function srgbProfile(icc: Buffer | undefined): boolean {
  if (!icc || icc.length < 132 || icc.toString('latin1', 16, 20) !== 'RGB ') return false;
  // The description: ASCII in a version 2 profile ("sRGB IEC61966-2.1"), UTF-16BE in a version 4 one.
  return icc.includes('sRGB', 128, 'latin1') || icc.includes('\0s\0R\0G\0B', 128, 'latin1');
}

/** The image scaled down by `scale` (libvips: box shrink, then Lanczos; thin strokes stay as grey). */
export async function shrink(image: GreyImage, scale: number): Promise<GreyImage> {
  const { data, info } = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(image.width * scale)), kernel: 'lanczos3' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

/** A reading of a shrunk image, its word boxes multiplied by `factor` to fall on the full-size image. */
export function enlargeBoxes(reading: Recognition, factor: number): Recognition {
  const up = (v: number): number => Math.round(v * factor);
  const lines = reading.lines.map((line) => ({
    ...line,
    words: line.words.map((word) => {
      const { x0, y0, x1, y1 } = word.bbox;
      return { ...word, bbox: { x0: up(x0), y0: up(y0), x1: up(x1), y1: up(y1) } };
    }),
  }));
  return { ...reading, lines, words: lines.flatMap((line) => line.words) };
}

/** Height (pixels) a line's words are enlarged to for its second reading; a line already this tall is not. */
const RETRY_LINE_HEIGHT = 48;

/**
 * One line cut from a region for its second reading: enlarged (up to 3×) so that its words are about
 * 48 pixels high — small print of a 150 or 200 DPI scan is read better large — and its contrast
 * stretched. No median filter and no threshold: they erode slashes and thin strokes.
 */
export async function enlargedLine(image: GreyImage, rect: Rect): Promise<{ crop: GreyImage; scale: number }> {
  const line = cropRegion(image, { ...rect, masks: [] });
  const scale = Math.min(3, Math.max(1, RETRY_LINE_HEIGHT / Math.max(1, rect.height * 0.6)));
  const { data, info } = await sharp(line.pixels, { raw: { width: line.width, height: line.height, channels: 1 } })
    .resize({ width: Math.round(line.width * scale), kernel: 'lanczos3' })
    .normalise()
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { crop: { pixels: data, width: info.width, height: info.height }, scale: info.width / line.width };
}

/** The straightened grey page as the review screen shows it (REVIEW_JPEG). */
export function reviewJpegOf(page: GreyImage): Promise<Buffer> {
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .jpeg(REVIEW_JPEG)
    .toBuffer();
}

export function offsetWord(word: WordBox, dx: number, dy: number): WordBox {
  if (dx === 0 && dy === 0) return word;
  const { x0, y0, x1, y1 } = word.bbox;
  return { ...word, bbox: { x0: x0 + dx, y0: y0 + dy, x1: x1 + dx, y1: y1 + dy } };
}

/**
 * Drops lines that are rules, stamps or specks read as symbols ("~ ¬ ¬ - —_ z"): at least three
 * visible characters of which fewer than 40 % are letters or digits. A lone "*" (the Party header's
 * asterisk) is kept.
 */
export function dropNoiseLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const visible = line.replace(/\s+/gu, '');
      if (visible.length < 3) return true;
      const alphanumeric = (visible.match(/[\p{L}\p{N}]/gu) ?? []).length;
      return alphanumeric / visible.length >= 0.4;
    })
    .join('\n');
}
