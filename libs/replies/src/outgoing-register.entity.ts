import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sổ văn bản đi: the last number given per issuer, document type and year (restarts at 1). */
@Entity()
export class OutgoingRegister {
  @PrimaryColumn({ type: 'uuid' })
  issuerUnitId: string;

  @PrimaryColumn({ type: 'text' })
  docType: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  lastNumber: number;
}
