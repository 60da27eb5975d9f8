import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/**
 * What kind of body a unit is. Recipient lines name units by kind ("21 phường thuộc quận",
 * "các trường MN, TH, THCS công lập"), so resolution works on these values.
 */
export const UNIT_KINDS = [
  'people_committee', // Ủy ban nhân dân (quận, huyện)
  'party_committee', // Quận ủy, Huyện ủy, Đảng ủy
  'party_board', // Ban Tổ chức, Ban Tuyên giáo, Văn phòng ... của cấp ủy
  'specialised_office', // phòng chuyên môn
  'public_service_unit', // đơn vị sự nghiệp
  'ward', // phường (Ủy ban nhân dân phường)
  'commune', // xã (Ủy ban nhân dân xã)
  'township', // thị trấn (abolished with the districts on 1 July 2025)
  'special_zone', // đặc khu (Luật 72/2025/QH15, from 1 July 2025)
  'council_office', // Văn phòng HĐND và UBND xã/phường (NĐ 150/2025/NĐ-CP)
  'service_centre', // Trung tâm Phục vụ hành chính công xã/phường
  'school_preschool', // trường mầm non
  'school_primary', // trường tiểu học
  'school_lower_secondary', // trường trung học cơ sở
  'association', // hội
  'mass_organisation', // Mặt trận, đoàn thể
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

@Entity()
// One organ, one mã định danh; checked at commit, so an import may move identifiers between units.
@Unique(['identifier'], { deferrable: 'INITIALLY DEFERRED' })
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable identifier used by imports and exports, e.g. "dongda.ward.cat-linh". */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: UnitKind;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  parent: Unit | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** Title of the person a directive addresses: Chủ tịch, Hiệu trưởng, Thủ trưởng, Bí thư. */
  @Column({ type: 'text', nullable: true })
  headTitle: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** Wards merge and are renamed: a unit is valid from/to these dates (null = open). */
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Mã định danh điện tử (Quyết định 20/2020/QĐ-TTg), e.g. "000.00.01.H01"; null when not known. */
  @Column({ type: 'text', nullable: true })
  identifier: string | null;

  /** The unit that took over this one's work when it was merged or dissolved (many old → one new). */
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  successor: Unit | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  successorId: string | null;

  /** The day the successor took over (the first day this unit no longer exists). */
  @Column({ type: 'date', nullable: true })
  successorSince: string | null;

  /**
   * Per system ("state", "party"), the format version ("nd30", "hd36", "hd05") this unit and the
   * units under it write in, instead of the one the document's date chooses.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  formatOverrides: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
