import { Worker, type ResourceLimits } from 'node:worker_threads';
import { threadEntry } from '@congvan/common';
import type { ExtractionResult } from './directive.types.js';
import { extractionPoolClosed, extractionThreadFailed, extractionTimedOut } from './extraction.errors.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-thread.js';

export interface ExtractionPoolOptions {
  /** Threads reading texts at once (default 1: on a 2-core machine the other core serves HTTP and OCR). */
  size?: number;
  /** How long one text may be read before its job fails and its thread is replaced (default 60 s). */
  timeoutMs?: number;
  /**
   * Each thread's V8 heap limits: a text that exceeds them kills its thread, not the process. Default
   * 512 MB of old generation (a 1,000-page text needs under 128 MB).
   */
  resourceLimits?: ResourceLimits;
}

export const DEFAULT_EXTRACTION_THREADS = 1;
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 60_000;
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };

interface Job {
  id: number;
  text: string;
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** The error the thread reported before it exited, if any. */
  error?: Error;
}

/**
 * Runs extractDirective in a small, bounded pool of worker threads, so that a long or adversarial
 * text never stalls the event loop of the process that serves HTTP. Threads start on first use.
 * Each job has a deadline: past it the job fails (EXTRACTION_TIMEOUT) and its thread, which cannot
 * be interrupted, is terminated and replaced. A thread that dies (out of memory, a crash) fails its
 * job with the reason (EXTRACTION_THREAD_FAILED) and is replaced too; no job is ever left waiting.
 * Results are the thread's structured clones of extractDirective's, equal to an in-thread call.
 */
export class ExtractionPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? DEFAULT_EXTRACTION_THREADS));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS;
  }

  /** extractDirective(text), in a thread of the pool; jobs beyond the pool's size wait their turn. */
  extract(text: string): Promise<ExtractionResult> {
    if (this.closed) return Promise.reject(extractionPoolClosed());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.dispatch();
    });
  }

  /** The ids of the live threads (a replaced thread has a new id). */
  get threadIds(): number[] {
    return [...this.slots].map((slot) => slot.worker.threadId);
  }

  /** Fails the jobs not yet done (they may run again elsewhere) and ends every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(extractionPoolClosed());
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) this.settle(slot)?.reject(extractionPoolClosed());
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = [...this.slots].find((s) => !s.job) ?? (this.slots.size < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // while a text is read, its answer keeps the process alive
      slot.worker.postMessage({ id: job.id, text: job.text } satisfies ExtractionRequest);
      if (slot.ready) this.startClock(slot);
    }
  }

  private spawn(): Slot {
    const [entry, execArgv] = threadEntry(import.meta.url, 'extraction-thread');
    const worker = new Worker(entry, {
      execArgv,
      resourceLimits: this.options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: ExtractionReply) => this.receive(slot, reply));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => this.exited(slot, code));
    worker.unref(); // an idle thread does not hold the process open
    this.slots.add(slot);
    return slot;
  }

  /** The deadline counts from when the thread is loaded and has the text. */
  private startClock(slot: Slot): void {
    const job = slot.job!;
    slot.timer = setTimeout(() => {
      if (slot.job !== job) return;
      this.retire(slot);
      this.settle(slot)!.reject(extractionTimedOut(this.timeoutMs, job.text.length));
      void slot.worker.terminate();
    }, this.timeoutMs);
  }

  private receive(slot: Slot, reply: ExtractionReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      if (slot.job) this.startClock(slot);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    this.settle(slot);
    slot.worker.unref();
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      job.reject(error);
    } else job.resolve(reply.result);
    this.dispatch();
  }

  private exited(slot: Slot, code: number): void {
    this.retire(slot);
    const job = this.settle(slot);
    if (job) {
      const reason = slot.error ? `${slot.error.message}` : `the thread exited with code ${code}`;
      const outOfMemory = (slot.error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.reject(extractionThreadFailed(reason, job.text.length, outOfMemory));
    }
    // A thread that had loaded (crashed, or terminated past its deadline) is replaced at once, so the
    // next text finds one ready; one that never loaded is replaced only when a job asks (no loop of
    // threads failing to start).
    if (slot.ready && !this.closed && this.slots.size < this.size) this.spawn();
    this.dispatch();
  }

  /** Takes the slot out of the pool (it is being terminated, or has exited). */
  private retire(slot: Slot): void {
    this.slots.delete(slot);
  }

  /** Ends the slot's current job's clock and hands the job back, once. */
  private settle(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  }
}
