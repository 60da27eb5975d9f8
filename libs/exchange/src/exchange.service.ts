import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@congvan/common';
import { authorize, type AuthUser } from '@congvan/auth';
import { currentDirective, DirectiveDraft, Document, textFileSha256 } from '@congvan/documents';
import { buildEdxml, type EdxmlHeader, type EdxmlOrgan, joinCode, reachedStatuses } from '@congvan/edxml';
import { Unit } from '@congvan/organisation';
import { ReplyDocument, type SignatureVerdict, verifyPdfSignature } from '@congvan/replies';
import type forge from 'node-forge';
import { FileStorage } from '@congvan/storage';
import { EdxmlOutbox } from './edxml-outbox.entity.js';
import { organOfUnit, receivedDocumentStatus } from './organs.js';
import { OutboxService } from './outbox.service.js';

export const EXCHANGE_TRUSTED_ROOTS = Symbol('EXCHANGE_TRUSTED_ROOTS');
const TYPE_NAMES: Record<string, string> = { BC: 'Báo cáo', CV: 'Công văn', KH: 'Kế hoạch', TB: 'Thông báo' };

const documentNotFound = (id: string) =>
  new AppError('DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy văn bản.', 'Document not found.', { id });
const replyNotFound = (id: string) =>
  new AppError('REPLY_NOT_FOUND', 404, 'Không tìm thấy văn bản đi.', 'Reply not found.', { id });
const replyNotIssued = (status: string) =>
  new AppError(
    'REPLY_NOT_ISSUED',
    409,
    `Chỉ gửi được văn bản đã ban hành (văn bản đang ở trạng thái "${status}").`,
    `Only an issued reply can be sent (it is "${status}").`,
    { status },
  );

/**
 * Outgoing electronic exchange: status packages about received edXML documents (01 arrived …
 * 06 done, from the document's and its tasks' states), issued replies exported as edXML packages
 * with ResponseFor, all written to the outbox (OutboxService delivers them).
 */
@Injectable()
export class ExchangeService {
  private readonly logger = new Logger(ExchangeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
    @Inject(EXCHANGE_TRUSTED_ROOTS) private readonly trustedRoots: forge.pki.Certificate[],
  ) {}

  /**
   * The signature of a received document's PDF (the main file of an edXML package, or the upload):
   * integrity, signer, and whether the signer chains to SIGNATURE_TRUSTED_ROOTS.
   */
  async verifyDocument(
    user: AuthUser,
    documentId: string,
  ): Promise<SignatureVerdict | { valid: false; reason: 'NOT_A_PDF' }> {
    await authorize(this.dataSource.manager, user, 'document', 'read', documentId, () => documentNotFound(documentId));
    const document = await this.dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
    const bytes = await this.storage.get(await textFileSha256(this.dataSource.manager, document));
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { valid: false, reason: 'NOT_A_PDF' };
    return verifyPdfSignature(bytes, this.trustedRoots);
  }

  /** Queues the statuses each received edXML document has reached and not yet sent; returns how many. */
  async syncStatuses(now = new Date()): Promise<number> {
    const documents = await this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .where(`d.source = 'edxml'`)
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM edxml_outbox o WHERE o.kind = 'status' AND o.subject_id = d.id AND o.status_code IN ('06', '15'))`,
      )
      .getMany();
    if (documents.length === 0) return 0;
    const ids = documents.map((d) => d.id);
    const tasks: Array<{ documentId: string; status: string; responses: number }> = await this.dataSource.query(
      `SELECT t.document_id AS "documentId", t.status, (SELECT count(*)::int FROM task_response r WHERE r.task_id = t.id) AS responses
         FROM task t WHERE t.document_id = ANY($1::uuid[])`,
      [ids],
    );
    const sent: Array<{ subjectId: string; statusCode: string }> = await this.dataSource.query(
      `SELECT subject_id AS "subjectId", status_code AS "statusCode" FROM edxml_outbox WHERE kind = 'status' AND subject_id = ANY($1::uuid[])`,
      [ids],
    );
    let queued = 0;
    const ourOrgans = new Map<string, EdxmlOrgan | null>();
    for (const document of documents) {
      if (!ourOrgans.has(document.organisation)) {
        const root = await this.dataSource.getRepository(Unit).findOneBy({ code: document.organisation });
        ourOrgans.set(document.organisation, root ? organOfUnit(root) : null);
      }
      const header = document.edxml!;
      const codes = reachedStatuses({
        documentStatus: document.status,
        tasks: tasks.filter((t) => t.documentId === document.id),
      }).filter((code) => !sent.some((s) => s.subjectId === document.id && s.statusCode === code));
      for (const code of codes) {
        const description = code === '02' ? (document.failure?.messageVi ?? null) : null;
        const ours = ourOrgans.get(document.organisation) ?? null;
        const xml = receivedDocumentStatus(header, ours, document.organisation, code, description, now);
        queued += await this.outbox.queue(
          'status',
          document.id,
          code,
          header.from.organId,
          `status-${code}-${document.id}.xml`,
          xml,
        );
      }
    }
    if (queued) this.logger.log({ msg: 'edXML statuses queued', queued });
    return queued;
  }

  /** Exports an issued reply as an edXML package (its signed PDF, ResponseFor the directive it answers). */
  async exportReply(user: AuthUser, replyId: string): Promise<EdxmlOutbox> {
    await authorize(this.dataSource.manager, user, 'reply', 'issue', replyId, () => replyNotFound(replyId));
    const reply = await this.dataSource.getRepository(ReplyDocument).findOneByOrFail({ id: replyId });
    if (reply.status !== 'issued' || !reply.signedPdfSha256) throw replyNotIssued(reply.status);
    const issuer = await this.dataSource.getRepository(Unit).findOneByOrFail({ id: reply.issuerUnitId });
    const directive = reply.documentId
      ? await this.dataSource.getRepository(Document).findOneBy({ id: reply.documentId })
      : null;
    const draft = directive
      ? await this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId: directive.id })
      : null;
    const answered = draft ? currentDirective(draft) : null;
    const model = reply.model as {
      symbol?: string;
      place?: string;
      date?: string;
      subject?: string;
      recipients?: string[];
      signer?: {
        authority?: string | null;
        body?: string | null;
        title?: string;
        deputyTitle?: string | null;
        name?: string;
      };
    };
    const directiveIssuer = directive?.issuerUnitId
      ? await this.dataSource.getRepository(Unit).findOneBy({ id: directive.issuerUnitId })
      : null;
    const to: EdxmlOrgan = directive?.edxml?.from ??
      (directiveIssuer ? organOfUnit(directiveIssuer) : null) ?? {
        organId: null,
        organName: answered?.issuer?.name ?? null,
        organizationInCharge: null,
      };
    const from = organOfUnit(issuer);
    const header: EdxmlHeader = {
      from,
      to: [to],
      number: reply.number === null ? null : String(reply.number),
      symbol: model.symbol ?? null,
      system: reply.system,
      place: model.place ?? null,
      date:
        model.date && /^\d{4}-\d{2}-\d{2}$/.test(model.date)
          ? model.date
          : (reply.signedAt?.toISOString().slice(0, 10) ?? null),
      documentType: { type: '1', typeDetail: reply.docType, typeName: TYPE_NAMES[reply.docType] ?? reply.docType },
      subject: model.subject ?? null,
      signer: {
        competence: [model.signer?.authority, model.signer?.body].filter(Boolean).join(' ') || null,
        position: model.signer?.deputyTitle ?? model.signer?.title ?? null,
        fullName: model.signer?.name ?? null,
      },
      dueDate: null,
      toPlaces: model.recipients ?? [],
      priority: 0,
      responseFor: answered
        ? [
            {
              organId: to.organId,
              code: joinCode(answered.number, answered.symbol),
              number: answered.number,
              symbol: answered.symbol,
              promulgationDate: answered.date && /^\d{4}-\d{2}-\d{2}$/.test(answered.date) ? answered.date : null,
              documentId: directive?.edxml?.documentId ?? null,
            },
          ]
        : [],
      documentId: `${from.organId},${reply.year ?? ''},${joinCode(String(reply.number ?? ''), model.symbol ?? null)}`,
      traces: [{ organId: from.organId, timestamp: new Date().toISOString() }],
    };
    const pdf = await this.storage.get(reply.signedPdfSha256);
    const xml = buildEdxml(header, [
      { name: `${reply.docType}-${reply.number ?? 'x'}.pdf`, contentType: 'application/pdf', bytes: pdf },
    ]);
    await this.outbox.queue('document', reply.id, '', to.organId, `document-${reply.id}.xml`, xml);
    return this.dataSource
      .getRepository(EdxmlOutbox)
      .findOneByOrFail({ kind: 'document', subjectId: reply.id, statusCode: '' });
  }
}
