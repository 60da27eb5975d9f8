import sharp from 'sharp';

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

const ANALYSIS_WIDTH = 1000;
const INK = 150;

interface Line {
  top: number;
  bottom: number;
  first: number;
  last: number;
  /** Where the line splits into left | right: 0 = all right, w = all left, null = full width. */
  gutter: number | null;
  twoSided: boolean;
  /** Centres of the blank runs (≥ 2 % of the width) in the middle of the line. */
  gaps: number[];
}

/**
 * Splits a page into regions in reading order, so that two-column bands (the header of a công văn:
 * issuer | national motto; the footer: Nơi nhận | signature) are read column by column instead of
 * row by row, which merges the columns' lines.
 *
 * Each text line is classified: full width (ink across the middle), split (a blank run ≥ 2 % of the
 * width in the middle 30–70 %: left | right), or one-sided (ink only left of 70 % or right of
 * 30 %). Consecutive split/one-sided lines holding ink on both sides form a two-column band, read
 * as a left image and a right image (the other side blanked line by line, so columns need not be
 * separated by a straight gutter). A page without such a band is one region (the whole image).
 */
export async function layoutRegions(page: GreyImage): Promise<Region[]> {
  const { width, height } = page;
  const scale = Math.min(1, ANALYSIS_WIDTH / width);
  const { data, info } = await sharp(page.pixels, { raw: { width, height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(width * scale)), kernel: 'linear' })
    .greyscale() // raw one-channel input comes out as three channels otherwise
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const whole: Region[] = [{ left: 0, top: 0, width, height, masks: [] }];
  const marginX = Math.round(w * 0.02);
  const from = Math.round(w * 0.3);
  const to = Math.round(w * 0.7);
  const minGap = Math.round(w * 0.02);

  const rowHasInk = (y: number): boolean => {
    let count = 0;
    for (let x = marginX; x < w - marginX; x++) if (data[y * w + x] < INK && ++count >= 2) return true;
    return false;
  };
  const lines: Line[] = [];
  for (let y = 0; y < h;) {
    if (!rowHasInk(y)) {
      y++;
      continue;
    }
    const top = y;
    while (y < h && rowHasInk(y)) y++;
    if (y - top < 3) continue; // specks and rules
    const ink = new Uint8Array(w);
    for (let yy = top; yy < y; yy++) for (let x = marginX; x < w - marginX; x++) if (data[yy * w + x] < INK) ink[x] = 1;
    const first = ink.indexOf(1);
    const last = ink.lastIndexOf(1);
    let gutter: number | null = null;
    let twoSided = false;
    const gaps: number[] = [];
    if (last < to) gutter = w;
    else if (first > from) gutter = 0;
    else {
      let best = 0;
      for (let x = from; x <= to;) {
        if (ink[x]) {
          x++;
          continue;
        }
        const start = x;
        while (x <= to && !ink[x]) x++;
        if (x - start >= minGap) gaps.push(Math.floor((start + x) / 2));
        if (x - start >= minGap && x - start > best) {
          best = x - start;
          gutter = Math.floor((start + x) / 2);
        }
      }
      twoSided = gutter !== null;
    }
    lines.push({ top, bottom: y, first, last, gutter, twoSided, gaps });
  }

  type Band = { first: number; last: number; columns: boolean };
  const bands: Band[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (lines[j].gutter !== null && j + 1 < lines.length && lines[j + 1].gutter !== null) j++;
    const members = lines.slice(i, j + 1);
    const columns =
      lines[i].gutter !== null &&
      members.length >= 2 &&
      (members.some((line) => line.twoSided) ||
        (members.some((line) => line.gutter === w) && members.some((line) => line.gutter === 0)));
    const previous = bands[bands.length - 1];
    if (columns) {
      // One-sided lines go to the column their centre is in (the Party asterisk is left of 30 %… or not).
      const splits = members
        .filter((line) => line.twoSided)
        .map((line) => line.gutter ?? w / 2)
        .sort((a, b) => a - b);
      const bandGutter = splits.length > 0 ? splits[Math.floor(splits.length / 2)] : w / 2;
      for (const line of members) {
        // A line with several gaps (a blank left for the day: "ngày      tháng") splits at the one nearest the band's gutter.
        if (line.twoSided)
          line.gutter = line.gaps.reduce(
            (best, gap) => (Math.abs(gap - bandGutter) < Math.abs(best - bandGutter) ? gap : best),
            line.gutter ?? bandGutter,
          );
        else line.gutter = (line.first + line.last) / 2 < bandGutter ? w : 0;
      }
      bands.push({ first: i, last: j, columns: true });
    } else if (previous && !previous.columns) previous.last = j;
    else bands.push({ first: i, last: j, columns: false });
    i = j + 1;
  }
  if (!bands.some((band) => band.columns)) return whole;

  const regions: Region[] = [];
  const full = (v: number): number => Math.round(v / scale);
  bands.forEach((band, k) => {
    const top = k === 0 ? 0 : full((lines[bands[k - 1].last].bottom + lines[band.first].top) / 2);
    const bottom =
      k === bands.length - 1
        ? height
        : Math.min(height, full((lines[band.last].bottom + lines[bands[k + 1].first].top) / 2));
    const rect = { left: 0, top, width, height: Math.max(1, bottom - top) };
    if (!band.columns) {
      regions.push({ ...rect, masks: [] });
      return;
    }
    const leftMasks: Rect[] = [];
    const rightMasks: Rect[] = [];
    for (let n = band.first; n <= band.last; n++) {
      const line = lines[n];
      const lineTop = Math.max(top, full(line.top) - 2);
      const lineHeight = Math.min(bottom, full(line.bottom) + 2) - lineTop;
      const split = Math.min(width, full(line.gutter ?? 0));
      if (split < width) leftMasks.push({ left: split, top: lineTop, width: width - split, height: lineHeight });
      if (split > 0) rightMasks.push({ left: 0, top: lineTop, width: split, height: lineHeight });
    }
    regions.push({ ...rect, masks: leftMasks }, { ...rect, masks: rightMasks });
  });
  return regions;
}

/** The region cropped from the page, its masks painted white. */
export function cropRegion(page: GreyImage, region: Region): GreyImage {
  const { left, top, width, height } = region;
  const pixels = Buffer.allocUnsafe(width * height);
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

/** Binary PGM (P5): what tesseract.js decodes fastest (no compression). */
export function toPgm(image: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]);
}

/**
 * Skew of the text lines in degrees (positive: lines fall to the right), from the horizontal
 * projection profile: the angle whose row histogram of ink is sharpest, searched in ±3°.
 */
export async function estimateSkew(page: GreyImage): Promise<number> {
  const scale = Math.min(1, 800 / page.width);
  const { data, info } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(page.width * scale)), kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (data[y * w + x] < INK) {
        xs.push(x - w / 2);
        ys.push(y);
      }
  if (xs.length < 500) return 0;
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const rows = new Float64Array(h * 2);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round(ys[i] - xs[i] * t) + Math.floor(h / 2);
      if (row >= 0 && row < rows.length) rows[row] += 1;
    }
    let sum = 0;
    for (const count of rows) sum += count * count;
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
