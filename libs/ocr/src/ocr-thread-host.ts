import { Worker } from 'node:worker_threads';
import { AppError, threadEntry } from '@congvan/common';
import type { AcquiredText, PageProgress } from './acquire-text.js';
import { sniffFileKind, type DetectedFile } from './detect-file-type.js';
import type { OcrEngineOptions } from './ocr-engine-options.js';
import { resolveLimits, type OcrLimits } from './ocr-limits.js';
import { emptyFile, fileTooLarge, tooManyPages } from './ocr.errors.js';
import { declaredPdfPageCount } from './pdf-page-count.js';
import type { OcrThreadReply, OcrThreadRequest, SerialisedError } from './ocr-thread.js';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress?: PageProgress;
  /** Progress callbacks run one after the other, in order. */
  chain: Promise<void>;
};

type Op = OcrThreadRequest extends infer R ? (R extends { op: infer O } ? O : never) : never;

/**
 * Runs the CPU-heavy part of reading documents — PDF parsing and rendering, page checks, layout
 * analysis, OCR — in a worker thread, started on first use and restarted if it dies. The calling
 * thread (the HTTP server's event loop) only sends bytes and receives results. Errors come back as
 * they were thrown: an AppError stays an AppError.
 */
export class OcrThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly engine: OcrEngineOptions = {}) {}

  /**
   * detectFileType in the thread, after the checks that cost nothing here: size, kind and — for a
   * PDF — the page count its page tree declares, so a 10,000-page file is refused in milliseconds.
   */
  async detect(bytes: Uint8Array, limits: Partial<OcrLimits> = {}): Promise<DetectedFile> {
    const { maxBytes, maxPages } = resolveLimits(limits);
    if (bytes.length === 0) throw emptyFile();
    if (bytes.length > maxBytes) throw fileTooLarge(bytes.length, maxBytes);
    if ((await sniffFileKind(bytes)).kind === 'pdf') {
      const declared = declaredPdfPageCount(bytes);
      if (declared !== null && declared > maxPages) throw tooManyPages(declared, maxPages);
    }
    return (await this.call('detect', { bytes: copy(bytes), limits })) as DetectedFile;
  }

  /** acquireText in the thread, with each page's review image; `onPage` runs here, in order. */
  async acquire(
    bytes: Uint8Array,
    limits: Partial<OcrLimits> = {},
    onPage?: PageProgress,
  ): Promise<AcquiredText & { pageImages: Array<Buffer | undefined> }> {
    const result = (await this.call(
      'acquire',
      { bytes: copy(bytes), limits, pageImages: true },
      onPage,
    )) as AcquiredText;
    // Structured cloning turns the thread's Buffers into plain Uint8Arrays.
    const pageImages = Array.from(result.pageImages ?? [], (image?: Uint8Array) =>
      image ? Buffer.from(image) : undefined,
    );
    return { ...result, pageImages };
  }

  /** pageImage in the thread (a page read from its text layer, or read before review images were stored). */
  async pageImage(bytes: Uint8Array, pageIndex: number, limits: Partial<OcrLimits> = {}): Promise<Buffer> {
    return Buffer.from((await this.call('pageImage', { bytes: copy(bytes), pageIndex, limits })) as Uint8Array);
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.call('terminate', {}).catch(() => undefined);
    this.worker = undefined;
    await worker.terminate();
  }

  private call(op: Op, payload: object, progress?: PageProgress): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    worker.ref(); // while a call is under way, its answer keeps the process alive
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress, chain: Promise.resolve() });
      worker.postMessage({ id, op, ...payload });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const [entry, execArgv] = threadEntry(import.meta.url, 'ocr-thread');
    const worker = new Worker(entry, { execArgv, workerData: { engine: this.engine } });
    worker.on('message', (reply: OcrThreadReply) => this.receive(reply));
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, pending] of this.pending) {
        this.pending.delete(id);
        pending.reject(error);
      }
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the OCR thread stopped (exit ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(reply: OcrThreadReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if ('progress' in reply) {
      const [pagesDone, pageCount] = reply.progress;
      pending.chain = pending.chain.then(() => pending.progress?.(pagesDone, pageCount));
      return;
    }
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref(); // an idle thread does not hold the process open
    // The answer waits for the progress callbacks already under way.
    void pending.chain.then(
      () => ('error' in reply ? pending.reject(revive(reply.error)) : pending.resolve(reply.result)),
      (error: Error) => pending.reject(error),
    );
  }
}

/** A copy the thread may take (a Buffer from a pool shares its memory with others). */
function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function revive(error: SerialisedError): Error {
  const revived = error.app
    ? new AppError(error.app.code, error.app.httpStatus, error.app.messageVi, error.app.messageEn, error.app.details)
    : new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}
