import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isAppError, type AppError } from '@congvan/common';
import { applyEdxmlHeader } from '@congvan/edxml';
import { JobQueue, type JobContext } from '@congvan/jobs';
import { FileStorage } from '@congvan/storage';
import { DirectiveDraft } from './directive-draft.entity.js';
import { Document, type DocumentFailure, type DocumentStatus } from './document.entity.js';
import { DocumentPage } from './document-page.entity.js';
import { internalStageFailure } from './documents.errors.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';
import { ExtractionThreads } from './extraction-threads.provider.js';
import { OcrThreads } from './ocr-threads.provider.js';
import { textFileSha256 } from './text-file.js';

export const JOB_DOCUMENT_OCR = 'document.ocr';
export const JOB_DOCUMENT_EXTRACT = 'document.extract';
/** Defined by the tasking module: does the extracted document answer a directive of ours? */
export const JOB_DOCUMENT_MATCH_REPLY = 'document.match-reply';

export interface DocumentJob {
  documentId: string;
}

/**
 * The pipeline, in order. Each stage reads the previous stage's stored output, does the slow part
 * outside any transaction, then in one transaction writes its output, moves the document on and
 * enqueues the next stage. A stage that finds the document elsewhere than its `from` status skips,
 * so a redelivered or retried job is harmless. Expected failures (AppError) end the document in
 * `failed` with the reason; unexpected ones are retried, then recorded as failed too.
 */
@Injectable()
export class DocumentPipeline implements OnModuleInit {
  private readonly logger = new Logger(DocumentPipeline.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly threads: OcrThreads,
    private readonly extraction: ExtractionThreads,
  ) {}

  onModuleInit(): void {
    // OCR is CPU-bound and uses every core through the engine's own workers: one job at a time.
    // A job whose worker died is run again at once (see JobQueue); if it dies on the last attempt
    // too (a document that crashes the worker), the document ends in failed.
    this.jobs.define<DocumentJob>(JOB_DOCUMENT_OCR, {
      handle: (data, job) => this.runStage('ocr', 'received', data, job, () => this.readText(data.documentId)),
      abandoned: (data) => this.fail(data.documentId, 'ocr', 'received', internalStageFailure()),
      retryLimit: 2,
      expireInSeconds: 4 * 3600,
    });
    this.jobs.define<DocumentJob>(JOB_DOCUMENT_EXTRACT, {
      handle: (data, job) => this.runStage('extract', 'text_ready', data, job, () => this.extract(data.documentId)),
      abandoned: (data) => this.fail(data.documentId, 'extract', 'text_ready', internalStageFailure()),
      retryLimit: 2,
    });
  }

  private async runStage(
    stage: DocumentFailure['stage'],
    from: DocumentStatus,
    data: DocumentJob,
    job: JobContext,
    run: () => Promise<void>,
  ): Promise<void> {
    const document = await this.dataSource.getRepository(Document).findOneBy({ id: data.documentId });
    if (!document || document.status !== from) {
      this.logger.log({
        msg: 'stage skipped',
        stage,
        documentId: data.documentId,
        status: document?.status ?? 'missing',
      });
      return;
    }
    try {
      await run();
    } catch (error) {
      if (isAppError(error)) return this.fail(data.documentId, stage, from, error);
      if (job.retryCount >= job.retryLimit) {
        this.logger.error({
          msg: 'stage failed after retries',
          stage,
          documentId: data.documentId,
          error: (error as Error).message,
        });
        return this.fail(data.documentId, stage, from, internalStageFailure());
      }
      throw error;
    }
  }

  /**
   * Locks the document for the rest of `tx` and tells whether it is still at `from`: a stage
   * writes its output only then, so two runs of one job (a worker taken for dead that was not)
   * never both write pages or drafts.
   */
  private async stillAt(tx: EntityManager, documentId: string, from: DocumentStatus): Promise<boolean> {
    const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
    if (document?.status === from) return true;
    this.logger.log({ msg: 'stage output dropped', documentId, status: document?.status ?? 'missing' });
    return false;
  }

  /** Records the failure, unless the document has moved on from `from` (another run succeeded). */
  private async fail(
    documentId: string,
    stage: DocumentFailure['stage'],
    from: DocumentStatus,
    error: AppError,
  ): Promise<void> {
    const failure: DocumentFailure = {
      stage,
      code: error.code,
      messageVi: error.messageVi,
      messageEn: error.messageEn,
      at: new Date().toISOString(),
    };
    const { affected } = await this.dataSource
      .getRepository(Document)
      .update({ id: documentId, status: from }, { status: 'failed', failure });
    if (!affected) return;
    this.logger.warn({ msg: 'document failed', documentId, stage, code: error.code });
  }

  /** received → text_ready: the text of every page, from the PDF text layer or OCR. */
  private async readText(documentId: string): Promise<void> {
    const documents = this.dataSource.getRepository(Document);
    const document = await documents.findOneByOrFail({ id: documentId });
    const bytes = await this.storage.get(await textFileSha256(this.dataSource.manager, document));
    const result = await this.threads.ocr.acquire(
      bytes,
      { maxBytes: this.options.maxBytes, maxPages: this.options.maxPages, maxPixels: this.options.maxPixels },
      (pagesDone, pageCount) => documents.update({ id: documentId }, { pagesDone, pageCount }).then(() => undefined),
    );
    const images: Array<string | null> = [];
    for (const image of result.pageImages) images.push(image ? (await this.storage.put(image)).sha256 : null);
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.stillAt(tx, documentId, 'received'))) return;
      await tx.delete(DocumentPage, { documentId });
      await tx.insert(
        DocumentPage,
        result.pages.map((page, pageIndex) => ({
          documentId,
          pageIndex,
          text: page.text,
          normalisedText: page.normalisedText,
          source: page.source,
          confidence: page.confidence,
          words: page.words,
          imageSha256: images[pageIndex] ?? null,
        })),
      );
      await tx.update(
        Document,
        { id: documentId },
        {
          status: 'text_ready',
          textSource: result.source,
          pageCount: result.pages.length,
          pagesDone: result.pages.length,
        },
      );
      await this.jobs.enqueue(JOB_DOCUMENT_EXTRACT, { documentId }, tx);
    });
  }

  /** text_ready → extracted: the directive draft, with the evidence for every field. */
  private async extract(documentId: string): Promise<void> {
    // Only the text: a long document's word boxes are megabytes of JSON to parse on this thread.
    const pages = await this.dataSource.getRepository(DocumentPage).find({
      select: { pageIndex: true, normalisedText: true },
      where: { documentId },
      order: { pageIndex: 'ASC' },
    });
    const text = pages.map((page) => page.normalisedText).join('\n\n');
    // In a worker thread: a long text never holds up the HTTP requests this process serves.
    const result = await this.extraction.extract(text);
    // An edXML header is the sender's own record: its values win, disagreements are kept for review.
    const { edxml } = await this.dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
    const applied = edxml ? applyEdxmlHeader(result, edxml) : null;
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.stillAt(tx, documentId, 'text_ready'))) return;
      await tx.delete(DirectiveDraft, { documentId });
      await tx.save(
        DirectiveDraft,
        tx.create(DirectiveDraft, {
          documentId,
          extracted: (applied?.directive ?? result.directive) as unknown as Record<string, unknown>,
          evidence: (applied?.evidence ?? result.evidence) as unknown as Record<string, unknown>,
          warnings: result.warnings,
          disagreements: applied?.disagreements ?? [],
        }),
      );
      await tx.update(Document, { id: documentId }, { status: 'extracted' });
      if (this.jobs.has(JOB_DOCUMENT_MATCH_REPLY))
        await this.jobs.enqueue(JOB_DOCUMENT_MATCH_REPLY, { documentId }, tx);
    });
  }
}
