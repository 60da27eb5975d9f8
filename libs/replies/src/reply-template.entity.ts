import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReplyKind } from './reply-document.entity.js';

/** A user's own Handlebars template for one kind and system, accepted only after validation and a trial render. */
@Entity()
export class ReplyTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ReplyKind;

  @Column({ type: 'text' })
  system: 'state' | 'party';

  /** Handlebars source (NFC); uses the built-in partials and helpers only. */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** The registry whose users may use it; '' for every organisation. */
  @Column({ type: 'text', default: '' })
  organisation: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
