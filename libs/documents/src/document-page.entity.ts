import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from './document.entity.js';

export interface WordBox {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** The text of one page. A re-run of the OCR stage replaces a document's pages in one transaction. */
@Entity()
@Index(['documentId', 'pageIndex'], { unique: true })
export class DocumentPage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn()
  document: Document;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'integer' })
  pageIndex: number;

  /** Text as read, NFC, for display. */
  @Column({ type: 'text' })
  text: string;

  /** Text after normalisation and post-correction, used for extraction and search. */
  @Column({ type: 'text' })
  normalisedText: string;

  @Column({ type: 'text' })
  source: 'text-layer' | 'ocr';

  /** Mean word confidence 0–100 for OCR'd pages, null for a text layer. */
  @Column({ type: 'real', nullable: true })
  confidence: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  words: WordBox[];

  /** The page's review image (JPEG in file storage), made when the page was read; null for older pages. */
  @Column({ type: 'character', length: 64, nullable: true })
  imageSha256: string | null;
}
