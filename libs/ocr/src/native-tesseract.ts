import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A read waiting for its batch: the image and how to settle its promise. */
interface Request {
  image: Buffer;
  resolve: (recognition: Recognition) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads images (PGM bytes) with the native `tesseract` CLI (`-l vie --oem 1`, one OpenMP thread,
 * TSV output on stdout). Each process loads the vie model (~0.2 s of CPU), which on a page of three
 * regions cost more than reading them: reads asked for in the same turn of the event loop with the
 * same page segmentation (the regions of a page, the line retries of a region) are read by one
 * process, their images written to a private temporary folder and given as a list (the TSV's
 * `page_num` tells whose each word is). A batch is split into as many processes as there are free
 * slots when it starts (a lone page on two cores still has its body and its header read side by
 * side); at most `concurrency` processes run at once.
 */
export class NativeTesseractReader {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<PageSegmentation, Request[]>();
  /** Processes started so far (bench and tests). */
  processes = 0;

  constructor(
    private readonly concurrency: number,
    private readonly command = 'tesseract',
  ) {}

  read(image: Buffer, psm: PageSegmentation = 3): Promise<Recognition> {
    return new Promise((resolve, reject) => {
      const batch = this.pending.get(psm);
      if (batch) batch.push({ image, resolve, reject });
      else {
        this.pending.set(psm, [{ image, resolve, reject }]);
        setImmediate(() => this.flush(psm));
      }
    });
  }

  private flush(psm: PageSegmentation): void {
    const batch = this.pending.get(psm) ?? [];
    this.pending.delete(psm);
    const free = Math.max(1, this.concurrency - this.running - this.waiting.length);
    for (const chunk of balancedChunks(batch, Math.min(free, batch.length))) void this.readChunk(chunk, psm);
  }

  private async readChunk(chunk: Request[], psm: PageSegmentation): Promise<void> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      const readings =
        chunk.length === 1
          ? [parseTsv(await this.run(['stdin'], psm, chunk[0].image))]
          : await this.readList(chunk, psm);
      chunk.forEach((request, index) => request.resolve(readings[index]));
    } catch (error) {
      for (const request of chunk) request.reject(error);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** Several images in one process: written to a private folder, removed afterwards. */
  private async readList(chunk: Request[], psm: PageSegmentation): Promise<Recognition[]> {
    const dir = await mkdtemp(join(tmpdir(), 'congvan-ocr-'));
    try {
      const files = chunk.map((_, index) => join(dir, `${index}.pgm`));
      await Promise.all(chunk.map((request, index) => writeFile(files[index], request.image)));
      await writeFile(join(dir, 'list.txt'), files.join('\n') + '\n');
      return splitTsvPages(await this.run([join(dir, 'list.txt')], psm), chunk.length).map(parseTsv);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private run(input: string[], psm: PageSegmentation, stdin?: Buffer): Promise<string> {
    this.processes++;
    return new Promise((resolve, reject) => {
      // One OpenMP thread per process (`env` adds it to the inherited environment, which an engine
      // library does not read): `concurrency` processes share the cores, as tesseract.js workers do.
      const args = [
        'OMP_THREAD_LIMIT=1',
        this.command,
        ...input,
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
      child.stdin.end(stdin);
    });
  }
}

/** `requests` in `count` groups of about the same bytes (each image to the lightest group so far, largest first). */
function balancedChunks(requests: Request[], count: number): Request[][] {
  const chunks = Array.from({ length: count }, () => ({ bytes: 0, requests: [] as Request[] }));
  const bySize = [...requests].sort((a, b) => b.image.length - a.image.length);
  for (const request of bySize) {
    const lightest = chunks.reduce((min, chunk) => (chunk.bytes < min.bytes ? chunk : min));
    lightest.bytes += request.image.length;
    lightest.requests.push(request);
  }
  return chunks.map((chunk) => chunk.requests).filter((requests) => requests.length > 0);
}

/**
 * The TSV of a list of `count` images read by one process, split into one TSV per image (by the
 * `page_num` column, 1 for the first image; the header row dropped): an image with no row gets an
 * empty TSV.
 */
export function splitTsvPages(tsv: string, count: number): string[] {
  const pages: string[][] = Array.from({ length: count }, () => []);
  for (const row of tsv.split('\n')) {
    const page = Number(row.split('\t', 2)[1]);
    if (Number.isInteger(page) && page >= 1 && page <= count) pages[page - 1].push(row);
  }
  return pages.map((rows) => rows.join('\n'));
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
