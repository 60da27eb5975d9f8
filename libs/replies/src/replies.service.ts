import { Inject, Injectable } from '@nestjs/common';
import { type Page, pageOrList } from '@congvan/common/http';
import type { ReplySort } from './replies.dto.js';
import type forge from 'node-forge';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  accessCondition,
  AuditLog,
  type AuthUser,
  authorize,
  binder,
  mayIssueFor,
  type ReplyAction,
  UserAccount,
} from '@congvan/auth';
import { Unit } from '@congvan/organisation';
import { renderDocx, type ReplyDocumentModel } from '@congvan/rendering';
import { FileStorage } from '@congvan/storage';
import { checkIssuingAuthority, formatOverrideOf } from './issuing-rules.js';
import { nextRegisterNumber } from './next-register-number.js';
import { signPdf, verifyPdfSignature, type SignatureVerdict } from './pdf-signature.js';
import { signatureDataUrl } from './signature-image.js';
import { summarise } from './signature-summary.js';
import { RenderingProvider } from './rendering.provider.js';
import { draftIncomplete, missingForSubmission, normaliseDraftDates } from './draft-checks.js';
import { ReplyDocument, type ReplyKind, type ReplyStatus } from './reply-document.entity.js';
import { ReplyTemplate } from './reply-template.entity.js';
import {
  badCertificate,
  documentNotVisible,
  issuerNotAllowed,
  issuerRequired,
  replyNotFound,
  replyStateConflict,
  templateMismatch,
  templateNotFound,
} from './replies.errors.js';

/** The roots a signer must chain to (SIGNATURE_TRUSTED_ROOTS), for verify. */
export const TRUSTED_ROOTS = Symbol('TRUSTED_ROOTS');

const REPLY_SORT_SQL: Record<ReplySort, string> = {
  createdAt: 'created_at',
  signedAt: 'signed_at',
  status: 'status',
  number: 'number',
};

export interface ReplyListQuery {
  status?: ReplyStatus;
  documentId?: string;
  kind?: ReplyKind;
  sort?: ReplySort;
  order?: 'asc' | 'desc';
  paged?: boolean;
  limit: number;
  offset: number;
}

export interface ReplyListItem {
  id: string;
  kind: ReplyKind;
  system: 'state' | 'party';
  status: ReplyStatus;
  docType: string;
  number: number | null;
  year: number | null;
  documentId: string | null;
  issuerUnitId: string;
  subject: string | null;
  returnedReason: string | null;
  createdAt: Date;
  signedAt: Date | null;
}

export interface NewReply {
  kind: ReplyKind;
  system: 'state' | 'party';
  documentId?: string;
  /** The body that issues it; a unit admin's is its unit when left out. */
  issuerUnitId?: string;
  docType: string;
  model: Record<string, unknown>;
  /** A user template for this kind and system; default the built-in one. */
  templateId?: string;
}

/**
 * Outgoing documents: draft → submitted → signed → issued, or returned by the leader with a reason.
 * The number is taken from the issuer's register at signing, inside the signing transaction, so a
 * failed signature gives no number and two signings never share one.
 */
@Injectable()
export class RepliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly rendering: RenderingProvider,
    private readonly audit: AuditLog,
    @Inject(TRUSTED_ROOTS) private readonly trustedRoots: forge.pki.Certificate[],
  ) {}

  /**
   * A new draft in the name of a body the caller may act for (access policy, mayIssueFor): a unit
   * admin's own unit (the default), a unit of a clerk's organisation. An unknown issuer is a 422,
   * one the caller may not act for a 403; the answered document must be one the caller sees.
   */
  async create(user: AuthUser, input: NewReply): Promise<ReplyDocument> {
    const issuerUnitId = input.issuerUnitId ?? (user.role === 'unit_admin' ? user.unitId : null);
    if (!issuerUnitId) throw issuerRequired(null);
    const issuer = await this.dataSource.getRepository(Unit).findOneBy({ id: issuerUnitId });
    if (!issuer) throw issuerRequired(issuerUnitId);
    if (!mayIssueFor(user, issuer)) throw issuerNotAllowed(issuerUnitId);
    if (input.documentId)
      await authorize(this.dataSource.manager, user, 'document', 'read', input.documentId, () =>
        documentNotVisible(input.documentId!),
      );
    const units = new Map((await this.dataSource.getRepository(Unit).find()).map((u) => [u.id, u]));
    const format = formatOverrideOf(issuer, units, input.system);
    const model = {
      ...normaliseDraftDates(input.model),
      system: input.system,
      kind: input.kind,
      number: null,
      format,
    } as unknown as ReplyDocumentModel;
    checkIssuingAuthority({
      system: input.system,
      docType: input.docType,
      date: typeof model.date === 'string' ? model.date : null,
      issuer,
      units,
      format,
    });
    const templateId = input.templateId ?? null;
    let source: string | undefined;
    if (templateId) {
      await authorize(this.dataSource.manager, user, 'template', 'read', templateId, () =>
        templateNotFound(templateId),
      );
      const template = await this.dataSource.getRepository(ReplyTemplate).findOneByOrFail({ id: templateId });
      if (template.kind !== input.kind || template.system !== input.system) throw templateMismatch(template, input);
      source = template.source;
    }
    // Refuses a model the template cannot render, before anything is stored (no page built, no font read).
    this.rendering.check(model, source);
    const repository = this.dataSource.getRepository(ReplyDocument);
    return repository.save(
      repository.create({
        ...input,
        issuerUnitId,
        templateId,
        documentId: input.documentId ?? null,
        model: model as unknown as Record<string, unknown>,
        status: 'draft',
        createdById: user.id,
      }),
    );
  }

  /**
   * Replies newest first. A leader sees the body it signs for, a unit admin its own unit's; clerks
   * and administrators see all.
   */
  /** Newest first unless sorted otherwise; `paged` answers `{ items, total, limit, offset }`. */
  async list(user: AuthUser, query: ReplyListQuery): Promise<Page<ReplyListItem> | ReplyListItem[]> {
    const values: unknown[] = [
      query.status ?? null,
      query.documentId ?? null,
      query.limit,
      query.offset,
      query.kind ?? null,
    ];
    const visible = accessCondition(user, 'reply', 'read', 'r', binder(values));
    const direction = (query.order ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
    const rows: Array<ReplyListItem & { total: number }> = await this.dataSource.query(
      `SELECT id, kind, system, status, doc_type AS "docType", number, year, document_id AS "documentId", issuer_unit_id AS "issuerUnitId",
              model ->> 'subject' AS subject, returned_reason AS "returnedReason", created_at AS "createdAt", signed_at AS "signedAt",
              count(*) OVER ()::int AS total
         FROM reply_document r
        WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR document_id = $2)
          AND ($5::text IS NULL OR kind = $5) AND ${visible}
        ORDER BY ${REPLY_SORT_SQL[query.sort ?? 'createdAt']} ${direction} NULLS LAST, created_at DESC, id DESC
        LIMIT $3 OFFSET $4`,
      values,
    );
    return pageOrList(rows, query, async () => {
      const [{ n }] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM reply_document r WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR document_id = $2)
            AND ($5::text IS NULL OR kind = $5) AND ${visible} AND $3::int IS NOT NULL AND $4::int IS NOT NULL`,
        values,
      );
      return n as number;
    });
  }

  /** The author edits the model of a draft or a returned document (e.g. fills the placeholders). */
  async update(user: AuthUser, id: string, model: Record<string, unknown>): Promise<ReplyDocument> {
    return this.dataSource.transaction(async (tx) => {
      const reply = await this.locked(tx, user, id, 'author');
      if (reply.status !== 'draft' && reply.status !== 'returned') throw replyStateConflict(reply.status, 'sửa / edit');
      // The organisation's format stays pinned; without one, the (possibly new) date chooses it.
      const pinned = (reply.model as { format?: unknown }).format ?? null;
      const next = {
        ...normaliseDraftDates(model),
        system: reply.system,
        kind: reply.kind,
        number: null,
        format: pinned,
      } as unknown as ReplyDocumentModel;
      this.rendering.check(next, await this.sourceOf(reply.templateId, tx));
      reply.model = next as unknown as Record<string, unknown>;
      await tx.save(ReplyDocument, reply);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply.edited',
        targetType: 'reply_document',
        targetId: id,
      });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }

  async get(user: AuthUser, id: string): Promise<ReplyDocument> {
    await authorize(this.dataSource.manager, user, 'reply', 'read', id, () => replyNotFound(id));
    const reply = await this.dataSource.getRepository(ReplyDocument).findOneBy({ id });
    if (!reply) throw replyNotFound(id);
    return reply;
  }

  async preview(user: AuthUser, id: string): Promise<string> {
    const reply = await this.get(user, id);
    return this.render(reply.templateId, reply.model as unknown as ReplyDocumentModel);
  }

  /** The signed PDF once signed; before that, a rendering of the current draft. */
  async pdf(user: AuthUser, id: string): Promise<Buffer> {
    const reply = await this.get(user, id);
    if (reply.signedPdfSha256) return this.storage.get(reply.signedPdfSha256);
    return this.rendering.pdfOfHtml(await this.render(reply.templateId, reply.model as unknown as ReplyDocumentModel));
  }

  /** The reply's own template source, or undefined for the built-in one of its kind and system. */
  private async sourceOf(templateId: string | null, manager = this.dataSource.manager): Promise<string | undefined> {
    if (!templateId) return undefined;
    const template = await manager.findOneBy(ReplyTemplate, { id: templateId });
    if (!template) throw templateNotFound(templateId);
    return template.source;
  }

  /** HTML of the model with the reply's own template, or the built-in one for its kind and system. */
  private async render(templateId: string | null, model: ReplyDocumentModel, manager?: EntityManager): Promise<string> {
    const source = await this.sourceOf(templateId, manager);
    return source === undefined ? this.rendering.html(model) : this.rendering.customHtml(source, model);
  }

  async docx(user: AuthUser, id: string): Promise<Buffer> {
    return renderDocx((await this.get(user, id)).model as unknown as ReplyDocumentModel);
  }

  /** Goes for signature only complete: Địa danh, Kính gửi, the signer's name and no placeholder left. */
  submit(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, 'author', ['draft', 'returned'], 'submitted', 'reply.submitted', async (_tx, reply) => {
      const missing = missingForSubmission(reply.model);
      if (missing.length > 0) throw draftIncomplete(missing);
    });
  }

  returnToAuthor(user: AuthUser, id: string, reason: string): Promise<ReplyDocument> {
    return this.move(user, id, 'sign', ['submitted'], 'returned', 'reply.returned', async (tx) => {
      await tx.update(ReplyDocument, { id }, { returnedReason: reason });
    });
  }

  issue(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, 'issue', ['signed'], 'issued', 'reply.issued');
  }

  /**
   * Numbers the document in its register, renders it (with the handwritten signature image, if
   * given, above the signer's name) and signs the PDF with the leader's certificate. Submission
   * requires the signer's name; a document submitted before that rule with none gets the signing
   * leader's own name.
   */
  async sign(
    user: AuthUser,
    id: string,
    p12: Buffer,
    passphrase: string,
    ip: string | null,
    signatureImage?: Buffer,
  ): Promise<ReplyDocument> {
    await authorize(this.dataSource.manager, user, 'reply', 'sign', id, () => replyNotFound(id));
    const signatureUrl = signatureImage ? await signatureDataUrl(signatureImage) : null;
    return this.dataSource.transaction(async (tx) => {
      const reply = await this.locked(tx, user, id, 'sign');
      if (reply.status !== 'submitted') throw replyStateConflict(reply.status, 'ký / sign');
      const year = Number(String((reply.model as { date?: string }).date ?? new Date().toISOString()).slice(0, 4));
      const number = await nextRegisterNumber(tx, reply.issuerUnitId, reply.docType, year);
      const current = reply.model as unknown as ReplyDocumentModel;
      const signerName =
        current.signer?.name?.trim() ||
        (await tx.findOneBy(UserAccount, { id: user.id }))?.displayName ||
        user.username;
      const model = {
        ...current,
        number: String(number).padStart(2, '0'),
        signer: { ...current.signer, name: signerName },
      } as ReplyDocumentModel;
      const unsigned = await this.rendering.pdfOfHtml(
        await this.render(reply.templateId, { ...model, signatureImage: signatureUrl }, tx),
      );
      let signed: Buffer;
      try {
        signed = await signPdf(unsigned, p12, passphrase, {
          name: signerName,
          reason: 'Ký ban hành văn bản',
          location: model.place ?? '',
        });
      } catch {
        throw badCertificate();
      }
      const stored = await this.storage.put(signed);
      await tx.save(
        ReplyDocument,
        tx.merge(ReplyDocument, reply, {
          status: 'signed',
          number,
          year,
          model: model as unknown as Record<string, unknown>,
          signedById: user.id,
          signedAt: new Date(),
          signedPdfSha256: stored.sha256,
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply.signed',
        targetType: 'reply_document',
        targetId: id,
        ip,
        details: { number, year, docType: reply.docType, signatureImage: signatureUrl !== null },
      });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }

  /** Integrity and trust, reported separately, with a sentence for the reader in both languages. */
  verify(pdf: Buffer): SignatureVerdict & { summary: string; summaryEn: string } {
    const verdict = verifyPdfSignature(pdf, this.trustedRoots);
    return { ...verdict, ...summarise(verdict) };
  }

  /** The reply row-locked, once the access policy lets `user` do `action` on it (404 unseen, 403 seen). */
  private async locked(tx: EntityManager, user: AuthUser, id: string, action: ReplyAction): Promise<ReplyDocument> {
    await authorize(tx, user, 'reply', action, id, () => replyNotFound(id));
    const reply = await tx.findOne(ReplyDocument, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!reply) throw replyNotFound(id);
    return reply;
  }

  private move(
    user: AuthUser,
    id: string,
    access: ReplyAction,
    from: ReplyStatus[],
    to: ReplyStatus,
    action: string,
    extra?: (tx: EntityManager, reply: ReplyDocument) => Promise<void>,
  ): Promise<ReplyDocument> {
    return this.dataSource.transaction(async (tx) => {
      const reply = await this.locked(tx, user, id, access);
      if (!from.includes(reply.status)) throw replyStateConflict(reply.status, action);
      await extra?.(tx, reply);
      await tx.update(ReplyDocument, { id }, { status: to });
      await this.audit.record(tx, { actorId: user.id, action, targetType: 'reply_document', targetId: id });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }
}
