import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Directive } from '@congvan/extraction';
import { Document } from './document.entity.js';

/**
 * The directive read from a document: what the extractor produced (kept unchanged for comparison)
 * and the version the clerk corrected and confirmed.
 */
@Entity()
export class DirectiveDraft {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @OneToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn()
  document: Document;

  /** Directive JSON (shared/contracts/directive.schema.json) as extracted. */
  @Column({ type: 'jsonb' })
  extracted: Record<string, unknown>;

  /** Per field: confidence and the span of text it came from. */
  @Column({ type: 'jsonb' })
  evidence: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings: string[];

  /** Fields where an edXML header and the text disagree (the header's value was kept), for review. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  disagreements: Array<{ field: string; header: unknown; extracted: unknown }>;

  /** The clerk's corrected version; null until the first correction. */
  @Column({ type: 'jsonb', nullable: true })
  reviewed: Record<string, unknown> | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The directive the clerk works on and dispatch uses: the corrected version if any, else the extracted one. */
export function currentDirective(draft: DirectiveDraft): Directive {
  return (draft.reviewed ?? draft.extracted) as unknown as Directive;
}

/** currentDirective in SQL, for the directive_draft row aliased `alias`. */
export const currentDirectiveSql = (alias: string) => `coalesce(${alias}.reviewed, ${alias}.extracted)`;
