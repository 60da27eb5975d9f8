import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API token for another system: scoped to one organisation and a set of permissions. Only the
 * SHA-256 of the secret is stored; the secret is shown once, when the token is created.
 */
@Entity()
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The organisation (registry) it acts for: the first segment of its units' codes. */
  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text', array: true })
  permissions: string[];

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  /** The secret's first characters (cvt_ and 6 more), to tell tokens apart in lists. */
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
