import { BandConfidence, bandCut, bodyBands, joinParts } from './body-bands.js';
import type { GreyImage } from './grey-image.js';

/**
 * A white body `width` wide with a text line (dark rows, 20 pixels tall) at each top of `lines`,
 * and a vertical rule at x = 5 over the whole height when `rule` (a table's border).
 */
function body(lines: number[], height: number, rule = false, width = 200): GreyImage {
  const pixels = Buffer.alloc(width * height, 255);
  for (const top of lines) for (let y = top; y < top + 20; y++) pixels.fill(0, y * width + 20, y * width + 180);
  if (rule) for (let y = 0; y < height; y++) pixels[y * width + 5] = pixels[y * width + 6] = 0;
  return { pixels, width, height };
}

/** Lines 20 pixels tall every 30 pixels from y = 10: gaps of 10 blank rows. */
const evenLines = (count: number): number[] => Array.from({ length: count }, (_, i) => 10 + i * 30);

const blankRows = (image: GreyImage, from: number, to: number): boolean =>
  image.pixels.subarray(from * image.width, to * image.width).every((pixel) => pixel === 255);

describe('bandCut', () => {
  it('cuts a body of 14 lines in the blank gap between its 7th and 8th lines, never through a line', () => {
    const image = body(evenLines(14), 430);
    const cut = bandCut(image, 20);
    expect(cut).toEqual({ at: 215, paragraph: false });
    // The rows around the cut are all blank: the 7th line ends at 210, the 8th starts at 220.
    expect(blankRows(image, 210, 220)).toBe(true);
  });

  it('takes the gap nearest the middle, and says when it is a blank line (a paragraph break)', () => {
    // 12 lines, then a 40-pixel gap after the 6th line, at the middle of the body.
    const lines = [...evenLines(6), ...evenLines(6).map((top) => top + 210)];
    const cut = bandCut(body(lines, 400), 20);
    expect(cut?.paragraph).toBe(true);
    expect(cut!.at).toBeGreaterThanOrEqual(180);
    expect(cut!.at).toBeLessThan(220);
  });

  it('does not cut a short body, a body whose lines leave no gap, or a table whose rule crosses every gap', () => {
    expect(bandCut(body(evenLines(6), 190), 20)).toBeNull();
    expect(bandCut(body([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220], 240), 20)).toBeNull();
    expect(bandCut(body(evenLines(14), 430, true), 20)).toBeNull();
  });
});

describe('bodyBands', () => {
  const header = { image: body([10], 40), left: 0, top: 0 };
  const main = { image: body(evenLines(14), 430), left: 30, top: 100 };

  it('splits the largest crop (the body) in two bands with two workers, placed on the page', () => {
    const parts = bodyBands([header, null, main], [header.image, null, main.image], 20, 2);
    expect(parts.map((part) => part && [part.body, part.top, part.image.height, part.joins])).toEqual([
      [false, 0, 40, null],
      null,
      [true, 100, 215, null],
      [true, 315, 215, '\n'],
    ]);
    expect(parts[3]?.left).toBe(30);
    expect(parts[2]?.bands).toBe(parts[3]?.bands);
  });

  it('cuts the shrunk copy at the same gap, the rows of the image matching the rows of the copy', () => {
    const small: GreyImage = { pixels: Buffer.alloc(100 * 215, 255), width: 100, height: 215 };
    const parts = bodyBands([header, main], [header.image, small], 20, 2);
    // The gap's middle row 215 is row 107.5 of the copy: the copy is cut at 108, the image at 216 (in the gap 210-220).
    expect(parts.slice(1).map((part) => part && [part.top, part.image.height, part.small.height])).toEqual([
      [100, 216, 108],
      [316, 214, 107],
    ]);
  });

  it('leaves the crops whole with one worker', () => {
    const parts = bodyBands([header, main], [header.image, main.image], 20, 1);
    expect(parts.map((part) => part && [part.body, part.image.height])).toEqual([
      [false, 40],
      [true, 430],
    ]);
  });
});

describe('joinParts', () => {
  it("puts each region on its own lines and continues the first band's text with the second's", () => {
    const parts = [null, { joins: null }, { joins: '\n' as const }, { joins: null }];
    expect(joinParts(['CỘNG HÒA\n', 'Kính gửi: …\nline 7\n\n', 'line 8\n', 'Nơi nhận:'], parts)).toBe(
      'CỘNG HÒA\n\nKính gửi: …\nline 7\nline 8\n\nNơi nhận:',
    );
  });
});

describe('BandConfidence', () => {
  it("gives each band, once both have been read, the mean confidence of the body's words", async () => {
    const bands = new BandConfidence(2);
    const first = bands.together({ confidence: 95, words: [1, 2, 3] });
    const second = bands.together({ confidence: 75, words: [1] });
    expect(await Promise.all([first, second])).toEqual([90, 90]);
  });
});
