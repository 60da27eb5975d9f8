import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog, authorize, type AuthUser } from '@congvan/auth';
import { isAppError } from '@congvan/common';
import { JobQueue } from '@congvan/jobs';
import { FileStorage } from '@congvan/storage';
import { Document, documentFailure, type DocumentStatus } from './document.entity.js';
import { documentNotFound, refusedDocument, wrongStatus } from './documents.errors.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions, intakeLimits } from './documents.options.js';
import { takeIncomingNumber } from './incoming-number.js';
import { OcrThreads } from './ocr-threads.provider.js';
import { JOB_DOCUMENT_EXTRACT, JOB_DOCUMENT_OCR } from './pipeline.js';

/** Where a failed stage starts again: the status it ran from and its job. */
const RESTART: Record<'ocr' | 'extract', { status: DocumentStatus; job: string }> = {
  ocr: { status: 'received', job: JOB_DOCUMENT_OCR },
  extract: { status: 'text_ready', job: JOB_DOCUMENT_EXTRACT },
};

/**
 * The clerk's two ways out of a "Lỗi" row. Retry runs the failed stage again (intake checks the
 * stored file again and, once accepted, registers it with a số đến). Delete hides the document
 * (soft: the row, its số đến and the stored file are kept, the audit says who and why) so the same
 * file can be uploaded anew. Only failed documents qualify.
 */
@Injectable()
export class RefusedDocumentsService {
  private readonly logger = new Logger(RefusedDocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly threads: OcrThreads,
    private readonly audit: AuditLog,
  ) {}

  async retry(user: AuthUser, id: string): Promise<Document> {
    await authorize(this.dataSource.manager, user, 'document', 'manage', id, () => documentNotFound(id));
    const failed = await this.dataSource.getRepository(Document).findOneByOrFail({ id });
    if (failed.status !== 'failed' || !failed.failure) throw wrongStatus(failed.status, 'failed');
    const stage = failed.failure.stage;
    let mimeType = failed.mimeType;
    if (stage === 'intake') {
      try {
        mimeType = (await this.threads.intake.detect(await this.storage.get(failed.sha256), intakeLimits(this.options)))
          .mimeType;
      } catch (error) {
        if (!isAppError(error)) throw error;
        // Refused again: the reason (and its time) is brought up to date, the row stays as it was.
        await this.dataSource
          .getRepository(Document)
          .update({ id, status: 'failed' }, { failure: documentFailure(stage, error) });
        throw refusedDocument(error, id);
      }
    }
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!document || document.status !== 'failed') throw wrongStatus(document?.status ?? 'missing', 'failed');
      const restart = RESTART[stage === 'extract' ? 'extract' : 'ocr'];
      // An upload refused at intake never took a số đến: it takes one now that it is registered.
      const entry = document.incomingNumber === null ? await takeIncomingNumber(tx, document.organisation) : {};
      await tx.update(Document, { id }, { ...entry, mimeType, status: restart.status, failure: null, pagesDone: 0 });
      await this.jobs.enqueue(restart.job, { documentId: id }, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'document.retried',
        targetType: 'document',
        targetId: id,
        details: { stage, code: document.failure?.code ?? null },
      });
      this.logger.log({ msg: 'failed document retried', documentId: id, stage });
      return tx.findOneByOrFail(Document, { id });
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await authorize(this.dataSource.manager, user, 'document', 'manage', id, () => documentNotFound(id));
    await this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!document || document.status !== 'failed') throw wrongStatus(document?.status ?? 'missing', 'failed');
      await tx.update(Document, { id }, { deletedAt: new Date(), deletedById: user.id });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'document.deleted',
        targetType: 'document',
        targetId: id,
        details: {
          originalName: document.originalName,
          sha256: document.sha256,
          incomingNumber: document.incomingNumber,
          failure: document.failure,
          fileKept: true,
        },
      });
    });
    this.logger.log({ msg: 'failed document deleted', documentId: id });
  }
}
