import sharp from 'sharp';
import { INK, type GreyImage, type Rect, type Region } from './grey-image.js';

const ANALYSIS_WIDTH = 1000;

export interface Line {
  top: number;
  bottom: number;
  first: number;
  last: number;
  /** Where the line splits into left | right: 0 = all right, w = all left, null = full width. */
  gutter: number | null;
  twoSided: boolean;
  /** The blank runs (≥ 2 % of the width) in the middle of the line, as [start, end). */
  gaps: Array<[number, number]>;
  /** The blank run the line splits at, if it is split between two columns. */
  gap: [number, number] | null;
  /** Blank runs (≥ 2 % of the width) between the line's first and last ink, as [start, end). */
  blanks: Array<[number, number]>;
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
  return (await pageLayout(page)).regions;
}

/** The page's regions in reading order (see layoutRegions) and the height of its text lines. */
export interface PageLayout {
  regions: Region[];
  /** The height of a text line in page pixels (the median of the lines found; 0 without any). */
  lineHeight: number;
}

/** layoutRegions, with the typical height of the page's text lines (pixels of the page). */
export async function pageLayout(page: GreyImage): Promise<PageLayout> {
  const { width, height } = page;
  const scale = Math.min(1, ANALYSIS_WIDTH / width);
  const { data, info } = await sharp(page.pixels, { raw: { width, height, channels: 1 } })
    .resize({ width: Math.max(1, Math.round(width * scale)), kernel: 'linear' })
    .toColourspace('b-w') // raw one-channel input comes out as three channels otherwise
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const whole: Region[] = [{ left: 0, top: 0, width, height, masks: [] }];
  const marginX = Math.round(w * 0.02);
  const from = Math.round(w * 0.3);
  const to = Math.round(w * 0.7);
  const minGap = Math.round(w * 0.02);

  const rowInk = new Uint32Array(h);
  for (let y = 0; y < h; y++) for (let x = marginX; x < w - marginX; x++) if (data[y * w + x] < INK) rowInk[y]++;
  const lines: Line[] = [];
  const runs = textLines(rowInk);
  const runHeights = runs.map(([top, bottom]) => bottom - top).sort((a, b) => a - b);
  const lineHeight = runHeights.length > 0 ? runHeights[Math.floor(runHeights.length / 2)] / scale : 0;
  for (const [top, bottom] of runs) {
    const ink = new Uint8Array(w);
    for (let yy = top; yy < bottom; yy++)
      for (let x = marginX; x < w - marginX; x++) if (data[yy * w + x] < INK) ink[x] = 1;
    const first = ink.indexOf(1);
    const last = ink.lastIndexOf(1);
    let gutter: number | null = null;
    let gap: [number, number] | null = null;
    let twoSided = false;
    const gaps: Array<[number, number]> = [];
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
        if (x - start >= minGap) gaps.push([start, x]);
        if (x - start >= minGap && x - start > best) {
          best = x - start;
          gap = [start, x];
          gutter = centre(gap);
        }
      }
      twoSided = gutter !== null;
    }
    lines.push({ top, bottom, first, last, gutter, gap, twoSided, gaps, blanks: blankRuns(ink, first, last, minGap) });
  }

  type Band = { first: number; last: number; columns: boolean };
  const bands: Band[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (lines[j].gutter !== null && j + 1 < lines.length && lines[j + 1].gutter !== null) j++;
    let members = lines.slice(i, j + 1);
    const columns =
      lines[i].gutter !== null &&
      members.length >= 2 &&
      (members.some((line) => line.twoSided) ||
        (members.some((line) => line.gutter === w) && members.some((line) => line.gutter === 0)));
    if (columns) {
      const end = i + columnBandLength(members, w) - 1;
      if (end < j) {
        j = end;
        members = lines.slice(i, j + 1);
      }
    }
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
        line.gap = line.twoSided
          ? line.gaps.reduce((best, gap) =>
              Math.abs(centre(gap) - bandGutter) < Math.abs(centre(best) - bandGutter) ? gap : best,
            )
          : oneSidedSplit(line, bandGutter);
        line.gutter = line.gap ? centre(line.gap) : (line.first + line.last) / 2 < bandGutter ? w : 0;
      }
      bands.push({ first: i, last: j, columns: true });
    } else if (previous && !previous.columns) previous.last = j;
    else bands.push({ first: i, last: j, columns: false });
    i = j + 1;
  }
  if (!bands.some((band) => band.columns)) return { regions: whole, lineHeight };

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
      // Down to the middle of the blank rows around the line: a mark between two lines (the tip of the
      // Party asterisk, a speck) is blanked with the nearer line's other side, not read into both columns.
      const lineTop = n === band.first ? top : Math.max(top, full((lines[n - 1].bottom + line.top) / 2));
      const lineBottom = n === band.last ? bottom : Math.min(bottom, full((line.bottom + lines[n + 1].top) / 2));
      const lineHeight = lineBottom - lineTop;
      // What lies beside a line's own ink is blanked: a split line from a quarter into its blank run, a
      // one-sided line from just past its ink. Parts of the other column that reach into the line's rows
      // (the descenders of "ngày" below the line it shares with the subject) are not read with it.
      const margin = line.gap ? (line.gap[1] - line.gap[0]) / 4 : minGap / 2;
      const [leftEnd, rightStart] = line.gap
        ? [full(line.gap[0] + margin), full(line.gap[1] - margin)]
        : line.gutter === w
          ? [Math.min(width, full(line.last + margin)), width]
          : [0, Math.max(0, full(line.first - margin))];
      if (leftEnd < width) leftMasks.push({ left: leftEnd, top: lineTop, width: width - leftEnd, height: lineHeight });
      if (rightStart > 0) rightMasks.push({ left: 0, top: lineTop, width: rightStart, height: lineHeight });
    }
    regions.push({ ...rect, masks: leftMasks }, { ...rect, masks: rightMasks });
  });
  return { regions, lineHeight };
}

/**
 * The text lines of a page: runs of rows holding ink (≥ 2 dark pixels), each from its top row to
 * the row after its bottom. Lines set close together touch where one line's descenders meet the
 * next line's diacritics (on a bilevel 1-bit scan every such pixel is full black, where a grey scan
 * has light grey; a blurred scan fills the space between them): a run at least 1.6 times as tall
 * as a text line is cut at its faintest row, leaving at least half a line on each side, when
 * that row holds at most a third of the ink of the fullest row on either side. Two lines of the
 * two columns are then not read as one, whose blanks would be taken for the column gap.
 */
export function textLines(rowInk: ArrayLike<number>): Array<[top: number, bottom: number]> {
  const runs: Array<[number, number]> = [];
  for (let y = 0; y < rowInk.length;) {
    if (rowInk[y] < 2) {
      y++;
      continue;
    }
    const top = y;
    while (y < rowInk.length && rowInk[y] >= 2) y++;
    if (y - top >= 3) runs.push([top, y]); // shorter: specks and rules
  }
  // The height of a text line: the lower quartile of the runs (blurred body paragraphs merge into
  // tall runs, so the median is too high), leaving out specks and slivers under a third of the median.
  const all = runs.map(([top, bottom]) => bottom - top).sort((a, b) => a - b);
  const heights = all.filter((height) => height * 3 >= (all[Math.floor(all.length / 2)] ?? 0));
  const line = heights[Math.floor(heights.length / 4)] ?? 0;
  const peak = (from: number, to: number): number => {
    let most = 0;
    for (let y = from; y < to; y++) most = Math.max(most, rowInk[y]);
    return most;
  };
  const split = (top: number, bottom: number): Array<[number, number]> => {
    if (line === 0 || bottom - top < 1.6 * line) return [[top, bottom]];
    const least = Math.ceil(line / 2);
    let cut = -1;
    for (let y = top + least; y < bottom - least; y++) if (cut < 0 || rowInk[y] < rowInk[cut]) cut = y;
    if (cut < 0 || rowInk[cut] * 3 > Math.min(peak(top, cut), peak(cut + 1, bottom))) return [[top, bottom]];
    return [...split(top, cut), ...split(cut + 1, bottom)];
  };
  return runs.flatMap(([top, bottom]) => split(top, bottom));
}

/**
 * How many of a run of split and one-sided lines belong to its two-column band. Header columns are
 * centred (NĐ 30: the issuer, number and subject under one another; HD 05 the same), so a left-only
 * line after the right column has ended whose centre lies more than a tenth of the width off the
 * left column's centre is not the column's: it is the start of the body ("Kính gửi:" alone on its
 * line at the body's margin, under a wrapped subject), and so is everything after it.
 */
export function columnBandLength(
  members: ReadonlyArray<Pick<Line, 'first' | 'last' | 'gutter' | 'gap'>>,
  w: number,
): number {
  let lastRight = -1;
  members.forEach((line, n) => {
    if (line.gutter !== w) lastRight = n;
  });
  if (lastRight < 0) return members.length;
  const centres = members
    .slice(0, lastRight + 1)
    .filter((line) => line.gutter !== 0)
    .map((line) => (line.first + (line.gap ? line.gap[0] : line.last)) / 2)
    .sort((a, b) => a - b);
  if (centres.length === 0) return members.length;
  const leftCentre = centres[Math.floor(centres.length / 2)];
  for (let n = lastRight + 1; n < members.length; n++) {
    const line = members[n];
    if (line.gutter === w && Math.abs((line.first + line.last) / 2 - leftCentre) > w * 0.1) return n;
  }
  return members.length;
}

/** Blank runs of at least `minGap` columns between `first` and `last`, as [start, end). */
function blankRuns(ink: Uint8Array, first: number, last: number, minGap: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let x = first + 1; x < last;) {
    if (ink[x]) {
      x++;
      continue;
    }
    const start = x;
    while (x < last && !ink[x]) x++;
    if (x - start >= minGap) runs.push([start, x]);
  }
  return runs;
}

/**
 * Where a line classed as right-only (no ink left of 30 % of the width) is split after all, in a
 * two-column band: when it has ink on both sides of the band's gutter and a blank run that starts left of the gutter (the Party
 * asterisk under the issuer, on the line of the place and date). The blank run nearest the gutter
 * is where it splits. A right-column line that merely reaches left of the gutter ("Đống Đa, ngày      tháng")
 * keeps its blanks, which start right of the gutter.
 */
function oneSidedSplit(line: Line, bandGutter: number): [number, number] | null {
  if (line.gutter !== 0 || line.first >= bandGutter || line.last <= bandGutter) return null;
  const candidates = line.blanks.filter(([start]) => start <= bandGutter);
  if (candidates.length === 0) return null;
  const distance = ([start, end]: [number, number]) =>
    bandGutter < start ? start - bandGutter : bandGutter > end ? bandGutter - end : 0;
  return candidates.reduce((best, run) => (distance(run) < distance(best) ? run : best));
}

function centre([start, end]: [number, number]): number {
  return Math.floor((start + end) / 2);
}

/**
 * Height (pixels, as the layout measures a line: from its diacritics to its descenders) that text lines
 * are brought down to for the first reading of a page. Tesseract scales every line to its network's
 * input height (36 pixels) for the LSTM anyway, but binarises and analyses the layout of every pixel
 * it is given: a 300 DPI scan (lines of about 62 pixels) read at full size costs tesseract.js about a
 * fifth more, for no better reading (bench:ocr: same CER and references at 32 as at full size).
 * Lines read again (line retry) are cut from the full-size page.
 */
export const READ_LINE_HEIGHT = 32;

/** The scale (≤ 1) at which a page whose text lines are `lineHeight` pixels high is read first. */
export function readingScale(lineHeight: number, target = READ_LINE_HEIGHT): number {
  if (!(lineHeight > 0) || target <= 0) return 1;
  // Not below half size: a "line" that tall is more likely a picture or a stamp than large print.
  const scale = Math.max(0.5, target / lineHeight);
  return scale < 0.9 ? scale : 1;
}
