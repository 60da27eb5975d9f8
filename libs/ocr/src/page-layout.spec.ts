import { cropRegion, hasTextLine, inkBounds, type GreyImage } from './grey-image.js';
import { columnBandLength, layoutRegions, pageLayout, readingScale, textLines } from './page-layout.js';

/** Ink per row of a text line: diacritics, a faint row, the letters, descenders. */
const LINE = [6, 9, 6, 3, 30, 80, 160, 180, 170, 160, 175, 180, 90, 20, 12, 8];
const blank = (rows: number): number[] => new Array(rows).fill(0);

describe('textLines', () => {
  it('finds lines separated by blank rows, dropping specks under 3 rows', () => {
    const profile = [...blank(5), ...LINE, ...blank(6), 4, 4, ...blank(6), ...LINE, ...blank(5)];
    expect(textLines(profile)).toEqual([
      [5, 21],
      [35, 51],
    ]);
  });

  it('keeps a line whole although a faint row lies between its diacritics and its letters', () => {
    expect(textLines([...blank(3), ...LINE, ...blank(4), ...LINE, ...blank(4), ...LINE, ...blank(3)])).toHaveLength(3);
  });

  it('cuts two touching lines (a descender meeting the next diacritics) at their faintest row', () => {
    const touching = [...LINE.slice(0, -2), 5, 2, 7, ...LINE.slice(1)];
    const profile = [...blank(3), ...LINE, ...blank(4), ...touching, ...blank(4), ...LINE, ...blank(3)];
    const lines = textLines(profile);
    expect(lines).toHaveLength(4);
    const cut = 3 + LINE.length + 4 + LINE.length - 2 + 1; // the row holding 2
    expect(lines[1][1]).toBe(cut);
    expect(lines[2][0]).toBe(cut + 1);
  });

  it('cuts touching lines of a blurred scan, whose faintest row still holds some ink', () => {
    const blurred = [...LINE.slice(0, -3), 40, 25, 45, ...LINE.slice(2)];
    const profile = [...blank(3), ...LINE, ...blank(4), ...blurred, ...blank(4), ...LINE, ...blank(3)];
    expect(textLines(profile)).toHaveLength(4);
  });

  it('does not cut a tall run that has no faint row in its middle (a heading in a large font)', () => {
    const tall = [...LINE.slice(0, 6), ...new Array(20).fill(170), ...LINE.slice(10)];
    const profile = [...blank(3), ...LINE, ...blank(4), ...tall, ...blank(4), ...LINE, ...blank(3)];
    expect(textLines(profile)).toHaveLength(3);
  });
});

/** A white A4-like page at the layout's analysis width, with black boxes standing for words. */
function page(boxes: Array<[x0: number, y0: number, x1: number, y1: number, grey?: number]>): GreyImage {
  const width = 1000;
  const height = 1400;
  const pixels = Buffer.alloc(width * height, 255);
  for (const [x0, y0, x1, y1, grey = 0] of boxes)
    for (let y = y0; y < y1; y++) pixels.fill(grey, y * width + x0, y * width + x1);
  return { pixels, width, height };
}

/** Whether the region, once cropped and masked, still holds ink inside the box. */
function shows(image: GreyImage, region: Awaited<ReturnType<typeof layoutRegions>>[number], box: number[]): boolean {
  const crop = cropRegion(image, region);
  const [x0, y0, x1, y1] = box;
  for (let y = Math.max(y0, region.top); y < Math.min(y1, region.top + region.height); y++)
    for (let x = x0; x < x1; x++) if (crop.pixels[(y - region.top) * crop.width + (x - region.left)] < 200) return true;
  return false;
}

describe('layoutRegions', () => {
  // A Party header: issuer | national motto, then the asterisk under the issuer on the line of the
  // place and date (the asterisk right of 30 % of the width), then a full-width body.
  const issuer = [150, 100, 480, 125];
  const motto = [560, 100, 880, 125];
  const unit = [200, 140, 450, 165];
  const asterisk = [330, 180, 345, 195];
  const placeDate = [540, 175, 880, 200];
  const subject = [150, 220, 470, 245];
  const body = Array.from({ length: 10 }, (_, i) => [150, 300 + i * 40, 880, 325 + i * 40]);

  it('reads the asterisk with the issuer and the place and date with the motto', async () => {
    const image = page([issuer, motto, unit, asterisk, placeDate, subject, ...body] as never);
    const [left, right] = await layoutRegions(image);
    for (const box of [issuer, unit, asterisk, subject]) expect([box, shows(image, left, box)]).toEqual([box, true]);
    for (const box of [motto, placeDate]) expect([box, shows(image, left, box)]).toEqual([box, false]);
    for (const box of [motto, placeDate]) expect([box, shows(image, right, box)]).toEqual([box, true]);
    for (const box of [issuer, unit, asterisk, subject]) expect([box, shows(image, right, box)]).toEqual([box, false]);
  });

  it('keeps the other column out of a line that the previous line reaches into', async () => {
    // The date's descenders reach below its line into the rows of the next line of the subject, too
    // faint (blurred) for the layout's ink threshold but not for the OCR.
    const subject1 = [150, 220, 470, 245];
    const date = [540, 220, 880, 245];
    const descender = [600, 248, 610, 256, 160];
    const subject2 = [150, 250, 480, 275];
    const image = page([issuer, motto, subject1, date, descender, subject2, ...body] as never);
    const [left] = await layoutRegions(image);
    expect(shows(image, left, subject2)).toBe(true);
    expect(shows(image, left, descender)).toBe(false);
  });

  it('ends the header band before "Kính gửi:" alone at the body margin under a wrapped subject', async () => {
    // NĐ 30: the subject wraps under the issuer (centred in the left column) beside the place and date;
    // "Kính gửi:" then stands alone at the body's left margin, followed by a full-width recipient.
    const subject1 = [170, 230, 496, 250];
    const placeDate = [520, 230, 910, 250];
    const subject2 = [160, 258, 505, 278];
    const subject3 = [270, 286, 400, 306];
    const kinhGui = [153, 340, 245, 360];
    const recipients = Array.from({ length: 8 }, (_, i) => [150, 380 + i * 40, 880, 405 + i * 40]);
    const image = page([issuer, motto, unit, subject1, placeDate, subject2, subject3, kinhGui, ...recipients] as never);
    const regions = await layoutRegions(image);
    expect(regions).toHaveLength(3);
    const [left, right, rest] = regions;
    for (const box of [issuer, unit, subject1, subject2, subject3])
      expect([box, shows(image, left, box)]).toEqual([box, true]);
    expect(shows(image, left, kinhGui)).toBe(false);
    expect(shows(image, right, kinhGui)).toBe(false);
    expect(shows(image, rest, kinhGui)).toBe(true);
    expect(rest.top).toBeGreaterThanOrEqual(subject3[3]);
  });
});

describe('columnBandLength', () => {
  const w = 1000;
  const split = (first: number, gap: [number, number], last: number) => ({
    first,
    last,
    gutter: (gap[0] + gap[1]) / 2,
    gap,
  });
  const left = (first: number, last: number) => ({ first, last, gutter: w, gap: null });

  it('keeps left-only lines centred under the left column after the right column ends', () => {
    expect(
      columnBandLength([split(220, [440, 530], 900), split(170, [500, 515], 910), left(160, 505), left(270, 400)], w),
    ).toBe(4);
  });

  it('cuts at the first left-only line off the left column centre after the right column ends', () => {
    const members = [
      split(220, [440, 530], 900),
      split(170, [500, 515], 910),
      left(160, 505),
      left(153, 245),
      left(300, 380),
    ];
    expect(columnBandLength(members, w)).toBe(3);
  });

  it('keeps a band whose lines all hold ink on both sides', () => {
    expect(columnBandLength([split(220, [440, 530], 900), split(150, [480, 530], 880)], w)).toBe(2);
  });
});

describe('inkBounds', () => {
  const sheet = (width: number, height: number): GreyImage => ({
    pixels: Buffer.alloc(width * height, 255),
    width,
    height,
  });

  it('has no bounds on blank paper', () => {
    expect(inkBounds(sheet(300, 200), 8)).toBeNull();
  });

  it('boxes the ink, widened by the padding and clamped to the image; a lone dark pixel does not count', () => {
    const image = sheet(300, 200);
    for (let y = 50; y < 70; y++) image.pixels.fill(0, y * 300 + 100, y * 300 + 180);
    image.pixels[5 * 300 + 290] = 0; // a single speck near the corner
    expect(inkBounds(image, 8)).toEqual({ left: 92, top: 42, width: 96, height: 36 });
    for (let y = 190; y < 200; y++) image.pixels.fill(0, y * 300 + 290, y * 300 + 300);
    expect(inkBounds(image, 8)).toEqual({ left: 92, top: 42, width: 208, height: 158 });
  });

  it('finds the same ink in a band viewed at any byte offset of the page (paper skipped four pixels at a time)', () => {
    // Odd widths and tops put the rows of the view off the 4-byte boundaries; grey 150-159 is no paper.
    const width = 301;
    const image = sheet(width, 120);
    for (let y = 30; y < 41; y++) image.pixels.fill(0, y * width + 77, y * width + 79);
    image.pixels.fill(155, 60 * width + 10, 60 * width + 14); // light grey: not ink
    for (const y of [70, 71]) image.pixels.fill(149, y * width + 203, y * width + 205); // just dark enough
    for (const top of [0, 1, 3, 7]) {
      const view = cropRegion(image, { left: 0, top, width, height: 120 - top, masks: [] });
      const copy = { ...view, pixels: Buffer.from(view.pixels) };
      expect(inkBounds(view, 0)).toEqual(inkBounds(copy, 0));
      expect(inkBounds(view, 0)).toEqual({ left: 77, top: 30 - top, width: 128, height: 42 });
    }
  });
});

describe('cropRegion', () => {
  it('crops full-width bands and inner rectangles alike, with their masks painted white', () => {
    const width = 40;
    const height = 30;
    const pixels = Buffer.from(Array.from({ length: width * height }, (_, i) => i % 251));
    const image = { pixels, width, height };
    const expected = (left: number, top: number, w: number, h: number): number[] =>
      Array.from({ length: w * h }, (_, i) => pixels[(top + Math.floor(i / w)) * width + left + (i % w)]);
    const band = cropRegion(image, { left: 0, top: 5, width, height: 10, masks: [] });
    expect([...band.pixels]).toEqual(expected(0, 5, width, 10));
    expect(band.pixels.buffer).toBe(pixels.buffer); // whole rows without a mask: a view of the page
    const inner = cropRegion(image, { left: 7, top: 3, width: 12, height: 9, masks: [] });
    expect([...inner.pixels]).toEqual(expected(7, 3, 12, 9));
    const masked = cropRegion(image, {
      left: 0,
      top: 5,
      width,
      height: 10,
      masks: [{ left: 20, top: 0, width: 20, height: 30 }],
    });
    expect(masked.pixels[0]).toBe(pixels[5 * width]);
    expect(masked.pixels[25]).toBe(255);
    expect(masked.pixels[9 * width + 39]).toBe(255);
  });
});

describe('pageLayout', () => {
  it('measures the height of the text lines in page pixels, at any page width', async () => {
    // Lines 25 pixels high at the analysis width; the same page drawn twice as wide has lines of 50.
    const lines = Array.from({ length: 12 }, (_, i) => [150, 100 + i * 60, 880, 125 + i * 60]);
    expect((await pageLayout(page(lines as never))).lineHeight).toBe(25);
    const wide = page(lines as never);
    const twice = Buffer.alloc(wide.width * 2 * wide.height * 2, 255);
    for (let y = 0; y < wide.height * 2; y++)
      for (let x = 0; x < wide.width * 2; x++)
        twice[y * wide.width * 2 + x] = wide.pixels[Math.floor(y / 2) * wide.width + Math.floor(x / 2)];
    const { lineHeight } = await pageLayout({ pixels: twice, width: wide.width * 2, height: wide.height * 2 });
    expect(lineHeight).toBeGreaterThanOrEqual(48);
    expect(lineHeight).toBeLessThanOrEqual(52);
  });

  it('has no line height on blank paper', async () => {
    expect((await pageLayout(page([]))).lineHeight).toBe(0);
  });
});

describe('hasTextLine', () => {
  const blank = (width: number, height: number): GreyImage => ({
    pixels: Buffer.alloc(width * height, 255),
    width,
    height,
  });

  it('finds no line on blank paper or on scattered specks', () => {
    const specks = blank(800, 400);
    for (let k = 0; k < 300; k++) {
      const x = (k * 97) % 799;
      const y = (k * 53) % 399;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ])
        specks.pixels[(y + dy) * 800 + x + dx] = 40;
    }
    expect(hasTextLine(blank(800, 400))).toBe(false);
    expect(hasTextLine(specks)).toBe(false);
  });

  it('finds a line of ink three rows tall or more', () => {
    const line = blank(800, 400);
    for (let y = 200; y < 212; y++) for (let x = 100; x < 300; x += 3) line.pixels[y * 800 + x] = 0;
    expect(hasTextLine(line)).toBe(true);
    const sliver = blank(800, 400);
    for (let y = 200; y < 202; y++) sliver.pixels.fill(0, y * 800 + 100, y * 800 + 300);
    expect(hasTextLine(sliver)).toBe(false);
  });
});

describe('readingScale', () => {
  it('brings the lines of a 300 DPI scan down to the reading height, never below half size', () => {
    expect(readingScale(62, 32)).toBeCloseTo(32 / 62);
    expect(readingScale(100, 32)).toBe(0.5);
  });

  it('reads a page at its own size when its lines are about that high or smaller, or unmeasured', () => {
    expect(readingScale(34, 32)).toBe(1); // within 10 %: shrinking would save little
    expect(readingScale(28, 32)).toBe(1);
    expect(readingScale(0, 32)).toBe(1);
    expect(readingScale(62, 0)).toBe(1);
  });
});
