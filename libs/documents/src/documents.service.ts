import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, authorize, type AuthUser, type DocumentAction, namedBinder } from '@congvan/auth';
import { isAppError } from '@congvan/common';
import { isEdxmlPackage } from '@congvan/edxml';
import { JobQueue } from '@congvan/jobs';
import { emptyFile, fileTooLarge, pageOutOfRange } from '@congvan/ocr';
import { FileStorage } from '@congvan/storage';
import { currentDirective, DirectiveDraft } from './directive-draft.entity.js';
import { Document, documentFailure } from './document.entity.js';
import { DocumentFile } from './document-file.entity.js';
import { DocumentPage } from './document-page.entity.js';
import { documentNotFound, refusedDocument } from './documents.errors.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions, intakeLimits } from './documents.options.js';
import { type DuplicateRef, findEarlierDuplicate } from './duplicates.js';
import { EdxmlImporter } from './edxml-import.js';
import { takeIncomingNumber } from './incoming-number.js';
import { findLiveDocument, isUniqueViolation } from './live-document.js';
import { OcrThreads } from './ocr-threads.provider.js';
import { JOB_DOCUMENT_OCR } from './pipeline.js';
import { registerTitle } from './register-title.js';
import { textFileSha256 } from './text-file.js';

export interface IngestResult {
  document: Document;
  /** True when the same content was uploaded before; the existing document is returned. */
  duplicate: boolean;
}

/** Who uploads: the clerk (its id and organisation), or nobody (the inbox folder, the command line). */
export interface Uploader {
  id: string;
  organisation: string | null;
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
    private readonly threads: OcrThreads,
    private readonly edxml: EdxmlImporter,
  ) {}

  /**
   * Stores an upload and starts the pipeline. The original is kept whatever happens next; a file
   * that is not an acceptable document is recorded as failed at intake (so the clerk sees it and
   * nothing is lost) and the error is returned to the caller. An edXML package (told by its
   * content) is refused whole when malformed: see EdxmlImporter.
   */
  async ingest(bytes: Buffer, originalName: string, uploader: Uploader | null): Promise<IngestResult> {
    if (bytes.length === 0) throw emptyFile();
    if (bytes.length > this.options.maxBytes) throw fileTooLarge(bytes.length, this.options.maxBytes);
    if (isEdxmlPackage(bytes)) return this.edxml.import(bytes, displayName(originalName), uploader);
    const stored = await this.storage.put(bytes);
    const name = displayName(originalName);
    const uploadedById = uploader?.id ?? null;
    const organisation = uploader?.organisation ?? '';

    const existing = await findLiveDocument(this.dataSource.manager, organisation, stored.sha256);
    if (existing) return { document: existing, duplicate: true };
    try {
      return { document: await this.create(bytes, stored, name, organisation, uploadedById), duplicate: false };
    } catch (error) {
      // The same new file uploaded twice at once: the second insert loses the race and gets the first's row.
      if (!isUniqueViolation(error)) throw error;
      const winner = await findLiveDocument(this.dataSource.manager, organisation, stored.sha256);
      if (!winner) throw error;
      return { document: winner, duplicate: true };
    }
  }

  private async create(
    bytes: Buffer,
    stored: { sha256: string; sizeBytes: number },
    name: string,
    organisation: string,
    uploadedById: string | null,
  ): Promise<Document> {
    let mimeType: string;
    try {
      mimeType = (await this.threads.intake.detect(bytes, intakeLimits(this.options))).mimeType;
    } catch (error) {
      if (!isAppError(error)) throw error;
      const rejected = await this.dataSource.getRepository(Document).save({
        sha256: stored.sha256,
        organisation,
        originalName: name,
        mimeType: null,
        sizeBytes: stored.sizeBytes,
        status: 'failed' as const,
        failure: documentFailure('intake', error),
        uploadedById,
      });
      throw refusedDocument(error, rejected.id);
    }

    const document = await this.dataSource.transaction(async (tx) => {
      const entry = await takeIncomingNumber(tx, organisation);
      const created = await tx.save(
        Document,
        tx.create(Document, {
          ...entry,
          sha256: stored.sha256,
          organisation,
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
    return document;
  }

  /** Resolves when `user` may do `action` on the document (404 when it may not see it, 403 when it may not do this). */
  authorize(user: AuthUser, id: string, action: DocumentAction = 'read'): Promise<void> {
    return authorize(this.dataSource.manager, user, 'document', action, id, () => documentNotFound(id));
  }

  /** A document as the caller may see it. */
  async get(user: AuthUser, id: string): Promise<Document> {
    await this.authorize(user, id);
    return this.find(id);
  }

  /** A document by id, for the pipeline and the command line (no caller to check). */
  async find(id: string): Promise<Document> {
    const document = await this.dataSource.getRepository(Document).findOneBy({ id });
    if (!document) throw documentNotFound(id);
    return document;
  }

  /** The earlier registration of the same directive, for the review screen's flag. */
  duplicateOf(documentId: string): Promise<DuplicateRef | null> {
    return findEarlierDuplicate(this.dataSource.manager, documentId);
  }

  /** "CV số 1100-CV/HU ngày 07/8/2024" once the directive's number is known, else the file name. */
  async titleOf(document: Document): Promise<string> {
    const draft = await this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId: document.id });
    const directive = draft && currentDirective(draft);
    return (directive && registerTitle(directive)) ?? document.originalName;
  }

  async original(user: AuthUser, id: string): Promise<{ document: Document; bytes: Buffer }> {
    const document = await this.get(user, id);
    return { document, bytes: await this.storage.get(document.sha256) };
  }

  /**
   * Page `pageIndex` (0-based) as a JPEG for the review screen: the image stored when the page was
   * OCR'd; a page read from its text layer (or before images were stored) is drawn once, in the
   * intake thread, and kept.
   */
  async pageImage(user: AuthUser, id: string, pageIndex: number): Promise<Buffer> {
    const document = await this.get(user, id);
    const page = await this.dataSource.getRepository(DocumentPage).findOneBy({ documentId: id, pageIndex });
    if (page?.imageSha256) return this.storage.get(page.imageSha256);
    if (document.pageCount !== null && (pageIndex < 0 || pageIndex >= document.pageCount))
      throw pageOutOfRange(pageIndex, document.pageCount);
    const original = await this.storage.get(await textFileSha256(this.dataSource.manager, document));
    const image = await this.threads.intake.pageImage(original, pageIndex, intakeLimits(this.options));
    if (page) {
      const stored = await this.storage.put(image);
      await this.dataSource.getRepository(DocumentPage).update({ id: page.id }, { imageSha256: stored.sha256 });
    }
    return image;
  }

  /** The files that came with an edXML document (empty for an upload). */
  async files(user: AuthUser, id: string): Promise<DocumentFile[]> {
    await this.authorize(user, id);
    return this.dataSource.getRepository(DocumentFile).find({ where: { documentId: id }, order: { position: 'ASC' } });
  }

  async file(user: AuthUser, id: string, position: number): Promise<{ file: DocumentFile; bytes: Buffer }> {
    await this.authorize(user, id);
    const file = await this.dataSource.getRepository(DocumentFile).findOneBy({ documentId: id, position });
    if (!file) throw documentNotFound(`${id}/${position}`);
    return { file, bytes: await this.storage.get(file.sha256) };
  }

  async pages(user: AuthUser, id: string): Promise<DocumentPage[]> {
    await this.authorize(user, id);
    return this.dataSource.getRepository(DocumentPage).find({ where: { documentId: id }, order: { pageIndex: 'ASC' } });
  }

  /** Newest first; with `q`, only documents whose text contains the words, ignoring accents. */
  async list(
    user: AuthUser,
    query: { q?: string; status?: Document['status']; limit: number; offset: number },
  ): Promise<SearchHit[]> {
    const params: Record<string, unknown> = {};
    const bind = namedBinder(params);
    const builder = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .where(accessCondition(user, 'document', 'read', 'd', bind), params)
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
