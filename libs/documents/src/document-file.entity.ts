import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from './document.entity.js';

/**
 * A file that came with a document other than its original: the attachments of an edXML package.
 * The `main` one is the document itself (its text is read); the others are annexes.
 */
@Entity()
@Index(['documentId', 'position'], { unique: true })
export class DocumentFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn()
  document: Document;

  @Column({ type: 'uuid' })
  documentId: string;

  /** Order in the package, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  role: 'main' | 'annex';

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  sha256: string;

  /** Detected from the bytes; null when not a type congvan reads (kept, not read). */
  @Column({ type: 'text', nullable: true })
  mimeType: string | null;

  @Column({ type: 'integer' })
  sizeBytes: number;
}
