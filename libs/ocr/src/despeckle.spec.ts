import { despeckle } from './despeckle.js';
import type { GreyImage } from './grey-image.js';

/** A white A4 page at 150 DPI (1240 px wide). */
function page(): GreyImage {
  const width = 1240;
  const height = 400;
  return { pixels: Buffer.alloc(width * height, 255), width, height };
}

function paint(image: GreyImage, left: number, top: number, width: number, height: number, grey = 0): void {
  for (let y = top; y < top + height; y++)
    image.pixels.fill(grey, y * image.width + left, y * image.width + left + width);
}

const at = (image: GreyImage, x: number, y: number): number => image.pixels[y * image.width + x];

/** A letter-like mark: a stem 2 px wide and 14 px high with a bar on top. */
function letter(image: GreyImage, left: number, top: number): void {
  paint(image, left, top, 2, 14);
  paint(image, left, top, 8, 2);
}

describe('despeckle', () => {
  it('paints out isolated specks and keeps the dot beside a letter, a hyphen and the letters', () => {
    const image = page();
    letter(image, 100, 100);
    paint(image, 104, 116, 2, 2); // the dot of "ạ" under the letter
    paint(image, 300, 106, 5, 2); // a hyphen between two words, 7 px from each
    letter(image, 288, 100);
    letter(image, 312, 100);
    paint(image, 600, 50, 2, 2); // dust
    paint(image, 900, 300, 2, 2); // dust
    const { image: out, specks } = despeckle(image);
    expect(specks).toBe(2);
    expect(at(out, 600, 50)).toBe(255);
    expect(at(out, 900, 300)).toBe(255);
    expect(at(out, 104, 116)).toBe(0);
    expect(at(out, 302, 106)).toBe(0);
    expect(at(out, 100, 105)).toBe(0);
    expect(image.pixels.equals(out.pixels)).toBe(false); // the input is not changed in place
    expect(at(image, 600, 50)).toBe(0);
  });

  it('paints out a broken crease across the page but not the letters it touches', () => {
    const image = page();
    for (let x = 20; x < 1220; x++) if (x % 4 !== 0) paint(image, x, 200 + Math.round(3 * Math.sin(x / 90)), 1, 2, 90);
    letter(image, 500, 190); // a stem crossing the crease
    letter(image, 700, 40); // text elsewhere
    const { image: out, rules } = despeckle(image);
    expect(rules).toBe(1);
    expect(at(out, 101, 200 + Math.round(3 * Math.sin(101 / 90)))).toBe(255);
    expect(at(out, 1001, 200 + Math.round(3 * Math.sin(1001 / 90)))).toBe(255);
    expect(at(out, 500, 195)).toBe(0);
    expect(at(out, 500, 200)).toBe(0);
    expect(at(out, 700, 45)).toBe(0);
  });

  it('keeps a line of text, whose columns hold stems and several strokes', () => {
    const image = page();
    for (let x = 100; x < 1100; x += 9) letter(image, x, 100);
    paint(image, 100, 112, 1000, 2); // letters joined along the baseline (bold, blurred)
    const { image: out, rules } = despeckle(image);
    expect(rules).toBe(0);
    expect(out.pixels.equals(image.pixels)).toBe(true);
  });

  it('finds the same marks in pixels that do not start on a 4-byte boundary (paper is skipped by words)', () => {
    const image = page();
    letter(image, 100, 100);
    paint(image, 600, 50, 2, 2); // dust
    for (let x = 20; x < 1220; x++) if (x % 4 !== 0) paint(image, x, 300, 1, 2, 90); // a crease
    paint(image, 303, 151, 2, 2, 152); // grey too light for ink beside a speck
    paint(image, 306, 151, 2, 2, 149); // …which is ink
    const shifted = Buffer.alloc(image.pixels.length + 1);
    image.pixels.copy(shifted, 1);
    const aligned = despeckle(image);
    const unaligned = despeckle({ ...image, pixels: shifted.subarray(1) });
    expect(unaligned.image.pixels.equals(aligned.image.pixels)).toBe(true);
    expect([unaligned.specks, unaligned.rules]).toEqual([aligned.specks, aligned.rules]);
    expect([aligned.specks, aligned.rules]).toEqual([2, 1]);
  });
});
