import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, isAppError } from '@congvan/common';
import { isEdxmlPackage } from '@congvan/edxml';
import { validateDirective } from '@congvan/extraction';
import { JobQueue } from '@congvan/jobs';
import { detectFileType, emptyFile, fileTooLarge, pageImage } from '@congvan/ocr';
import { FileStorage } from '@congvan/storage';
import { DirectiveDraft } from './directive-draft.entity.js';
import { Document } from './document.entity.js';
import { DocumentFile } from './document-file.entity.js';
import { DocumentPage } from './document-page.entity.js';
import { documentNotFound, invalidDirective, wrongStatus } from './documents.errors.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';
import { EdxmlImporter } from './edxml-import.js';
import { JOB_DOCUMENT_OCR } from './pipeline.js';
import { textFileSha256 } from './text-file.js';

export interface IngestResult {
  document: Document;
  /** True when the same content was uploaded before; the existing document is returned. */
  duplicate: boolean;
}

export interface SearchHit {
  document: Document;
  snippet: string | null;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly edxml: EdxmlImporter,
  ) {}

  /**
   * Stores an upload and starts the pipeline. The original is kept whatever happens next; a file
   * that is not an acceptable document is recorded as failed at intake (so the clerk sees it and
   * nothing is lost) and the error is returned to the caller. An edXML package (told by its
   * content) is refused whole when malformed: see EdxmlImporter.
   */
  async ingest(bytes: Buffer, originalName: string, uploadedById: string | null): Promise<IngestResult> {
    if (bytes.length === 0) throw emptyFile();
    if (bytes.length > this.options.maxBytes) throw fileTooLarge(bytes.length, this.options.maxBytes);
    if (isEdxmlPackage(bytes)) return this.edxml.import(bytes, displayName(originalName), uploadedById);
    const stored = await this.storage.put(bytes);
    const name = displayName(originalName);

    const existing = await this.dataSource.getRepository(Document).findOneBy({ sha256: stored.sha256 });
    if (existing) return { document: existing, duplicate: true };

    let mimeType: string;
    try {
      mimeType = (
        await detectFileType(bytes, {
          maxBytes: this.options.maxBytes,
          maxPixels: this.options.maxPixels,
          maxPages: this.options.maxPages,
        })
      ).mimeType;
    } catch (error) {
      if (!isAppError(error)) throw error;
      const rejected = await this.dataSource.getRepository(Document).save({
        sha256: stored.sha256,
        originalName: name,
        mimeType: null,
        sizeBytes: stored.sizeBytes,
        status: 'failed' as const,
        failure: {
          stage: 'intake' as const,
          code: error.code,
          messageVi: error.messageVi,
          messageEn: error.messageEn,
          at: new Date().toISOString(),
        },
        uploadedById,
      });
      throw new AppError(error.code, error.httpStatus, error.messageVi, error.messageEn, {
        ...error.details,
        documentId: rejected.id,
      });
    }

    const document = await this.dataSource.transaction(async (tx) => {
      const created = await tx.save(
        Document,
        tx.create(Document, {
          sha256: stored.sha256,
          originalName: name,
          mimeType,
          sizeBytes: stored.sizeBytes,
          status: 'received',
          uploadedById,
        }),
      );
      await this.jobs.enqueue(JOB_DOCUMENT_OCR, { documentId: created.id }, tx);
      return created;
    });
    this.logger.log({ msg: 'document received', documentId: document.id, mimeType, sizeBytes: stored.sizeBytes });
    return { document, duplicate: false };
  }

  async get(id: string): Promise<Document> {
    const document = await this.dataSource.getRepository(Document).findOneBy({ id });
    if (!document) throw documentNotFound(id);
    return document;
  }

  async original(id: string): Promise<{ document: Document; bytes: Buffer }> {
    const document = await this.get(id);
    return { document, bytes: await this.storage.get(document.sha256) };
  }

  /** Page `pageIndex` (0-based) of the original as a JPEG, for the review screen. */
  async pageImage(id: string, pageIndex: number): Promise<Buffer> {
    const document = await this.get(id);
    const bytes = await this.storage.get(await textFileSha256(this.dataSource.manager, document));
    return pageImage(bytes, pageIndex, {
      maxBytes: this.options.maxBytes,
      maxPixels: this.options.maxPixels,
      maxPages: this.options.maxPages,
    });
  }

  /** The files that came with an edXML document (empty for an upload). */
  async files(id: string): Promise<DocumentFile[]> {
    await this.get(id);
    return this.dataSource.getRepository(DocumentFile).find({ where: { documentId: id }, order: { position: 'ASC' } });
  }

  async file(id: string, position: number): Promise<{ file: DocumentFile; bytes: Buffer }> {
    const file = await this.dataSource.getRepository(DocumentFile).findOneBy({ documentId: id, position });
    if (!file) throw documentNotFound(`${id}/${position}`);
    return { file, bytes: await this.storage.get(file.sha256) };
  }

  async pages(id: string): Promise<DocumentPage[]> {
    await this.get(id);
    return this.dataSource.getRepository(DocumentPage).find({ where: { documentId: id }, order: { pageIndex: 'ASC' } });
  }

  /** Newest first; with `q`, only documents whose text contains the words, ignoring accents. */
  async list(query: { q?: string; status?: Document['status']; limit: number; offset: number }): Promise<SearchHit[]> {
    const builder = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .orderBy('d.created_at', 'DESC')
      .limit(query.limit)
      .offset(query.offset);
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    const words = query.q?.trim();
    if (!words) return (await builder.getMany()).map((document) => ({ document, snippet: null }));

    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    builder
      .andWhere(
        'EXISTS (SELECT 1 FROM document_page p WHERE p.document_id = d.id AND congvan_fold(p.normalised_text) LIKE congvan_fold(:pattern))',
        { pattern },
      )
      .addSelect(
        `(SELECT substring(p.normalised_text FROM greatest(1, strpos(congvan_fold(p.normalised_text), congvan_fold(:words)) - 60) FOR 160)
          FROM document_page p WHERE p.document_id = d.id AND congvan_fold(p.normalised_text) LIKE congvan_fold(:pattern) ORDER BY p.page_index LIMIT 1)`,
        'snippet',
      )
      .setParameter('words', words);
    const { entities, raw } = await builder.getRawAndEntities<{ snippet: string | null }>();
    return entities.map((document, i) => ({ document, snippet: raw[i]?.snippet?.replace(/\s+/g, ' ').trim() ?? null }));
  }

  async draft(documentId: string): Promise<DirectiveDraft> {
    const draft = await this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId });
    if (!draft) {
      const document = await this.get(documentId);
      throw wrongStatus(document.status, 'extracted');
    }
    return draft;
  }

  /** Saves the clerk's corrected directive beside the extracted one (both are kept). */
  async correct(documentId: string, directive: unknown, reviewerId: string | null): Promise<DirectiveDraft> {
    const check = validateDirective(directive);
    if (!check.valid) throw invalidDirective(check.errors);
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw documentNotFound(documentId);
      if (document.status !== 'extracted') throw wrongStatus(document.status, 'extracted');
      await tx.save(
        DirectiveDraft,
        tx.merge(DirectiveDraft, await tx.findOneByOrFail(DirectiveDraft, { documentId }), {
          reviewed: directive as Record<string, unknown>,
          reviewedById: reviewerId,
        }),
      );
      return tx.findOneByOrFail(DirectiveDraft, { documentId });
    });
  }

  /** The clerk confirms the (corrected) directive; the document moves to reviewed. */
  async confirm(documentId: string, reviewerId: string | null): Promise<DirectiveDraft> {
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw documentNotFound(documentId);
      if (document.status !== 'extracted') throw wrongStatus(document.status, 'extracted');
      await tx.update(DirectiveDraft, { documentId }, { confirmedAt: new Date(), reviewedById: reviewerId });
      await tx.update(Document, { id: documentId }, { status: 'reviewed' });
      return tx.findOneByOrFail(DirectiveDraft, { documentId });
    });
  }
}

/** Keeps only the last path segment of a client-supplied name, without control characters. */
export function displayName(originalName: string): string {
  const base = originalName
    .normalize('NFC')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return (base || 'tai-lieu').slice(0, 255);
}
