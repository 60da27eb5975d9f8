import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Task } from './task.entity.js';

export interface Attachment {
  sha256: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
}

/** A unit's answer to a task (báo cáo kết quả), with its attachments. */
@Entity()
export class TaskResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn()
  task: Task;

  @Index()
  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments: Attachment[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
