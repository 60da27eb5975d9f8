import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '@congvan/documents';
import type { ReplyEvidence } from './match-reply.js';

/**
 * applied: the incoming document was attached to the unit's tasks and closed them, for the issuer
 * to accept or undo; accepted / undone: the issuer's decision; pending: it waits for the clerk
 * (`reason` says why); resolved: the clerk chose the directive and unit; dismissed: not an answer.
 */
export const REPLY_MATCH_STATUSES = ['applied', 'accepted', 'undone', 'pending', 'resolved', 'dismissed'] as const;
export type ReplyMatchStatus = (typeof REPLY_MATCH_STATUSES)[number];

/** What congvan decided about one incoming document that cites a directive of ours. */
@Entity()
export class ReplyMatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn()
  document: Document;

  /** The incoming document (the unit's report). */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  directive: Document | null;

  /** The directive it answers; null while several are possible. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  directiveId: string | null;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Index()
  @Column({ type: 'text' })
  status: ReplyMatchStatus;

  /** Why it waits for the clerk (several_directives, unknown_unit, no_open_task, …). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The directives it may answer, when it waits. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  candidateIds: string[];

  @Column({ type: 'jsonb' })
  evidence: ReplyEvidence;

  /** The tasks closed, each with the status it had, so undo puts it back. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  tasks: Array<{ taskId: string; responseId: string; previousStatus: string }>;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
