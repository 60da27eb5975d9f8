import { parseTsv } from './native-tesseract.js';

const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (block: number, par: number, line: number, n: number, left: number, conf: number, text: string) =>
  `5\t1\t${block}\t${par}\t${line}\t${n}\t${left}\t10\t40\t20\t${conf}\t${text}`;

describe('parseTsv', () => {
  it('joins words into lines and blocks, with boxes and the mean word confidence', () => {
    const tsv = [
      header,
      '1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t',
      word(1, 1, 1, 1, 0, 90, 'ỦY'),
      word(1, 1, 1, 2, 50, 80, 'BAN'),
      word(1, 1, 2, 1, 0, 70, 'Số:'),
      word(1, 1, 2, 2, 50, 60, '215/UBND'),
      '4\t1\t2\t1\t1\t0\t0\t0\t10\t10\t-1\t',
      word(2, 1, 1, 1, 0, 100, 'Kính'),
      word(2, 1, 1, 2, 50, 100, 'gửi:'),
      word(2, 1, 1, 3, 90, -1, ''),
    ].join('\n');
    const read = parseTsv(tsv);
    expect(read.text).toBe('ỦY BAN\nSố: 215/UBND\n\nKính gửi:\n');
    expect(read.words).toHaveLength(6);
    expect(read.words[1]).toEqual({ text: 'BAN', confidence: 80, bbox: { x0: 50, y0: 10, x1: 90, y1: 30 } });
    expect(read.confidence).toBeCloseTo((90 + 80 + 70 + 60 + 100 + 100) / 6);
    expect(read.lines.map((line) => [line.paragraph, line.words.map((w) => w.text).join(' ')])).toEqual([
      [0, 'ỦY BAN'],
      [0, 'Số: 215/UBND'],
      [1, 'Kính gửi:'],
    ]);
  });

  it("reads tesseract.js's TSV: no header row, fractional confidences, decomposed text", () => {
    const tsv = [
      '1\t1\t0\t0\t0\t0\t0\t0\t485\t293\t-1\t',
      '4\t1\t1\t1\t1\t0\t104\t16\t277\t32\t-1\t',
      word(1, 1, 1, 1, 104, 92.186859, 'U\u1EF6'),
      word(1, 1, 1, 2, 153, 94.879219, 'NHA\u0302N'),
      '',
    ].join('\n');
    const read = parseTsv(tsv);
    expect(read.text).toBe('UỶ NHÂN\n');
    expect(read.words.map((w) => [w.text, w.confidence])).toEqual([
      ['UỶ', 92.2],
      ['NHÂN', 94.9],
    ]);
    expect(read.words[1].text).toBe('NH\u00C2N');
    expect(read.lines).toHaveLength(1);
  });

  it('reads nothing from an empty page', () => {
    expect(parseTsv(header + '\n')).toEqual({ text: '\n', confidence: 0, words: [], lines: [] });
  });
});
