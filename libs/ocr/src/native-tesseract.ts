import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WordBox } from './page-text.js';
import { TesseractProcess } from './tesseract-process.js';

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
 * Reads images (PGM bytes) with native `tesseract` CLI processes (TesseractProcess: `-l vie --oem 1`,
 * one OpenMP thread, TSV), kept running between reads, one set per page segmentation mode: loading
 * the vie model (~0.2 s of CPU) once per read cost more than reading a page's three regions. Reads
 * asked for in the same turn of the event loop with the same mode (the regions of a page, the line
 * retries of a region) are one request to a process, their images written to a private temporary
 * folder (removed by `terminate`) and listed; the TSV's `page_num` tells whose each word is. A batch
 * is split over as many processes as there are free slots when it starts (a lone page on two cores
 * still has its body and its header read side by side); at most `concurrency` processes read at once.
 */
export class NativeTesseractReader {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<PageSegmentation, Request[]>();
  private readonly idle = new Map<PageSegmentation, TesseractProcess[]>();
  private folder: Promise<string> | null = null;
  private files = 0;
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

  /** Lets the idle processes exit and removes the temporary folder. */
  async terminate(): Promise<void> {
    for (const processes of this.idle.values()) for (const cli of processes.splice(0)) cli.end();
    const folder = this.folder;
    this.folder = null;
    if (folder) await rm(await folder, { recursive: true, force: true });
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
    const files: string[] = [];
    let settle: () => void;
    try {
      const folder = await this.temporaryFolder();
      for (const request of chunk) {
        files.push(join(folder, `${++this.files}.pgm`));
        await writeFile(files[files.length - 1], request.image);
      }
      const cli = this.idle.get(psm)?.pop() ?? this.start(psm, folder);
      try {
        const pages = splitTsvPages(await cli.read(files), chunk.length).map(parseTsv);
        settle = () => chunk.forEach((request, index) => request.resolve(pages[index]));
      } finally {
        if (cli.alive) this.idle.set(psm, [...(this.idle.get(psm) ?? []), cli]);
      }
    } catch (error) {
      settle = () => chunk.forEach((request) => request.reject(error));
    } finally {
      // The images are removed and the slot freed before the reads are answered.
      await Promise.all(files.map((file) => rm(file, { force: true }).catch(() => undefined)));
      this.running--;
      this.waiting.shift()?.();
    }
    settle();
  }

  private start(psm: PageSegmentation, folder: string): TesseractProcess {
    this.processes++;
    return new TesseractProcess(this.command, psm, join(folder, 'blank.pgm'));
  }

  /** The private folder of the images, made at the first read with the blank image that ends each request. */
  private temporaryFolder(): Promise<string> {
    this.folder ??= mkdtemp(join(tmpdir(), 'congvan-ocr-')).then(async (folder) => {
      await writeFile(join(folder, 'blank.pgm'), Buffer.from('P5\n1 1\n255\n\xff', 'latin1'));
      return folder;
    });
    return this.folder;
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
