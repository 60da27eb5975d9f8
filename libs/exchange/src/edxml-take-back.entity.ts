import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Taking a document back (Quyết định 28/2018/QĐ-TTg, status 13, answered by 15 agreed or 16
 * refused). `outgoing`: we take back a reply we sent (`subjectId` the reply); `incoming`: a sender
 * asks to take back a document it sent us (`subjectId` the received document). One per subject.
 */
@Entity()
@Index(['direction', 'subjectId'], { unique: true })
export class EdxmlTakeBack {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  direction: 'outgoing' | 'incoming';

  @Column({ type: 'uuid' })
  subjectId: string;

  /** The DocumentId of the package taken back, as both sides know it (what ResponseFor names). */
  @Column({ type: 'text', nullable: true })
  packageDocumentId: string | null;

  /** The other side's organ (mã định danh). */
  @Column({ type: 'text', nullable: true })
  counterpartOrganId: string | null;

  @Column({ type: 'text', default: 'requested' })
  state: 'requested' | 'accepted' | 'refused';

  /** Why it is taken back (the 13's description). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The answer's description (why a take-back was refused). */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;
}
