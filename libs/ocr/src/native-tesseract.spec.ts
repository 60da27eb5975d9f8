import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NativeTesseractReader, parseTsv, splitTsvPages } from './native-tesseract.js';

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

/**
 * Real output of `tesseract list.txt stdout -l vie --oem 1 --psm 7 tsv` (tesseract 5.3.0) for a list of three
 * crops of samples/directives/dongda-2024-01-matkhau/scan-clean-300-p1.png: the header's "UỶ BAN NHÂN DÂN"
 * line, a blank corner of the page (read as one junk mark), the same line again.
 */
const LIST_TSV = [
  header,
  '1\t1\t0\t0\t0\t0\t0\t0\t600\t90\t-1\t',
  '2\t1\t1\t0\t0\t0\t15\t8\t540\t62\t-1\t',
  '3\t1\t1\t1\t0\t0\t15\t8\t540\t62\t-1\t',
  '4\t1\t1\t1\t1\t0\t15\t8\t540\t62\t-1\t',
  '5\t1\t1\t1\t1\t1\t15\t8\t80\t62\t79.130188\tUỶ',
  '5\t1\t1\t1\t1\t2\t111\t30\t120\t39\t96.204018\tBAN',
  '5\t1\t1\t1\t1\t3\t249\t19\t165\t50\t96.555923\tNHÂN',
  '5\t1\t1\t1\t1\t4\t432\t19\t123\t50\t96.603218\tDÂN',
  '1\t2\t0\t0\t0\t0\t0\t0\t300\t60\t-1\t',
  '2\t2\t1\t0\t0\t0\t0\t0\t40\t60\t-1\t',
  '3\t2\t1\t1\t0\t0\t0\t0\t300\t60\t-1\t',
  '4\t2\t1\t1\t1\t0\t0\t0\t40\t60\t-1\t',
  '5\t2\t1\t1\t1\t1\t0\t0\t40\t60\t44.742973\t¬',
  '1\t3\t0\t0\t0\t0\t0\t0\t600\t90\t-1\t',
  '2\t3\t1\t0\t0\t0\t15\t8\t540\t62\t-1\t',
  '3\t3\t1\t1\t0\t0\t15\t8\t540\t62\t-1\t',
  '4\t3\t1\t1\t1\t0\t15\t8\t540\t62\t-1\t',
  '5\t3\t1\t1\t1\t1\t15\t8\t80\t62\t79.130188\tUỶ',
  '5\t3\t1\t1\t1\t2\t111\t30\t120\t39\t96.204018\tBAN',
  '5\t3\t1\t1\t1\t3\t249\t19\t165\t50\t96.555923\tNHÂN',
  '5\t3\t1\t1\t1\t4\t432\t19\t123\t50\t96.603218\tDÂN',
  '',
].join('\n');

describe('splitTsvPages', () => {
  it("splits the TSV of a list of images by page_num, each image's rows read as its own", () => {
    const pages = splitTsvPages(LIST_TSV, 3).map(parseTsv);
    expect(pages.map((page) => page.text)).toEqual(['UỶ BAN NHÂN DÂN\n', '¬\n', 'UỶ BAN NHÂN DÂN\n']);
    expect(pages[2].words[3]).toEqual({ text: 'DÂN', confidence: 96.6, bbox: { x0: 432, y0: 19, x1: 555, y1: 69 } });
    expect(pages[1].confidence).toBeCloseTo(44.7);
  });

  it('gives an image without a row an empty reading, and ignores page numbers beyond the list', () => {
    const pages = splitTsvPages(LIST_TSV, 4);
    expect(pages[3]).toBe('');
    expect(parseTsv(pages[3])).toEqual({ text: '\n', confidence: 0, words: [], lines: [] });
    expect(
      splitTsvPages(LIST_TSV, 1)
        .map(parseTsv)
        .map((page) => page.text),
    ).toEqual(['UỶ BAN NHÂN DÂN\n']);
  });
});

describe('NativeTesseractReader', () => {
  // A stand-in for the CLI: logs its arguments, then for each image file named on its stdin writes a TSV row
  // whose text is the image's bytes (the blank PGM that ends a request: its page row), numbering them from 1.
  let dir: string;
  let command: string;
  const log = (): string[][] =>
    readFileSync(join(dir, 'log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'native-tesseract-spec-'));
    command = join(dir, 'tesseract');
    writeFileSync(
      command,
      `#!${process.execPath}
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(join(dir, 'log'))}, JSON.stringify(process.argv.slice(2)) + '\\n');
let page = 0;
process.stdout.write('level\\tpage_num\\n');
require('node:readline').createInterface({ input: process.stdin }).on('line', (file) => {
  fs.appendFileSync(${JSON.stringify(join(dir, 'files'))}, file + '\\n');
  const text = fs.readFileSync(file, 'latin1');
  if (text === 'fail') process.exit(3);
  page++;
  process.stdout.write(text.startsWith('P5') ? '1\\t' + page + '\\t0\\t0\\t0\\t0\\t0\\t0\\t1\\t1\\t-1\\t\\n'
    : '5\\t' + page + '\\t1\\t1\\t1\\t1\\t0\\t0\\t10\\t10\\t90\\t' + text + '\\n');
});
`,
    );
    chmodSync(command, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the images asked for in one turn with one process, kept for the next reads', async () => {
    const reader = new NativeTesseractReader(1, command);
    try {
      const texts = await Promise.all(['body', 'left', 'right'].map((text) => reader.read(Buffer.from(text), 3)));
      expect(texts.map((reading) => reading.text)).toEqual(['body\n', 'left\n', 'right\n']);
      const next = await Promise.all(['page 2', 'header'].map((text) => reader.read(Buffer.from(text), 3)));
      expect(next.map((reading) => reading.text)).toEqual(['page 2\n', 'header\n']);
      expect(reader.processes).toBe(1);
      expect(log()).toEqual([
        ['stdin', 'stdout', '-l', 'vie', '--oem', '1', '--psm', '3', '-c', 'stream_filelist=1', 'tsv'],
      ]);
    } finally {
      await reader.terminate();
    }
  });

  it('reads each page segmentation mode with its own process, and removes its images at the end', async () => {
    const reader = new NativeTesseractReader(1, command);
    const [page, line] = await Promise.all([reader.read(Buffer.from('page'), 3), reader.read(Buffer.from('line'), 7)]);
    expect([page.text, line.text]).toEqual(['page\n', 'line\n']);
    expect(log().map((args) => args[7])).toEqual(['3', '7']);
    const files = readFileSync(join(dir, 'files'), 'utf8').trim().split('\n');
    expect(files.every((file) => !existsSync(file) || file.endsWith('blank.pgm'))).toBe(true); // each read's images removed
    await reader.terminate();
    expect(existsSync(dirname(files[0]))).toBe(false);
  });

  it('splits a batch over the free processes', async () => {
    const reader = new NativeTesseractReader(2, command);
    try {
      const images = ['a large body', 'left', 'right'].map((text) => reader.read(Buffer.from(text), 3));
      expect((await Promise.all(images)).map((reading) => reading.text)).toEqual([
        'a large body\n',
        'left\n',
        'right\n',
      ]);
      expect(reader.processes).toBe(2);
    } finally {
      await reader.terminate();
    }
  });

  it('rejects the reads of a process that failed, and starts another for the next', async () => {
    const reader = new NativeTesseractReader(1, command);
    try {
      await expect(reader.read(Buffer.from('fail'), 3)).rejects.toThrow('tesseract exited with 3');
      expect((await reader.read(Buffer.from('again'), 3)).text).toBe('again\n');
      expect(reader.processes).toBe(2);
    } finally {
      await reader.terminate();
    }
  });
});
