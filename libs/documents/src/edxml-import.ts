import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError, isAppError } from '@congvan/common';
import { parseEdxml, type EdxmlAttachment, type EdxmlHeader } from '@congvan/edxml';
import { JobQueue } from '@congvan/jobs';
import { FileStorage } from '@congvan/storage';
import { DocumentFile } from './document-file.entity.js';
import { Document } from './document.entity.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions, intakeLimits } from './documents.options.js';
import { OcrThreads } from './ocr-threads.provider.js';
import { JOB_DOCUMENT_OCR } from './pipeline.js';
import { takeIncomingNumber } from './incoming-number.js';
import { findLiveDocument, isUniqueViolation } from './live-document.js';

export const EDXML_MIME_TYPE = 'application/xml';
const MAX_ATTACHMENTS = 20;

const noReadableAttachment = (reason: AppError | null) =>
  new AppError(
    'EDXML_NO_DOCUMENT',
    422,
    `Gói tin edXML không có tệp văn bản đọc được (PDF, PNG, JPEG, TIFF)${reason ? `: ${reason.messageVi}` : '.'}`,
    `The edXML package holds no readable document file (PDF, PNG, JPEG, TIFF)${reason ? `: ${reason.messageEn}` : '.'}`,
    reason ? { cause: reason.code } : {},
  );

/**
 * Takes in an edXML package: parses and checks it completely first (a malformed package is refused
 * with its reason and leaves no row behind), then stores the package and its attachments and, in
 * one transaction, the document (its header kept), its files and the first pipeline job. The first
 * attachment congvan can read is the document's text; the others are kept as annexes.
 */
@Injectable()
export class EdxmlImporter {
  private readonly logger = new Logger(EdxmlImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly threads: OcrThreads,
  ) {}

  async import(
    bytes: Buffer,
    originalName: string,
    uploader: { id: string; organisation: string | null } | null,
  ): Promise<{ document: Document; duplicate: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const organisation = uploader?.organisation ?? '';
    const existing = await findLiveDocument(this.dataSource.manager, organisation, sha256);
    if (existing) return { document: existing, duplicate: true };

    const limits = intakeLimits(this.options);
    const pkg = parseEdxml(bytes, {
      maxBytes: this.options.maxBytes,
      maxAttachmentBytes: this.options.maxBytes,
      maxAttachments: MAX_ATTACHMENTS,
    });
    const typed = await Promise.all(pkg.attachments.map((a) => this.typeOf(a, limits)));
    const main = typed.findIndex((t) => t.mimeType !== null);
    if (main < 0) throw noReadableAttachment(typed.find((t) => t.error)?.error ?? null);

    await this.storage.put(bytes);
    const files: Array<Omit<DocumentFile, 'id' | 'document' | 'documentId'>> = [];
    for (const [position, attachment] of pkg.attachments.entries()) {
      const stored = await this.storage.put(attachment.bytes);
      files.push({
        position,
        role: position === main ? ('main' as const) : ('annex' as const),
        name: attachment.name,
        sha256: stored.sha256,
        mimeType: typed[position].mimeType,
        sizeBytes: stored.sizeBytes,
      });
    }
    let document: Document;
    try {
      document = await this.store(bytes, sha256, originalName, organisation, uploader?.id ?? null, pkg.header, files);
    } catch (error) {
      // The same package taken in twice at once (upload and inbox): the second gets the first's row.
      const winner =
        isUniqueViolation(error) && (await findLiveDocument(this.dataSource.manager, organisation, sha256));
      if (!winner) throw error;
      return { document: winner, duplicate: true };
    }
    this.logger.log({
      msg: 'edXML package received',
      documentId: document.id,
      from: pkg.header.from.organId,
      attachments: files.length,
      wrapper: pkg.wrapper,
    });
    return { document, duplicate: false };
  }

  private store(
    bytes: Buffer,
    sha256: string,
    originalName: string,
    organisation: string,
    uploadedById: string | null,
    header: EdxmlHeader,
    files: Array<Omit<DocumentFile, 'id' | 'document' | 'documentId'>>,
  ): Promise<Document> {
    return this.dataSource.transaction(async (tx) => {
      // A package received is registered like a scan: its số đến in the same transaction.
      const entry = await takeIncomingNumber(tx, organisation);
      const created = await tx.save(
        Document,
        tx.create(Document, {
          ...entry,
          sha256,
          originalName: originalName,
          mimeType: EDXML_MIME_TYPE,
          sizeBytes: bytes.length,
          status: 'received',
          source: 'edxml',
          edxml: header,
          organisation,
          uploadedById,
        }),
      );
      await tx.insert(
        DocumentFile,
        files.map((file) => ({ ...file, documentId: created.id })),
      );
      await this.jobs.enqueue(JOB_DOCUMENT_OCR, { documentId: created.id }, tx);
      return created;
    });
  }

  private async typeOf(
    attachment: EdxmlAttachment,
    limits: { maxBytes: number; maxPages: number; maxPixels: number },
  ): Promise<{ mimeType: string | null; error: AppError | null }> {
    try {
      return { mimeType: (await this.threads.intake.detect(attachment.bytes, limits)).mimeType, error: null };
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { mimeType: null, error };
    }
  }
}
