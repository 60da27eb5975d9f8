import type { DocumentFormat } from './document-formats.js';

/**
 * Everything a reply template needs, as plain data (no entities, no DB ids). Text values are
 * Vietnamese with diacritics, NFC; dates are ISO strings.
 */
export const REPLY_DOCUMENT_KINDS = ['unit_report', 'summary_report', 'reminder'] as const;
export type ReplyDocumentKind = (typeof REPLY_DOCUMENT_KINDS)[number];

export const DOCUMENT_SYSTEMS = ['state', 'party'] as const;
/** state: Nghị định 30/2020/NĐ-CP Phụ lục I; party: Hướng dẫn 36-HD/VPTW. */
export type DocumentSystem = (typeof DOCUMENT_SYSTEMS)[number];

/** Signing forms: state writes "TM." / "KT." ...; party writes "T/M" / "K/T" / "T/L". */
export type SignerAuthority = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.' | 'T/M' | 'K/T' | 'T/L' | null;

export interface ReplyIssuer {
  /** Cơ quan chủ quản / cấp trên (e.g. "UBND HUYỆN MỸ ĐỨC", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"), or null. */
  parent: string | null;
  /** The issuing body, upper case; "\n" forces a line break in the header. */
  name: string;
  /** How the body names itself inside sentences ("Phòng Nội vụ huyện Mỹ Đức"). */
  nameInText?: string;
}

/** The directive the reply answers (or reminds about). */
export interface DirectiveCitation {
  /** Tên loại as written in sentences: "Công văn", "Kế hoạch", "Quyết định". */
  kind: string;
  /** Null while the cited document has no number. */
  number: string | number | null;
  /** Ký hiệu: "CV/BTCTU" (party: joined with "-") or "UBND-NV" (state: joined with "/"). */
  symbol: string | null;
  /** ISO date of the cited document (YYYY-MM-DD, or YYYY-MM when the day was left blank). */
  date: string | null;
  /** "Ban Tổ chức Thành ủy"; null when unknown. */
  issuer: string | null;
  /** Trích yếu of the cited document, without "V/v". */
  subject?: string | null;
  /** The deadline it set for reports (ISO date), if any. */
  deadline?: string | null;
}

export const RESULT_STATUSES = ['done', 'late', 'not_reported'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export interface ResultRow {
  unit: string;
  status: ResultStatus;
  /** ISO date or date-time of the unit's report; null when not reported. */
  reportedAt: string | null;
  note?: string | null;
}

export type BodySection =
  | { kind: 'paragraph'; heading?: string | null; text: string }
  | { kind: 'items'; heading?: string | null; style: 'numbered' | 'dash'; items: string[] }
  | { kind: 'results'; heading?: string | null; rows: ResultRow[] };

export interface ReplySigner {
  authority: SignerAuthority;
  /** The collective body for TM./T/M ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ"); null otherwise. */
  body: string | null;
  /** The head's title ("CHỦ TỊCH", "BÍ THƯ") or, without authority, the signer's own title. */
  title: string;
  /** The signer's own title when signing for the head (KT./TL./TUQ.): "PHÓ CHỦ TỊCH". */
  deputyTitle?: string | null;
  name: string;
}

export interface ReplyDocumentModel {
  system: DocumentSystem;
  /**
   * The format version (nd30, hd36, hd05); left out, the document's date chooses it
   * (document-formats.ts). Set from the issuing organisation's override when it has one.
   */
  format?: DocumentFormat | null;
  kind: ReplyDocumentKind;
  issuer: ReplyIssuer;
  /** Null until the clerk numbers it: the line is printed with a blank ("Số:      /BC-UBND"). */
  number: string | number | null;
  /** Ký hiệu: "BC-UBND", "UBND-NV" (state) or "BC/HU", "CV/HU" (party). */
  symbol: string;
  /** Địa danh: "Mỹ Đức". */
  place: string;
  /** ISO date YYYY-MM-DD; YYYY-MM leaves the day blank. */
  date: string;
  /** Trích yếu without "V/v" (the template adds it for công văn). */
  subject: string;
  /** Kính gửi entries; empty: no "Kính gửi" block. */
  recipients: string[];
  citation: DirectiveCitation;
  body: BodySection[];
  /** Nơi nhận entries without punctuation ("Như trên", "Lưu: VT, NV"). */
  distribution: string[];
  signer: ReplySigner;
  /** A date the reply asks for (e.g. the reminder's new deadline), ISO; optional. */
  deadline?: string | null;
  /**
   * The signer's handwritten signature as a data: URL (image/png or image/jpeg), placed above the
   * name; set only when the signed PDF is rendered, never stored in the model.
   */
  signatureImage?: string | null;
}
