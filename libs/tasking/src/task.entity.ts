import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Document } from '@congvan/documents';
import { Unit } from '@congvan/organisation';

/**
 * open → closed (the unit answered and closed it) → accepted, or returned (with a reason) → closed
 * again. Overdue is not a state: it is an open or returned task past its due day. An open or
 * returned task is cancelled when its directive is taken back by its sender (edXML status 15): it is
 * kept with its history but no longer reported, reminded, counted or overdue.
 */
export const TASK_STATUSES = ['open', 'closed', 'accepted', 'returned', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What a person reads for each status (the web interface and the exports say the same). */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  open: 'Chưa báo cáo',
  returned: 'Bị trả lại',
  closed: 'Đã báo cáo',
  accepted: 'Đã chấp nhận',
  cancelled: 'Đã hủy',
};

/** The states in which a unit still owes a report: the only ones reminded, counted as not reported or overdue. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['open', 'returned'];

/** The database's check of a task state (migration 1764290000000). */
export const TASK_STATUS_CHECK = `"status" IN ('open', 'closed', 'accepted', 'returned', 'cancelled')`;

@Entity()
@Check('CHK_task_status', TASK_STATUS_CHECK)
@Index(['documentId', 'requirementRef', 'unitId', 'occurrence'], { unique: true })
@Index(['unitId', 'status', 'dueOn'])
@Index(['unitId', 'dueOn', 'createdAt', 'id'])
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT' })
  @JoinColumn()
  document: Document;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  requirementRef: string;

  @Column({ type: 'text' })
  requirementText: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit: Unit;

  @Column({ type: 'uuid' })
  unitId: string;

  /** The Kính gửi line that named the unit. */
  @Column({ type: 'text' })
  recipientLine: string;

  /**
   * Set when the units the directive addressed were merged into this one before dispatch: which
   * units, which successor, since when, in Vietnamese, shown with the task.
   */
  @Column({ type: 'text', nullable: true })
  transferNote: string | null;

  /** Last day on which the work is on time; null when the directive sets no deadline. */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** '' for a one-off task, else the occurrence date of a recurring deadline. */
  @Column({ type: 'text', default: '' })
  occurrence: string;

  @Column({ type: 'text', nullable: true })
  deadlineText: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reportTo: string[];

  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;

  /** When the task was cancelled (its directive taken back); the why is in its events. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
