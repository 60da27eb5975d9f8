import { cropRegion, INK, type GreyImage } from './grey-image.js';

/** A region of the page cropped for reading, with where it sits on the page. */
export interface Crop {
  image: GreyImage;
  left: number;
  top: number;
}

/**
 * A crop as read: `small` the copy given to the first reading (shrunk, or the image itself); `body`
 * for the body (or a band of it); `joins` how the second band's text follows the first's.
 */
export interface Part extends Crop {
  small: GreyImage;
  body: boolean;
  /** The second band of the body: its text continues the first's after a line break, or after a blank line. */
  joins: '\n' | '\n\n' | null;
  /** The bands of a body: their first readings' confidence, together (see BandConfidence). */
  bands?: BandConfidence;
}

/**
 * The confidence of a body read as bands, as if read whole: whether a region's lines are read again
 * depends on its confidence (see readBest), and a band of clean lines would otherwise spare the weak
 * lines of its band what the body's confidence would have sent to the retry.
 */
export class BandConfidence {
  private readonly readings: Array<{ confidence: number; words: number }> = [];
  private readonly all: Promise<void>;
  private settle!: () => void;

  constructor(private readonly count: number) {
    this.all = new Promise((resolve) => (this.settle = resolve));
  }

  /** Gives one band's first reading; resolves, once every band has given its own, to their mean word confidence. */
  async together(reading: { confidence: number; words: readonly unknown[] }): Promise<number> {
    this.readings.push({ confidence: reading.confidence, words: reading.words.length });
    if (this.readings.length === this.count) this.settle();
    await this.all;
    const words = this.readings.reduce((sum, r) => sum + r.words, 0);
    return words === 0 ? 0 : this.readings.reduce((sum, r) => sum + r.confidence * r.words, 0) / words;
  }
}

/** A body shorter than this many text lines is read whole (a band of a few lines saves little and reads worse). */
const MIN_BODY_LINES = 10;
/** The cut falls in the middle of the body: its gap's centre within this share of the height either side. */
const MIDDLE = 0.2;

/**
 * Where to cut a body in two bands read side by side: the middle row of the blank gap between two
 * text lines (a run of rows with fewer than 2 ink pixels, at least a sixth of a line tall) nearest
 * to the body's middle, within 20 % of its height of it; null when there is none (a table, its rules
 * crossing every gap, a short body). Never through a line: every row of the gap is blank.
 * `paragraph`: the gap is half as tall again as the body's median gap between lines (a blank line).
 */
export function bandCut(image: GreyImage, lineHeight: number): { at: number; paragraph: boolean } | null {
  const { width, height, pixels } = image;
  if (lineHeight <= 0 || height < MIN_BODY_LINES * lineHeight) return null;
  const minGap = Math.max(3, Math.round(lineHeight / 6));
  const gaps: Array<[top: number, bottom: number]> = [];
  let start = -1;
  let seenInk = false;
  for (let y = 0; y < height; y++) {
    let dark = 0;
    const row = y * width;
    for (let x = 0; x < width && dark < 2; x++) if (pixels[row + x] < INK) dark++;
    if (dark < 2) {
      if (start < 0) start = y;
    } else {
      // A gap between two lines: ink above it and below it.
      if (start >= 0 && seenInk && y - start >= minGap) gaps.push([start, y]);
      start = -1;
      seenInk = true;
    }
  }
  const middle = height / 2;
  const centre = ([top, bottom]: [number, number]): number => (top + bottom) / 2;
  const nearest = gaps
    .filter((gap) => Math.abs(centre(gap) - middle) <= MIDDLE * height)
    .sort((a, b) => Math.abs(centre(a) - middle) - Math.abs(centre(b) - middle))[0];
  if (!nearest) return null;
  const sizes = gaps.map(([top, bottom]) => bottom - top).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)];
  return { at: Math.round(centre(nearest)), paragraph: nearest[1] - nearest[0] >= 1.5 * median };
}

/**
 * The crops of a page as read, each with its shrunk copy (`smalls`, by index): with two workers or
 * more, the body (the largest crop) cut in two bands at a gap between lines near its middle (see
 * bandCut), each read by its own worker, the second's text joined to the first's; with one worker,
 * or no such gap, the crops as they are. The shrunk copy is cut at the same gap rather than each band
 * shrunk alone: its bands then hold the very pixels the whole body's copy holds (a band shrunk on its
 * own is resampled a little differently, and the best model read "Ban Đảng" of myduc's recipients
 * as "Ban Đẳng" from it).
 */
export function bodyBands(
  crops: ReadonlyArray<Crop | null>,
  smalls: ReadonlyArray<GreyImage | null>,
  lineHeight: number,
  workers: number,
): Array<Part | null> {
  let body = -1;
  crops.forEach((crop, index) => {
    const size = (c: Crop | null): number => (c ? c.image.width * c.image.height : -1);
    if (crop && (body < 0 || size(crop) > size(crops[body]))) body = index;
  });
  const parts: Array<Part | null> = crops.map(
    (crop, index) => crop && { ...crop, small: smalls[index] ?? crop.image, body: index === body, joins: null },
  );
  const cut = workers >= 2 && body >= 0 ? bandCut(crops[body]!.image, lineHeight) : null;
  if (!cut) return parts;
  const { image, left, top } = crops[body]!;
  const small = smalls[body] ?? image;
  // The cut in the shrunk copy, and the row of the image that row stands for (both in the gap).
  const cutSmall = Math.round((cut.at * small.height) / image.height);
  const at = Math.round((cutSmall * image.height) / small.height);
  const bands = new BandConfidence(2);
  const band = (of: GreyImage, from: number, to: number): GreyImage =>
    cropRegion(of, { left: 0, top: from, width: of.width, height: to - from, masks: [] });
  const upper = band(image, 0, at);
  const lower = band(image, at, image.height);
  parts.splice(
    body,
    1,
    {
      image: upper,
      small: small === image ? upper : band(small, 0, cutSmall),
      left,
      top,
      body: true,
      joins: null,
      bands,
    },
    {
      image: lower,
      small: small === image ? lower : band(small, cutSmall, small.height),
      left,
      top: top + at,
      body: true,
      joins: cut.paragraph ? '\n\n' : '\n',
      bands,
    },
  );
  return parts;
}

/** The texts of the parts in order: each region's on its own lines, a body's second band continuing the first. */
export function joinParts(texts: readonly string[], parts: ReadonlyArray<Pick<Part, 'joins'> | null>): string {
  let raw = '';
  texts.forEach((text, index) => {
    const joins = parts[index]?.joins;
    if (index === 0) raw = text;
    else if (joins) raw = raw.replace(/\n+$/u, '') + joins + text;
    else raw += '\n' + text;
  });
  return raw;
}
