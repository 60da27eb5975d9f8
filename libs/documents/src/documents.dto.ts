import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_OFFSET } from '@congvan/common/http';
import type { EdxmlHeader } from '@congvan/edxml';
import { DOCUMENT_STATUSES, type Document, type DocumentFailure, type DocumentStatus } from './document.entity.js';
import { currentDirective, type DirectiveDraft } from './directive-draft.entity.js';

export class ListDocumentsQueryDto {
  /** Words to find in the text, accent-insensitive ("mat khau" finds "mật khẩu"). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

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
}

export function toDocumentView(document: Document): DocumentView {
  return {
    id: document.id,
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
}

export function toDirectiveDraftView(draft: DirectiveDraft): DirectiveDraftView {
  return {
    documentId: draft.documentId,
    extracted: draft.extracted,
    evidence: draft.evidence,
    warnings: draft.warnings,
    reviewed: draft.reviewed,
    disagreements: draft.disagreements,
    current: currentDirective(draft) as unknown as Record<string, unknown>,
    confirmedAt: draft.confirmedAt?.toISOString() ?? null,
  };
}
