import sharp from 'sharp';
import { INK, type GreyImage } from './grey-image.js';

/**
 * Skew of the text lines in degrees (positive: lines fall to the right), from the horizontal
 * projection profile: the angle whose row histogram of ink is sharpest, searched in ±3°.
 */
export async function estimateSkew(page: GreyImage): Promise<number> {
  const scale = Math.min(1, 800 / page.width);
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(page.width * scale)), kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  // The ink pixels' coordinates in typed arrays (x from the centre), and one histogram reused per angle.
  let count = 0;
  for (let i = 0; i < w * h; i++) if (data[i] < INK) count++;
  if (count < 500) return 0;
  const xs = new Float64Array(count);
  const ys = new Int32Array(count);
  for (let y = 0, n = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (data[y * w + x] < INK) {
        xs[n] = x - w / 2;
        ys[n++] = y;
      }
  const rows = new Uint32Array(h * 2);
  const middle = Math.floor(h / 2);
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < count; i++) {
      const row = Math.round(ys[i] - xs[i] * t) + middle;
      if (row >= 0 && row < rows.length) rows[row]++;
    }
    let sum = 0;
    for (let row = 0; row < rows.length; row++) sum += rows[row] * rows[row];
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  for (let degrees = -3; degrees <= 3.001; degrees += 0.25) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  for (let degrees = best - 0.2; degrees <= best + 0.201; degrees += 0.05) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  return Math.round(best * 100) / 100;
}
