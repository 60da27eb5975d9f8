import { spawn } from 'node:child_process';

/** Pipes and processes a waiting read keeps the event loop alive for (and an idle process does not). */
interface Refable {
  ref(): void;
  unref(): void;
}

interface Pending {
  /** page_num of the request's first image and of the sentinel listed after its last. */
  first: number;
  sentinel: number;
  rows: string[];
  resolve: (tsv: string) => void;
  reject: (error: Error) => void;
}

/**
 * One native `tesseract` CLI process kept running for the reads of one page segmentation mode
 * (`-l vie --oem 1`, one OpenMP thread): it reads the names of the image files from its stdin
 * (`-c stream_filelist=1`) and writes each image's TSV as soon as it has read it, so that the vie
 * model (~0.2 s of CPU) is loaded once per process rather than once per page. After a request's
 * images a blank 1×1 image (`sentinel`) is listed: its TSV row ends the request's rows. One
 * request at a time; an idle process does not keep the event loop alive; `end` lets it exit.
 */
export class TesseractProcess {
  private readonly child;
  private listed = 0;
  private partial = '';
  private stderr = '';
  private pending: Pending | null = null;
  private failure: Error | null = null;

  constructor(
    command: string,
    psm: number,
    private readonly sentinel: string,
  ) {
    const args = ['stdin', 'stdout', '-l', 'vie', '--oem', '1', '--psm', String(psm), '-c', 'stream_filelist=1', 'tsv'];
    // `env` adds OMP_THREAD_LIMIT to the inherited environment (an engine library does not read it).
    this.child = spawn('env', ['OMP_THREAD_LIMIT=1', command, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.receive(chunk));
    this.child.stderr.on(
      'data',
      (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000)),
    );
    this.child.stdin.on('error', () => undefined); // a process that died reports through 'close'
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => this.fail(new Error(`tesseract exited with ${code}: ${this.stderr.trim()}`)));
    this.hold(false);
  }

  /** Whether the process still runs (a failed one is replaced). */
  get alive(): boolean {
    return this.failure === null;
  }

  /** The TSV rows of the images `files`, numbered from 1 as a process of their own would number them. */
  read(files: string[]): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('TesseractProcess: one read at a time'));
    const first = this.listed + 1;
    this.listed += files.length + 1;
    return new Promise((resolve, reject) => {
      this.pending = { first, sentinel: this.listed, rows: [], resolve, reject };
      this.hold(true);
      this.child.stdin.write([...files, this.sentinel].join('\n') + '\n');
    });
  }

  /** Closes the list: the process exits once it has read what it was given. */
  end(): void {
    this.child.stdin.end();
  }

  private receive(chunk: string): void {
    const rows = (this.partial + chunk).split('\n');
    this.partial = rows.pop() ?? '';
    for (const row of rows) {
      const pending = this.pending;
      const tab = row.indexOf('\t');
      const page = Number(row.slice(tab + 1, row.indexOf('\t', tab + 1)));
      if (!pending || tab < 0 || !Number.isInteger(page) || page < pending.first) continue; // the header row
      if (page < pending.sentinel) {
        pending.rows.push(`${row.slice(0, tab)}\t${page - pending.first + 1}${row.slice(row.indexOf('\t', tab + 1))}`);
        continue;
      }
      this.pending = null;
      this.hold(false);
      pending.resolve(pending.rows.join('\n') + '\n');
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(this.failure);
  }

  private hold(waiting: boolean): void {
    for (const handle of [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Refable[])
      if (waiting) handle.ref();
      else handle.unref();
  }
}
