import { betterLine, fromLines, lineRect, placeLine, uncertainNumber } from './line-retry.js';
import type { RecognisedLine } from './native-tesseract.js';

const line = (paragraph: number, ...words: Array<[string, number]>): RecognisedLine => ({
  paragraph,
  words: words.map(([text, confidence], index) => ({
    text,
    confidence,
    bbox: { x0: index * 100, y0: 10, x1: index * 100 + 80, y1: 40 },
  })),
});

describe('betterLine', () => {
  it('takes a more confident retry', () => {
    const first = line(0, ['Kính', 50], ['gủi:', 40]);
    const retry = line(0, ['Kính', 95], ['gửi:', 90]);
    expect(betterLine(first, retry)).toEqual({ line: retry, retried: true });
  });

  it('keeps the first reading when the retry is not more confident', () => {
    const first = line(0, ['Kính', 70], ['gửi:', 70]);
    expect(betterLine(first, line(0, ['Kinh', 60], ['gui', 60])).line).toBe(first);
  });

  it('puts back a reference whose slash the retry lost', () => {
    const first = line(0, ['Số:', 70], ['215/UBND', 60], ['ngày', 40]);
    const retry = line(0, ['Số:', 95], ['215UBND', 90], ['ngày', 95]);
    const { line: kept, retried } = betterLine(first, retry);
    expect(retried).toBe(true);
    expect(kept.words.map((word) => word.text)).toEqual(['Số:', '215/UBND', 'ngày']);
  });

  it('never lets a retry replace a better reading of a symbol, a date or a number', () => {
    const symbol = line(0, ['Số:', 60], ['376/BNV-TCCB', 55], ['về', 30]);
    expect(betterLine(symbol, line(0, ['Số:', 95], ['876BNV-TCCB', 92], ['về', 95])).line).toBe(symbol);
    const date = line(0, ['ngày', 50], ['22/12/2021', 70]);
    expect(betterLine(date, line(0, ['ngày', 95], ['22/12/2024', 95])).line).toBe(date);
    const number = line(0, ['tháng', 40], ['12', 80], ['năm', 40], ['2021', 85]);
    expect(betterLine(number, line(0, ['tháng', 95], ['17', 90], ['năm', 95], ['2021', 95])).line).toBe(number);
  });
});

describe('the cascade', () => {
  it('takes the best model reading whatever its confidence, never one that loses a number', () => {
    // bench:ocr, poor scan of samples dongda-2024-01-matkhau: the fast model read "(2/01/2024" for "12/01/2024".
    const fast = line(0, ['ngày', 95], ['(2/01/2024', 80], ['của', 96]);
    const best = line(0, ['ngày', 90], ['12/01/2024', 78], ['của', 90]);
    expect(betterLine(fast, best)).toEqual({ line: fast, retried: false });
    expect(betterLine(fast, best, { preferRetry: true })).toEqual({ line: best, retried: true });
    const date = line(0, ['ngày', 95], ['22/12/2021', 85]);
    expect(betterLine(date, line(0, ['ngày', 95], ['22/12/2024', 95]), { preferRetry: true }).line).toBe(date);
  });

  it('reads again the lines holding a number or a slash read with less than 90 % confidence', () => {
    expect(uncertainNumber(line(0, ['ngày', 95], ['(2/01/2024', 80]))).toBe(true);
    expect(uncertainNumber(line(0, ['V\u2044', 92], ['rà', 40]))).toBe(false);
    expect(uncertainNumber(line(0, ['V\u2044', 70], ['rà', 95]))).toBe(true);
    expect(uncertainNumber(line(0, ['ngày', 95], ['12/01/2024', 93]))).toBe(false);
    expect(uncertainNumber(line(0, ['Kính', 40], ['gửi:', 50]))).toBe(false);
  });
});

describe('line geometry and text', () => {
  it('widens the line box and clamps it to the image', () => {
    expect(lineRect(line(0, ['a', 90], ['b', 90]), 150, 45)).toEqual({ left: 0, top: 0, width: 150, height: 45 });
    expect(lineRect(line(0), 100, 100)).toBeNull();
  });

  it('moves a retry from the enlarged line image back to the region', () => {
    const placed = placeLine(line(0, ['x', 90]), { left: 10, top: 20, width: 100, height: 50 }, 2, 3);
    expect(placed.paragraph).toBe(3);
    expect(placed.words[0].bbox).toEqual({ x0: 10, y0: 25, x1: 50, y1: 40 });
  });

  it('rebuilds the text as tesseract prints it', () => {
    const read = fromLines([line(0, ['ỦY', 90], ['BAN', 80]), line(0, ['Số:', 70]), line(1, ['Kính', 100])]);
    expect(read.text).toBe('ỦY BAN\nSố:\n\nKính\n');
    expect(read.confidence).toBeCloseTo(85);
    expect(read.words).toHaveLength(4);
    expect(fromLines([]).text).toBe('');
  });
});
