import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { REPLY_KINDS, type ReplyKind } from './reply-document.entity.js';

export class CreateReplyDto {
  @IsIn(REPLY_KINDS)
  kind: ReplyKind;

  @IsIn(['state', 'party'])
  system: 'state' | 'party';

  @IsOptional() @IsUUID()
  documentId?: string;

  /** The body that issues, numbers and signs it. */
  @IsUUID()
  issuerUnitId: string;

  /** Register series, the type abbreviation: BC, CV, TB ... */
  @IsString() @Matches(/^[A-ZĐ]{1,6}$/u)
  docType: string;

  /** The ReplyDocumentModel the templates render (number is given at signing). */
  @IsObject()
  model: Record<string, unknown>;
}

export class ReturnReplyDto {
  @IsString() @MinLength(3) @MaxLength(2000)
  reason: string;
}

export class SignReplyDto {
  /** Passphrase of the PKCS#12 certificate; used once, never stored or logged. */
  @IsString() @MaxLength(500)
  passphrase: string;
}
