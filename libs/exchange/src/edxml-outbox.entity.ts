import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A package waiting to leave, or gone: a status package about a received edXML document
 * (`kind` status, `subjectId` the document, `statusCode` 01…06) or an issued reply exported as a
 * document package (`kind` document, `subjectId` the reply). One row per subject and code, so a
 * status is never sent twice. The package itself is in the file store (`sha256`).
 */
@Entity()
@Index(['kind', 'subjectId', 'statusCode'], { unique: true })
@Index(['state', 'createdAt'])
export class EdxmlOutbox {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: 'status' | 'document';

  @Column({ type: 'uuid' })
  subjectId: string;

  /** '' for a document package. */
  @Column({ type: 'text', default: '' })
  statusCode: string;

  /** The organ it goes to (the sender of the document the status is about, or the directive's issuer). */
  @Column({ type: 'text', nullable: true })
  toOrganId: string | null;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text', default: 'queued' })
  state: 'queued' | 'sent' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
