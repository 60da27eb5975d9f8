import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ExtractionPool, type ExtractionResult } from '@congvan/extraction';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';

/**
 * Directives are extracted off the event loop, in a small pool of worker threads started on first
 * use (EXTRACTION_THREADS, default 1): a very long or adversarial text takes seconds there without
 * delaying any HTTP request, and past EXTRACTION_TIMEOUT_MS its job fails with the reason. The
 * threads end with the application, after the job queue has marked running jobs as interrupted
 * (see JobQueue.beforeApplicationShutdown): an extraction cut short by a stop runs again later.
 */
@Injectable()
export class ExtractionThreads implements OnApplicationShutdown {
  private readonly pool: ExtractionPool;

  constructor(@Inject(DOCUMENTS_OPTIONS) options: DocumentsOptions) {
    this.pool = new ExtractionPool({ size: options.extractionThreads, timeoutMs: options.extractionTimeoutMs });
  }

  extract(text: string): Promise<ExtractionResult> {
    return this.pool.extract(text);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
