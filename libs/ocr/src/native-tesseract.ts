import { spawn, spawnSync } from 'node:child_process';
import type { WordBox } from './page-text.js';

export interface Recognition {
  text: string;
  /** Mean word confidence, 0–100 (as tesseract.js reports a page's). */
  confidence: number;
  words: WordBox[];
  /** The words line by line, in reading order; `paragraph` numbers the paragraph each is in. */
  lines: RecognisedLine[];
}

export interface RecognisedLine {
  words: WordBox[];
  paragraph: number;
}

/** Tesseract's page segmentation modes used here: 3 a page (automatic), 7 a single line. */
export type PageSegmentation = 3 | 6 | 7;

/** Whether a native `tesseract` with the `vie` language is on the PATH (or at `command`). */
export function nativeTesseractAvailable(command = 'tesseract'): boolean {
  const run = spawnSync(command, ['--list-langs'], { encoding: 'utf8' });
  return !run.error && `${run.stdout}${run.stderr}`.split('\n').includes('vie');
}

/**
 * Reads one image (PGM bytes) with the native `tesseract` CLI (`-l vie --oem 1`, one thread, TSV
 * output on stdout; nothing written to disk). At most `concurrency` processes run at once.
 */
export class NativeTesseractReader {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly command = 'tesseract',
  ) {}

  async read(image: Buffer, psm: PageSegmentation = 3): Promise<Recognition> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return parseTsv(await this.run(image, psm));
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private run(image: Buffer, psm: PageSegmentation): Promise<string> {
    return new Promise((resolve, reject) => {
      // One OpenMP thread per process (`env` adds it to the inherited environment): `concurrency`
      // processes share the cores, as tesseract.js workers do.
      const args = [
        'OMP_THREAD_LIMIT=1',
        this.command,
        'stdin',
        'stdout',
        '-l',
        'vie',
        '--oem',
        '1',
        '--psm',
        String(psm),
        'tsv',
      ];
      const child = spawn('env', args, { stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(Buffer.concat(out).toString('utf8'))
          : reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)),
      );
      child.stdin.on('error', () => undefined); // a process that died early reports through 'close'
      child.stdin.end(image);
    });
  }
}

/**
 * Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, conf, text;
 * with the CLI's header row or, as tesseract.js returns it, without) as text — words of a line joined by spaces, lines by a line break, paragraphs by an empty line,
 * as tesseract prints them — with the word boxes and the mean word confidence.
 */
export function parseTsv(tsv: string): Recognition {
  const words: WordBox[] = [];
  const lines: RecognisedLine[] = [];
  const blocks: string[][] = [];
  let lineKey = '';
  let blockKey = '';
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const text = cells.slice(11).join('\t').trim().normalize('NFC');
    const confidence = Number(cells[10]);
    if (text === '' || confidence < 0) continue;
    const [left, top, width, height] = cells.slice(6, 10).map(Number);
    words.push({
      text,
      confidence: Math.round(confidence * 10) / 10,
      bbox: { x0: left, y0: top, x1: left + width, y1: top + height },
    });
    const block = `${cells[2]}.${cells[3]}`; // a paragraph: tesseract ends each with an empty line
    const line = `${block}.${cells[4]}`;
    if (block !== blockKey) blocks.push([]);
    const texts = blocks[blocks.length - 1];
    if (line !== lineKey || block !== blockKey) {
      texts.push(text);
      lines.push({ words: [], paragraph: blocks.length - 1 });
    } else texts[texts.length - 1] += ` ${text}`;
    lines[lines.length - 1].words.push(words[words.length - 1]);
    blockKey = block;
    lineKey = line;
  }
  const confidence = words.length ? words.reduce((sum, word) => sum + word.confidence, 0) / words.length : 0;
  return { text: blocks.map((texts) => texts.join('\n')).join('\n\n') + '\n', confidence, words, lines };
}
