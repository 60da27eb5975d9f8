import type { EdxmlHeader } from '@congvan/edxml';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where a document stands in the pipeline. The state lives on the row, not in the queue:
 * received ─ocr→ text_ready ─extract→ extracted ─clerk review→ reviewed ─assign→ tasked;
 * any stage may end in failed, with the stage, a code and the reason in both languages.
 */
export const DOCUMENT_STATUSES = ['received', 'text_ready', 'extracted', 'reviewed', 'tasked', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentFailure {
  stage: 'intake' | 'ocr' | 'extract';
  code: string;
  messageVi: string;
  messageEn: string;
  at: string;
}

/** The failure recorded for `error` at `stage`, dated now. */
export function documentFailure(
  stage: DocumentFailure['stage'],
  error: { code: string; messageVi: string; messageEn: string },
): DocumentFailure {
  return {
    stage,
    code: error.code,
    messageVi: error.messageVi,
    messageEn: error.messageEn,
    at: new Date().toISOString(),
  };
}

@Entity()
// One live document per file and organisation: a deleted one (a refused upload) frees its file.
@Index('IDX_document_organisation_sha256', ['organisation', 'sha256'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('IDX_document_incoming_number', ['organisation', 'incomingYear', 'incomingNumber'], { unique: true })
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The original's content address; one document per content and organisation, so re-uploads are detected. */
  @Column({ type: 'text' })
  sha256: string;

  /** The registry of the clerk who uploaded it ('' for none: a clerk without a unit, the inbox folder). */
  @Column({ type: 'text', default: '' })
  organisation: string;

  /** The registry unit that issued the directive, found at dispatch; its leaders follow the directive's tasks. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  issuerUnitId: string | null;

  /**
   * Sổ văn bản đến: the số đến, sequential per organisation and year of the ngày đến, given in the
   * transaction that registers the document (null for an upload refused at intake).
   */
  @Column({ type: 'integer', nullable: true })
  incomingNumber: number | null;

  @Column({ type: 'integer', nullable: true })
  incomingYear: number | null;

  /** Ngày đến, YYYY-MM-DD in Vietnam. */
  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  /** The name the file had on the clerk's machine, for display only (never a path). */
  @Column({ type: 'text' })
  originalName: string;

  /** Type decided from the bytes, not the name: application/pdf, image/png, image/jpeg, image/tiff. */
  @Column({ type: 'text', nullable: true })
  mimeType: string | null;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Index()
  @Column({ type: 'text' })
  status: DocumentStatus;

  @Column({ type: 'jsonb', nullable: true })
  failure: DocumentFailure | null;

  /** Progress of the text stage, page by page. */
  @Column({ type: 'integer', default: 0 })
  pagesDone: number;

  @Column({ type: 'integer', nullable: true })
  pageCount: number | null;

  /** 'text-layer' (born-digital PDF), 'ocr' (scan) or 'mixed'. */
  @Column({ type: 'text', nullable: true })
  textSource: string | null;

  /** 'upload' (a scan or PDF, from a clerk or the inbox) or 'edxml' (an electronic exchange package). */
  @Column({ type: 'text', default: 'upload' })
  source: 'upload' | 'edxml';

  /** The package header of an edXML document, as read (dates ISO); null for an upload. */
  @Column({ type: 'jsonb', nullable: true })
  edxml: EdxmlHeader | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  /** Set when the clerk deleted a refused upload: hidden everywhere (the access policy), kept for the audit. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;

  /**
   * Set when the clerk gave the document back to its sender (edXML status 15): the directive is
   * "Đã bị thu hồi", its open tasks cancelled, nothing more planned or reminded on it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  takenBackAt: Date | null;

  /** The sender that took it back, by name (else its mã định danh). */
  @Column({ type: 'text', nullable: true })
  takenBackBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
