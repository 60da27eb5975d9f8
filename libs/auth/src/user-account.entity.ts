import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from './roles.js';

export type LockReason = 'failed_logins' | 'rotation_overdue' | 'disabled';

/** `lockedUntil` of an account locked until an administrator lifts the lock. */
export const FOREVER = new Date('9999-12-31T00:00:00Z');

@Entity()
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower case; what the person types to sign in. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  /** argon2id hash; never logged, never returned. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'timestamptz' })
  passwordChangedAt: Date;

  @Column({ type: 'integer', default: 0 })
  failedLoginCount: number;

  /** Locked until this time; far future for locks only an administrator lifts. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lockReason: LockReason | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
