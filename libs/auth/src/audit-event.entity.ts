import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when and from where: logins, password changes, dispatches, closes, signings. */
@Entity()
@Index(['action', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** Dot names: auth.login, auth.login_failed, auth.password_changed, directive.dispatched, task.closed ... */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details: Record<string, unknown>;
}
