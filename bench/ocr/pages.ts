/** The pages the OCR bench reads: each 300 DPI scan and its office, poor and pdf variants, degraded deterministically. */
import { PDFDocument } from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';

export type Variant = 'clean' | 'office' | 'poor' | 'pdf';
export const VARIANTS: Variant[] = ['clean', 'office', 'poor', 'pdf'];

export interface Page {
  id: string;
  index: number;
  clean: Buffer;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run degrades the same way. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The page as scanned again at `dpi`, `angle`° off, with grain of ±`noise` grey levels and a few specks;
 * with `crease`, the mark of a fold across the page: a broken grey line with specks along it.
 */
async function degrade(
  png: Buffer,
  dpi: number,
  angle: number,
  noise: number,
  seed: number,
  crease = false,
): Promise<Sharp> {
  const meta = await sharp(png).metadata();
  const scale = dpi / 300;
  const { data, info } = await sharp(png)
    .greyscale()
    .resize(Math.round((meta.width ?? 0) * scale), Math.round((meta.height ?? 0) * scale))
    .rotate(angle, { background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const next = random(seed);
  for (let i = 0; i < data.length; i++) {
    const grain = (next() + next() + next() - 1.5) * 2 * noise;
    data[i] = Math.max(0, Math.min(255, data[i] + grain));
  }
  // Specks of dust: small dark dots over the page.
  for (let k = 0; k < 400; k++) {
    const x = Math.floor(next() * (info.width - 2));
    const y = Math.floor(next() * (info.height - 2));
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ])
      data[(y + dy) * info.width + x + dx] = 40;
  }
  if (crease) {
    // A fold at 40 % of the height, waving by a few pixels, dark where the paper broke, with grit beside it.
    const at = Math.round(info.height * 0.4);
    for (let x = 0; x < info.width; x++) {
      const y = at + Math.round(3 * Math.sin(x / 90));
      if (next() < 0.7) for (let dy = 0; dy < 2; dy++) data[(y + dy) * info.width + x] = Math.round(60 + next() * 80);
      if (next() < 0.08) {
        const sy = y + Math.round((next() - 0.5) * 24);
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
        ])
          if (x + dx < info.width) data[(sy + dy) * info.width + x + dx] = 50;
      }
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).withMetadata({ density: dpi });
}

/** A scanner's PDF of `jpeg`: one page the size of the scan at `dpi`, the JPEG drawn over all of it. */
async function scannerPdf(jpeg: Buffer, dpi: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  const image = await document.embedJpg(jpeg);
  const width = (image.width * 72) / dpi;
  const height = (image.height * 72) / dpi;
  document.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  return Buffer.from(await document.save());
}

/**
 * The page as `variant`: `bytes` for congvan (acquireText), `native` (a file of type `ext`) for the
 * native CLI, which reads no PDF: the pdf variant's JPEG itself; the same bytes for the others.
 */
export async function variantOf(page: Page, variant: Variant): Promise<{ bytes: Buffer; ext: string; native: Buffer }> {
  const seed = page.id.length * 1000 + page.index;
  if (variant === 'pdf') {
    // The office scan as a scanner delivers it: its JPEG, stored as is, one page of a PDF.
    const { bytes: jpeg } = await variantOf(page, 'office');
    return { bytes: await scannerPdf(jpeg, 200), ext: 'jpg', native: jpeg };
  }
  const { bytes, ext } = await plainVariant(page, variant, seed);
  return { bytes, ext, native: bytes };
}

async function plainVariant(
  page: Page,
  variant: Exclude<Variant, 'pdf'>,
  seed: number,
): Promise<{ bytes: Buffer; ext: string }> {
  switch (variant) {
    case 'clean':
      return { bytes: page.clean, ext: 'png' };
    case 'office':
      return {
        bytes: await (await degrade(page.clean, 200, 0.7, 18, seed)).jpeg({ quality: 60 }).toBuffer(),
        ext: 'jpg',
      };
    case 'poor':
      return {
        bytes: await (await degrade(page.clean, 150, 1.5, 30, seed, true)).threshold(150).png().toBuffer(),
        ext: 'png',
      };
  }
}
