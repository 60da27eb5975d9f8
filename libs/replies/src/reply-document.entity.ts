import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const REPLY_KINDS = ['unit_report', 'summary_report', 'reminder'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** draft → submitted → signed → issued; a leader may return a submitted document with a reason. */
export const REPLY_STATUSES = ['draft', 'submitted', 'returned', 'signed', 'issued'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** An outgoing document (văn bản đi): a unit's report, the issuer's summary, a reminder. */
@Entity()
@Index(['issuerUnitId', 'docType', 'year', 'number'], { unique: true, where: '"number" IS NOT NULL' })
export class ReplyDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ReplyKind;

  @Column({ type: 'text' })
  system: 'state' | 'party';

  /** The directive answered (its document). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  documentId: string | null;

  /** The body that issues and numbers it (the signer signs for it). */
  @Column({ type: 'uuid' })
  issuerUnitId: string;

  /** Register series: the type abbreviation in the symbol (BC, CV, ...). */
  @Column({ type: 'text' })
  docType: string;

  /** A user template (reply_template) used instead of the built-in one; null: built-in. */
  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  /** Everything the template needs, as the author wrote it. */
  @Column({ type: 'jsonb' })
  model: Record<string, unknown>;

  @Column({ type: 'text', default: 'draft' })
  status: ReplyStatus;

  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'integer', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  returnedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'uuid', nullable: true })
  signedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** The signed PDF in file storage. */
  @Column({ type: 'text', nullable: true })
  signedPdfSha256: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
