import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Task, type TaskStatus } from './task.entity.js';

/** Every change of a task's state: who, when, from what to what, and why. */
@Entity()
@Check('CHK_task_event_to_status', `"to_status" IN ('open', 'closed', 'accepted', 'returned', 'cancelled')`)
export class TaskEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn()
  task: Task;

  @Index()
  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  fromStatus: TaskStatus | null;

  @Column({ type: 'text' })
  toStatus: TaskStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
