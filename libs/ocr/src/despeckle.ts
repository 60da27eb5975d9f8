import { paper, type GreyImage } from './grey-image.js';

/** A pixel darker than this is ink (as in the layout analysis). */
const INK = 150;

export interface DespeckleResult {
  image: GreyImage;
  /** Specks (small isolated marks) painted white. */
  specks: number;
  /** Thin rules and crease marks (long, one or two pixels high, touching no text) painted white. */
  rules: number;
}

/**
 * Paints white what is not text before the page is read: dust specks and grain (a small, roughly
 * square mark with no other ink around it) and the line a crease or a rule leaves across the paper
 * (a long run, broken or not, one or two pixels thick). Tesseract reads such marks as junk
 * characters and whole junk lines (": „ ˆ nu cu").
 *
 * Sizes follow the resolution, taken from the page width (an A4 page is 8.27 in wide): a speck is
 * at most about 0.3 mm across and isolated when no other ink lies within about 0.8 mm of its box —
 * the dot of "ạ" or of an "i", a full stop or a comma lie closer to their letters than that; a
 * hyphen is wider than high, never a speck. Marks closer than 3 pixels on a row count as one (a
 * crease is a dashed line); of a long thin one, only the pixels of its thin runs are painted, so a
 * letter the crease touches keeps its strokes.
 *
 * Marks are found as runs of ink on each row, joined (union-find) with the runs of the same row at
 * most 3 pixels away and the runs of the rows above and below that touch them, diagonally included:
 * a run per stroke of a letter is handled instead of every ink pixel and its neighbours.
 */
export function despeckle(page: GreyImage): DespeckleResult {
  const { width, height, pixels } = page;
  const dpi = Math.max(72, width / 8.27);
  const maxSpeck = Math.max(4, Math.round((dpi / 100) ** 2 * 3)); // pixels of one speck: 7 at 150 DPI, 27 at 300
  const reach = Math.max(3, Math.round(dpi / 32)); // 0.8 mm
  const thin = Math.max(2, Math.round(dpi / 100)); // a rule or crease: at most this many pixels a column…
  const ruleLength = Math.round(dpi / 2); // …over at least this length (12 mm)
  const gap = 3; // marks this close on a row are one
  const out = Buffer.from(pixels);
  const runs = inkRuns(pixels, width, height, gap);
  const { count, y: runY, x0: runX0, x1: runX1 } = runs;
  // Each mark (the root of its runs): area, box, and its runs as a list (first, next).
  const area = new Int32Array(count);
  const left = new Int32Array(count).fill(width);
  const right = new Int32Array(count).fill(-1);
  const top = new Int32Array(count).fill(height);
  const bottom = new Int32Array(count).fill(-1);
  const root = new Int32Array(count);
  for (let r = 0; r < count; r++) {
    const m = (root[r] = runs.find(r));
    area[m] += runX1[r] - runX0[r] + 1;
    if (runX0[r] < left[m]) left[m] = runX0[r];
    if (runX1[r] > right[m]) right[m] = runX1[r];
    if (runY[r] < top[m]) top[m] = runY[r];
    if (runY[r] > bottom[m]) bottom[m] = runY[r];
  }
  const keepArea = 3 * thin * width;
  const candidate = (m: number): boolean => {
    if (area[m] > keepArea) return false;
    const boxWidth = right[m] - left[m] + 1;
    const boxHeight = bottom[m] - top[m] + 1;
    if (boxWidth >= ruleLength) return true;
    return (
      area[m] <= maxSpeck &&
      boxWidth <= 2 * boxHeight + 1 &&
      boxHeight <= 2 * boxWidth + 1 &&
      boxWidth <= reach &&
      boxHeight <= reach
    );
  };
  const first = new Int32Array(count).fill(-1);
  const next = new Int32Array(count).fill(-1);
  for (let m = 0; m < count; m++) if (root[m] === m && candidate(m)) first[m] = count; // listed below
  for (let r = count - 1; r >= 0; r--) {
    const m = root[r];
    if (first[m] < 0) continue;
    next[r] = first[m] === count ? -1 : first[m];
    first[m] = r;
  }
  let specks = 0;
  let rules = 0;
  for (let m = 0; m < count; m++) {
    if (root[m] !== m || first[m] < 0) continue;
    const x0 = left[m];
    const boxWidth = right[m] - x0 + 1;
    if (boxWidth >= ruleLength) {
      // A rule or a crease (whatever its slope): nearly every column it crosses holds a few of its
      // pixels; those columns are painted, the others (a letter it touches) kept. A line of text has
      // a stem or two strokes in most columns.
      const columns = new Uint32Array(boxWidth);
      for (let r = first[m]; r >= 0; r = next[r]) for (let x = runX0[r]; x <= runX1[r]; x++) columns[x - x0]++;
      let used = 0;
      let thinColumns = 0;
      for (const n of columns) {
        if (n > 0) used++;
        if (n > 0 && n <= thin + 1) thinColumns++;
      }
      if (thinColumns < used * 0.8 || thinColumns < ruleLength / 2) continue;
      // Where a sloping line steps down a row, a column holds a few more of its pixels.
      for (let r = first[m]; r >= 0; r = next[r])
        for (let x = runX0[r]; x <= runX1[r]; x++) if (columns[x - x0] <= thin + 2) out[runY[r] * width + x] = 255;
      rules++;
      continue;
    }
    let inkAround = 0;
    for (let y = Math.max(0, top[m] - reach); y <= Math.min(height - 1, bottom[m] + reach); y++)
      for (let x = Math.max(0, x0 - reach); x <= Math.min(width - 1, right[m] + reach); x++)
        if (pixels[y * width + x] < INK) inkAround++;
    if (inkAround > area[m]) continue;
    for (let r = first[m]; r >= 0; r = next[r])
      out.fill(255, runY[r] * width + runX0[r], runY[r] * width + runX1[r] + 1);
    specks++;
  }
  return { image: { pixels: out, width, height }, specks, rules };
}

interface InkRuns {
  count: number;
  /** Row, first and last column of each run. */
  y: Int32Array;
  x0: Int32Array;
  x1: Int32Array;
  /** The run standing for the mark of run `r`. */
  find(r: number): number;
}

/**
 * The runs of ink (pixels darker than INK) of every row, joined into marks: runs of a row at most
 * `gap` pixels apart, and runs of two neighbouring rows that overlap or touch at a corner.
 */
function inkRuns(pixels: Buffer, width: number, height: number, gap: number): InkRuns {
  let y = new Int32Array(1 << 16);
  let x0 = new Int32Array(1 << 16);
  let x1 = new Int32Array(1 << 16);
  let parent = new Int32Array(1 << 16);
  let count = 0;
  const find = (r: number): number => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]];
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    // The smaller index stays the root: marks come out in the order of their first run.
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  // Paper is skipped four pixels at a time where none of them can be ink (all ≥ 160, by their bits).
  const words =
    pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >> 2) : null;
  let previousStart = 0;
  let previousEnd = 0;
  for (let row = 0; row < height; row++) {
    const rowStart = count;
    const base = row * width;
    const end = base + width;
    for (let at = base; at < end;) {
      if (words && (at & 3) === 0 && at + 4 <= end && paper(words[at >> 2])) {
        at += 4;
        continue;
      }
      if (pixels[at] >= INK) {
        at++;
        continue;
      }
      const start = at;
      while (at < end && pixels[at] < INK) at++;
      if (count === y.length) {
        const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        [y, x0, x1, parent] = [grow(y), grow(x0), grow(x1), grow(parent)];
      }
      y[count] = row;
      x0[count] = start - base;
      x1[count] = at - 1 - base;
      parent[count] = count;
      if (count > rowStart && x0[count] - x1[count - 1] <= gap) union(count - 1, count);
      count++;
    }
    // Runs of the row above touching these (columns within one pixel): a two-pointer walk.
    for (let a = previousStart, b = rowStart; a < previousEnd && b < count;) {
      if (x0[b] <= x1[a] + 1 && x0[a] <= x1[b] + 1) union(a, b);
      if (x1[a] < x1[b]) a++;
      else b++;
    }
    previousStart = rowStart;
    previousEnd = count;
  }
  return { count, y, x0, x1, find };
}
