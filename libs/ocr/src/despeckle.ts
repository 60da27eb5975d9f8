import type { GreyImage } from './page-layout.js';

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
 */
export function despeckle(page: GreyImage): DespeckleResult {
  const { width, height, pixels } = page;
  const dpi = Math.max(72, width / 8.27);
  const maxSpeck = Math.max(4, Math.round((dpi / 100) ** 2 * 3)); // pixels of one speck: 7 at 150 DPI, 27 at 300
  const reach = Math.max(3, Math.round(dpi / 32)); // 0.8 mm
  const thin = Math.max(2, Math.round(dpi / 100)); // a rule or crease: at most this many pixels a column…
  const ruleLength = Math.round(dpi / 2); // …over at least this length (12 mm)
  const gap = 3; // marks this close on a row are one
  const dark = (at: number): boolean => pixels[at] < INK;
  const out = Buffer.from(pixels);
  // 1 where a pixel is ink not yet taken into a mark: the scan jumps from one to the next with
  // indexOf (native) instead of testing every pixel of the paper in JavaScript.
  const unseen = new Uint8Array(width * height);
  for (let at = 0; at < unseen.length; at++) if (pixels[at] < INK) unseen[at] = 1;
  const stack = new Int32Array(Math.min(width * height, 1 << 20));
  const component: number[] = [];
  let specks = 0;
  let rules = 0;

  for (let start = unseen.indexOf(1); start >= 0; start = unseen.indexOf(1, start + 1)) {
    component.length = 0;
    let area = 0;
    let x0 = width;
    let x1 = -1;
    let y0 = height;
    let y1 = -1;
    let top = 0;
    stack[top++] = start;
    unseen[start] = 0;
    // The pixels are remembered only while the mark may still be a speck or a rule.
    let keep = true;
    const keepArea = 3 * thin * width;
    while (top > 0) {
      const at = stack[--top];
      const x = at % width;
      const y = (at - x) / width;
      area++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (keep) {
        component.push(at);
        if (area > keepArea) keep = false;
      }
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        const span = dy === 0 ? gap : 1;
        const from = Math.max(0, x - span);
        const to = Math.min(width - 1, x + span);
        const row = ny * width;
        for (let nx = from; nx <= to; nx++) {
          const next = row + nx;
          if (unseen[next] === 0) continue; // paper, or taken already (the pixel itself among them)
          unseen[next] = 0;
          if (top < stack.length) stack[top++] = next;
        }
      }
    }
    if (!keep) continue;
    const boxWidth = x1 - x0 + 1;
    const boxHeight = y1 - y0 + 1;
    if (boxWidth >= ruleLength) {
      // A rule or a crease (whatever its slope): nearly every column it crosses holds a few of its
      // pixels; those columns are painted, the others (a letter it touches) kept. A line of text has
      // a stem or two strokes in most columns.
      const columns = new Uint32Array(boxWidth);
      for (const at of component) columns[(at % width) - x0]++;
      let used = 0;
      let thinColumns = 0;
      for (const count of columns) {
        if (count > 0) used++;
        if (count > 0 && count <= thin + 1) thinColumns++;
      }
      if (thinColumns < used * 0.8 || thinColumns < ruleLength / 2) continue;
      // Where a sloping line steps down a row, a column holds a few more of its pixels.
      for (const at of component) if (columns[(at % width) - x0] <= thin + 2) out[at] = 255;
      rules++;
      continue;
    }
    const small = area <= maxSpeck && boxWidth <= 2 * boxHeight + 1 && boxHeight <= 2 * boxWidth + 1;
    if (!small || boxWidth > reach || boxHeight > reach) continue;
    let inkAround = 0;
    for (let y = Math.max(0, y0 - reach); y <= Math.min(height - 1, y1 + reach); y++)
      for (let x = Math.max(0, x0 - reach); x <= Math.min(width - 1, x1 + reach); x++)
        if (dark(y * width + x)) inkAround++;
    if (inkAround > area) continue;
    for (const at of component) out[at] = 255;
    specks++;
  }
  return { image: { pixels: out, width, height }, specks, rules };
}
