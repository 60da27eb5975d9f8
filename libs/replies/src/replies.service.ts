import { Injectable } from '@nestjs/common';
import { type Page, pageOrList } from '@congvan/common/http';
import type { ReplySort } from './replies.dto.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, AuditLog, type AuthUser, authorize, binder, mayIssueFor } from '@congvan/auth';
import { Unit } from '@congvan/organisation';
import type { ReplyDocumentModel } from '@congvan/rendering';
import { FileStorage } from '@congvan/storage';
import { checkIssuingAuthority, formatOverrideOf } from './issuing-rules.js';
import { ReplyRenderer } from './reply-renderer.js';
import { lockedReply } from './reply-access.js';
import { normaliseDraftDates } from './draft-checks.js';
import { ReplyDocument, type ReplyKind, type ReplyStatus } from './reply-document.entity.js';
import { ReplyTemplate } from './reply-template.entity.js';
import {
  documentNotVisible,
  issuerNotAllowed,
  issuerRequired,
  replyNotFound,
  replyStateConflict,
  templateMismatch,
  templateNotFound,
} from './replies.errors.js';

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
 * Drafts of outgoing documents: created, listed, edited and read (HTML, PDF, DOCX) by those the
 * access policy lets see them. The steps after drafting are ReplyWorkflowService's.
 */
@Injectable()
export class RepliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly renderer: ReplyRenderer,
    private readonly audit: AuditLog,
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
    this.renderer.check(model, source);
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
   * Replies newest first unless sorted otherwise; `paged` answers `{ items, total, limit, offset }`.
   * A leader sees the body it signs for, a unit admin its own unit's; clerks and administrators see all.
   */
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
      const reply = await lockedReply(tx, user, id, 'author');
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
      this.renderer.check(next, await this.renderer.sourceOf(reply.templateId, tx));
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
    return this.renderer.html(reply.templateId, reply.model as unknown as ReplyDocumentModel);
  }

  /** The signed PDF once signed; before that, a rendering of the current draft. */
  async pdf(user: AuthUser, id: string): Promise<Buffer> {
    const reply = await this.get(user, id);
    if (reply.signedPdfSha256) return this.storage.get(reply.signedPdfSha256);
    return this.renderer.pdf(reply.templateId, reply.model as unknown as ReplyDocumentModel);
  }

  async docx(user: AuthUser, id: string): Promise<Buffer> {
    return this.renderer.docx((await this.get(user, id)).model as unknown as ReplyDocumentModel);
  }
}
