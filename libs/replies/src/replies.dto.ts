import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PagedListQueryDto } from '@congvan/common/http';
import { REPLY_KINDS, REPLY_STATUSES, type ReplyKind, type ReplyStatus } from './reply-document.entity.js';

export class CreateReplyDto {
  @IsIn(REPLY_KINDS)
  kind: ReplyKind;

  @IsIn(['state', 'party'])
  system: 'state' | 'party';

  @IsOptional()
  @IsUUID()
  documentId?: string;

  /** The body that issues, numbers and signs it; a unit admin's own unit when left out. */
  @IsOptional()
  @IsUUID()
  issuerUnitId?: string;

  /** Register series, the type abbreviation: BC, CV, TB ... */
  @IsString()
  @Matches(/^[A-ZĐ]{1,6}$/u)
  docType: string;

  /** The ReplyDocumentModel the templates render (number is given at signing). */
  @IsObject()
  model: Record<string, unknown>;

  /** A user template (GET /templates) of the same kind and system; default the built-in one. */
  @IsOptional()
  @IsUUID()
  templateId?: string;
}

export class ReturnReplyDto {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

export class SignReplyDto {
  /** Passphrase of the PKCS#12 certificate; used once, never stored or logged. */
  @IsString()
  @MaxLength(500)
  passphrase: string;
}

export class UpdateReplyDto {
  /** The whole model again, as edited (drafts and returned documents only). */
  @IsObject()
  model: Record<string, unknown>;
}

export const REPLY_SORTS = ['createdAt', 'signedAt', 'status', 'number'] as const;
export type ReplySort = (typeof REPLY_SORTS)[number];

export class ListRepliesQueryDto extends PagedListQueryDto {
  @IsOptional()
  @IsIn(REPLY_STATUSES)
  status?: ReplyStatus;

  @IsOptional()
  @IsIn(REPLY_KINDS)
  kind?: ReplyKind;

  @IsOptional()
  @IsIn(REPLY_SORTS)
  sort?: ReplySort;

  @IsOptional()
  @IsUUID()
  documentId?: string;
}

export class CreateReplyTemplateDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsIn(REPLY_KINDS)
  kind: ReplyKind;

  @IsIn(['state', 'party'])
  system: 'state' | 'party';

  /** Handlebars source; may include the built-in partials ({{> header-state}}, {{> footer}} ...). */
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  source: string;
}

export class UnitReportDraftDto {
  /** A task of the caller's unit. */
  @IsUUID()
  taskId: string;
}

export class DirectiveReplyDraftDto {
  /** The directive's document. */
  @IsUUID()
  documentId: string;
}
