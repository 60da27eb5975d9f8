import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isAppError, type AppError } from '@congvan/common';
import { applyEdxmlHeader } from '@congvan/edxml';
import { extractDirective } from '@congvan/extraction';
import { JobQueue, type JobContext } from '@congvan/jobs';
import { acquireText } from '@congvan/ocr';
import { FileStorage } from '@congvan/storage';
import { DirectiveDraft } from './directive-draft.entity.js';
import { Document, type DocumentFailure, type DocumentStatus } from './document.entity.js';
import { DocumentPage } from './document-page.entity.js';
import { internalStageFailure } from './documents.errors.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';
import { OcrEngineProvider } from './ocr-engine.provider.js';
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
    private readonly ocr: OcrEngineProvider,
  ) {}

  onModuleInit(): void {
    // OCR is CPU-bound and uses every core through the engine's own workers: one job at a time.
    this.jobs.define<DocumentJob>(JOB_DOCUMENT_OCR, {
      handle: (data, job) => this.runStage('ocr', 'received', data, job, () => this.readText(data.documentId)),
      retryLimit: 2,
    });
    this.jobs.define<DocumentJob>(JOB_DOCUMENT_EXTRACT, {
      handle: (data, job) => this.runStage('extract', 'text_ready', data, job, () => this.extract(data.documentId)),
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
      if (isAppError(error)) return this.fail(data.documentId, stage, error);
      if (job.retryCount >= job.retryLimit) {
        this.logger.error({
          msg: 'stage failed after retries',
          stage,
          documentId: data.documentId,
          error: (error as Error).message,
        });
        return this.fail(data.documentId, stage, internalStageFailure());
      }
      throw error;
    }
  }

  private async fail(documentId: string, stage: DocumentFailure['stage'], error: AppError): Promise<void> {
    const failure: DocumentFailure = {
      stage,
      code: error.code,
      messageVi: error.messageVi,
      messageEn: error.messageEn,
      at: new Date().toISOString(),
    };
    await this.dataSource.getRepository(Document).update({ id: documentId }, { status: 'failed', failure });
    this.logger.warn({ msg: 'document failed', documentId, stage, code: error.code });
  }

  /** received → text_ready: the text of every page, from the PDF text layer or OCR. */
  private async readText(documentId: string): Promise<void> {
    const documents = this.dataSource.getRepository(Document);
    const document = await documents.findOneByOrFail({ id: documentId });
    const bytes = await this.storage.get(await textFileSha256(this.dataSource.manager, document));
    const engine = await this.ocr.engine();
    const result = await acquireText(
      bytes,
      engine,
      { maxBytes: this.options.maxBytes, maxPages: this.options.maxPages, maxPixels: this.options.maxPixels },
      (pagesDone, pageCount) => documents.update({ id: documentId }, { pagesDone, pageCount }).then(() => undefined),
    );
    await this.dataSource.transaction(async (tx) => {
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
    const pages = await this.dataSource
      .getRepository(DocumentPage)
      .find({ where: { documentId }, order: { pageIndex: 'ASC' } });
    const text = pages.map((page) => page.normalisedText).join('\n\n');
    const result = extractDirective(text);
    // An edXML header is the sender's own record: its values win, disagreements are kept for review.
    const { edxml } = await this.dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
    const applied = edxml ? applyEdxmlHeader(result, edxml) : null;
    await this.dataSource.transaction(async (tx) => {
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
