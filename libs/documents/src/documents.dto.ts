import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_OFFSET } from '@congvan/common/http';
import type { EdxmlHeader } from '@congvan/edxml';
import { DOCUMENT_STATUSES, type Document, type DocumentFailure, type DocumentStatus } from './document.entity.js';
import { currentDirective, type DirectiveDraft } from './directive-draft.entity.js';
import type { DuplicateRef } from './duplicates.js';
import { REGISTER_SORTS, type RegisterSort } from './register-query.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'must be a day YYYY-MM-DD';

/** The register's filters and sort, shared by the list and its export. */
export class RegisterFilterDto {
  /** Words to find in the text or the register fields, accent-insensitive ("mat khau" finds "mật khẩu"). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Part of the issuer's name, accent-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  issuer?: string;

  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

  /** `true`: only documents with a task past its due day and not reported. */
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;

  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) receivedFrom?: string;
  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) receivedTo?: string;
  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) dateFrom?: string;
  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) dateTo?: string;
  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) dueFrom?: string;
  @IsOptional() @Matches(ISO_DAY, { message: DAY_MESSAGE }) dueTo?: string;

  @IsOptional()
  @IsIn(REGISTER_SORTS)
  sort: RegisterSort = 'incomingNumber';

  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}

export class ListDocumentsQueryDto extends RegisterFilterDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

export interface DocumentView {
  id: string;
  originalName: string;
  mimeType: string | null;
  sizeBytes: number;
  sha256: string;
  status: DocumentStatus;
  failure: DocumentFailure | null;
  progress: { pagesDone: number; pageCount: number | null };
  textSource: string | null;
  source: 'upload' | 'edxml';
  /** The package header of an edXML document. */
  edxml: EdxmlHeader | null;
  createdAt: string;
  updatedAt: string;
  /** Số đến, its year and ngày đến; null for an upload refused at intake. */
  incomingNumber: number | null;
  incomingYear: number | null;
  receivedOn: string | null;
  /** "CV số 1100-CV/HU ngày 07/8/2024" once known, else the file name. */
  title: string;
  /** Set when the document was given back to its sender (edXML status 15): "Đã bị thu hồi", when and by whom. */
  takenBack: TakenBack | null;
}

/** A directive its sender took back: when it was given back, and the sender (by name, else mã định danh). */
export interface TakenBack {
  at: string;
  by: string | null;
}

export const takenBackOf = (at: Date | string | null, by: string | null): TakenBack | null =>
  at ? { at: new Date(at).toISOString(), by } : null;

export function toDocumentView(document: Document, title: string = document.originalName): DocumentView {
  return {
    id: document.id,
    title,
    incomingNumber: document.incomingNumber,
    incomingYear: document.incomingYear,
    receivedOn: document.receivedOn,
    originalName: document.originalName,
    mimeType: document.mimeType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    status: document.status,
    failure: document.failure,
    progress: { pagesDone: document.pagesDone, pageCount: document.pageCount },
    textSource: document.textSource,
    source: document.source,
    edxml: document.edxml,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    takenBack: takenBackOf(document.takenBackAt, document.takenBackBy),
  };
}

export interface DirectiveDraftView {
  documentId: string;
  extracted: Record<string, unknown>;
  evidence: Record<string, unknown>;
  warnings: string[];
  reviewed: Record<string, unknown> | null;
  /** Fields where the edXML header and the text disagree; the header's value is in `extracted`. */
  disagreements: DirectiveDraft['disagreements'];
  /** What the clerk works on: the corrected version if any, else the extracted one. */
  current: Record<string, unknown>;
  confirmedAt: string | null;
  /** "CV số 1100-CV/HU ngày 07/8/2024" once known, else the file name. */
  title: string;
  /** The earlier registration of the same directive (issuer, number, symbol, date), if any. */
  duplicateOf: DuplicateRef | null;
}

export function toDirectiveDraftView(
  draft: DirectiveDraft,
  context: { title: string; duplicateOf: DuplicateRef | null },
): DirectiveDraftView {
  return {
    documentId: draft.documentId,
    ...context,
    extracted: draft.extracted,
    evidence: draft.evidence,
    warnings: draft.warnings,
    reviewed: draft.reviewed,
    disagreements: draft.disagreements,
    current: currentDirective(draft) as unknown as Record<string, unknown>,
    confirmedAt: draft.confirmedAt?.toISOString() ?? null,
  };
}
