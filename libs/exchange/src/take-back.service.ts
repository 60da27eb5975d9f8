import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { accessCondition, AuditLog, authorize, type AuthUser, binder } from '@congvan/auth';
import { cancelDirectiveTasks } from '@congvan/tasking';
import { visibleSubjectRows } from './visible-subjects.js';
import { Document } from '@congvan/documents';
import {
  buildStatusEdxml,
  type EdxmlResponseFor,
  type EdxmlStatus,
  isEdxmlStatusPackage,
  joinCode,
  malformedEdxml,
  parseEdxml,
  parseStatusEdxml,
} from '@congvan/edxml';
import { Unit } from '@congvan/organisation';
import { FileStorage } from '@congvan/storage';
import { EdxmlOutbox } from './edxml-outbox.entity.js';
import { EdxmlTakeBack } from './edxml-take-back.entity.js';
import { organOfUnit, receivedDocumentStatus, responseForHeader } from './organs.js';
import { OutboxService } from './outbox.service.js';
import {
  documentNotFound,
  noTakeBackRequest,
  replyNotFound,
  replyNotSent,
  statusNotHandled,
  statusSubjectNotFound,
  takeBackExists,
} from './take-back.errors.js';

const PACKAGE_LIMITS = { maxBytes: 200 * 1024 * 1024, maxAttachmentBytes: 200 * 1024 * 1024, maxAttachments: 100 };

export interface TakeBackView {
  id: string;
  direction: EdxmlTakeBack['direction'];
  subjectId: string;
  packageDocumentId: string | null;
  counterpartOrganId: string | null;
  state: EdxmlTakeBack['state'];
  reason: string | null;
  answer: string | null;
  requestedAt: string;
  decidedAt: string | null;
}

export const takeBackView = (t: EdxmlTakeBack): TakeBackView => ({
  id: t.id,
  direction: t.direction,
  subjectId: t.subjectId,
  packageDocumentId: t.packageDocumentId,
  counterpartOrganId: t.counterpartOrganId,
  state: t.state,
  reason: t.reason,
  answer: t.answer,
  requestedAt: t.requestedAt.toISOString(),
  decidedAt: t.decidedAt?.toISOString() ?? null,
});

/**
 * Taking an exchanged document back (Quyết định 28/2018/QĐ-TTg): we ask for a reply we sent
 * (status 13 to its receiver) and learn the answer from the 15 (agreed) or 16 (refused) it sends;
 * a sender asks for a document it sent us (its 13) and the clerk agrees or refuses, which sends our
 * 15 or 16. A document given back sends no further processing status. Packages go through the outbox.
 */
@Injectable()
export class TakeBackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /** Status 13 for a reply we sent: ResponseFor the package as it left (read back from the outbox). */
  async takeBackReply(user: AuthUser, replyId: string, reason: string, now = new Date()): Promise<TakeBackView> {
    await authorize(this.dataSource.manager, user, 'reply', 'issue', replyId, () => replyNotFound(replyId));
    const sent = await this.dataSource
      .getRepository(EdxmlOutbox)
      .findOneBy({ kind: 'document', subjectId: replyId, statusCode: '' });
    if (!sent) throw replyNotSent();
    const existing = await this.dataSource
      .getRepository(EdxmlTakeBack)
      .findOneBy({ direction: 'outgoing', subjectId: replyId });
    if (existing) throw takeBackExists(existing.state);
    const { header } = parseEdxml(await this.storage.get(sent.sha256), PACKAGE_LIMITS);
    const status: EdxmlStatus = {
      responseFor: responseForHeader(header),
      from: header.from,
      code: '13',
      description: reason.normalize('NFC'),
      timestamp: now.toISOString(),
      staff: { department: 'Văn thư', name: null },
    };
    const row = await this.dataSource.getRepository(EdxmlTakeBack).save({
      direction: 'outgoing',
      subjectId: replyId,
      packageDocumentId: header.documentId,
      counterpartOrganId: sent.toOrganId,
      reason: status.description,
      state: 'requested',
      decidedById: null,
    });
    await this.outbox.queue(
      'status',
      replyId,
      '13',
      sent.toOrganId,
      `status-13-${replyId}.xml`,
      buildStatusEdxml(status),
    );
    return takeBackView(row);
  }

  /**
   * A status package received (uploaded or from the gateway): 13 opens a take-back request on the
   * received document it names; 15 or 16 answers our request for a reply we sent.
   */
  async receiveStatus(user: AuthUser, bytes: Buffer, now = new Date()): Promise<TakeBackView> {
    if (!isEdxmlStatusPackage(bytes))
      throw malformedEdxml('đây không phải gói trạng thái edXML.', 'this is not an edXML status package.');
    const status = parseStatusEdxml(bytes);
    if (status.code === '13') return this.takeBackRequested(user, status);
    if (status.code === '15' || status.code === '16') return this.takeBackAnswered(user, status, now);
    throw statusNotHandled(status.code);
  }

  /** The clerk agrees (15) or refuses (16) to give back a document its sender asked for. */
  async answer(user: AuthUser, documentId: string, agree: boolean, reason: string | null, now = new Date()) {
    await authorize(this.dataSource.manager, user, 'document', 'manage', documentId, () =>
      documentNotFound(documentId),
    );
    const document = await this.dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
    const row = await this.dataSource
      .getRepository(EdxmlTakeBack)
      .findOneBy({ direction: 'incoming', subjectId: documentId, state: 'requested' });
    if (!row || !document.edxml) throw noTakeBackRequest();
    const header = document.edxml;
    const code = agree ? '15' : '16';
    const root = await this.dataSource.getRepository(Unit).findOneBy({ code: document.organisation });
    const description = reason?.normalize('NFC') || null;
    const ours = root ? organOfUnit(root) : null;
    const xml = receivedDocumentStatus(header, ours, document.organisation, code, description, now);
    await this.dataSource.transaction(async (tx) => {
      // Under the document's lock, as dispatch and the horizon job take it: no task is planned beside the cancellation.
      await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      const updated = await tx.update(
        EdxmlTakeBack,
        { id: row.id, state: 'requested' },
        {
          state: agree ? 'accepted' : 'refused',
          answer: reason?.normalize('NFC') || null,
          decidedAt: now,
          decidedById: user.id,
        },
      );
      if (updated.affected !== 1) throw noTakeBackRequest();
      if (agree) await this.givenBack(tx, user, document, row, now);
      else
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'document.take_back_refused',
          targetType: 'document',
          targetId: documentId,
          details: { takeBackId: row.id, reason: reason?.normalize('NFC') || null },
        });
    });
    await this.outbox.queue('status', documentId, code, header.from.organId, `status-${code}-${documentId}.xml`, xml);
    return takeBackView(await this.dataSource.getRepository(EdxmlTakeBack).findOneByOrFail({ id: row.id }));
  }

  /**
   * The document is given back (our 15): it reads "Đã bị thu hồi" from now on, and the work still
   * open on it is cancelled, each task saying why, each unit told in its audit trail and its home page.
   */
  private async givenBack(tx: EntityManager, user: AuthUser, document: Document, row: EdxmlTakeBack, now: Date) {
    const by = document.edxml?.from.organName || document.edxml?.from.organId || row.counterpartOrganId;
    await tx.update(Document, { id: document.id }, { takenBackAt: now, takenBackBy: by });
    const day = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    const why = `Văn bản đã bị ${by ?? 'cơ quan gửi'} thu hồi ngày ${day}${row.reason ? `: ${row.reason}` : ''}`;
    const units = await cancelDirectiveTasks(tx, this.audit, {
      documentId: document.id,
      actorId: user.id,
      reason: why,
    });
    await this.audit.record(tx, {
      actorId: user.id,
      action: 'document.taken_back',
      targetType: 'document',
      targetId: document.id,
      details: {
        takeBackId: row.id,
        by,
        reason: row.reason,
        cancelledTasks: units.reduce((n, u) => n + u.taskIds.length, 0),
        units: units.map((u) => u.unitId),
      },
    });
  }

  /** Take-backs the caller may see: of documents it may read, of replies it may read. */
  async list(user: AuthUser, state?: EdxmlTakeBack['state'], subjectId?: string): Promise<TakeBackView[]> {
    const ids = await visibleSubjectRows(
      this.dataSource,
      user,
      {
        name: 'edxml_take_back',
        kindColumn: 'direction',
        documentKind: 'incoming',
        replyKind: 'outgoing',
        orderBy: 'requested_at',
      },
      state,
    );
    if (ids.length === 0) return [];
    const found = await this.dataSource.getRepository(EdxmlTakeBack).find({ where: ids.map((id) => ({ id })) });
    return ids
      .map((id) => found.find((t) => t.id === id)!)
      .filter((t) => !subjectId || t.subjectId === subjectId)
      .map(takeBackView);
  }

  private async takeBackRequested(user: AuthUser, status: EdxmlStatus): Promise<TakeBackView> {
    const documentId = await this.receivedDocument(user, status.responseFor);
    if (!documentId) throw statusSubjectNotFound(status.responseFor.code);
    const existing = await this.dataSource
      .getRepository(EdxmlTakeBack)
      .findOneBy({ direction: 'incoming', subjectId: documentId });
    if (existing) throw takeBackExists(existing.state);
    const row = await this.dataSource.getRepository(EdxmlTakeBack).save({
      direction: 'incoming',
      subjectId: documentId,
      packageDocumentId: status.responseFor.documentId,
      counterpartOrganId: status.from.organId,
      reason: status.description,
      state: 'requested',
      decidedById: null,
    });
    return takeBackView(row);
  }

  private async takeBackAnswered(user: AuthUser, status: EdxmlStatus, now: Date): Promise<TakeBackView> {
    const values: unknown[] = [status.responseFor.documentId];
    const bind = binder(values);
    const [row] = await this.dataSource.query(
      `SELECT t.id FROM edxml_take_back t JOIN reply_document r ON r.id = t.subject_id
        WHERE t.direction = 'outgoing' AND t.package_document_id = $1
          AND ${accessCondition(user, 'reply', 'issue', 'r', bind)}`,
      values,
    );
    if (!row) throw statusSubjectNotFound(status.responseFor.code);
    const taken = await this.dataSource.getRepository(EdxmlTakeBack).findOneByOrFail({ id: row.id });
    if (taken.state !== 'requested') throw takeBackExists(taken.state);
    await this.dataSource.getRepository(EdxmlTakeBack).update(
      { id: taken.id },
      {
        state: status.code === '15' ? 'accepted' : 'refused',
        answer: status.description,
        decidedAt: now,
      },
    );
    return takeBackView(await this.dataSource.getRepository(EdxmlTakeBack).findOneByOrFail({ id: taken.id }));
  }

  /** The received edXML document a ResponseFor names, among those the caller manages: by DocumentId, else sender, code and date. */
  private async receivedDocument(user: AuthUser, responseFor: EdxmlResponseFor): Promise<string | null> {
    const values: unknown[] = [responseFor.documentId, responseFor.organId];
    const bind = binder(values);
    const rows: Array<{ id: string; edxml: Document['edxml'] }> = await this.dataSource.query(
      `SELECT d.id, d.edxml FROM document d
        WHERE d.source = 'edxml' AND ${accessCondition(user, 'document', 'manage', 'd', bind)}
          AND (d.edxml ->> 'documentId' = $1 OR d.edxml -> 'from' ->> 'organId' = $2)`,
      values,
    );
    const byId = rows.find((r) => responseFor.documentId && r.edxml?.documentId === responseFor.documentId);
    if (byId) return byId.id;
    const byCode = rows.filter(
      (r) =>
        r.edxml &&
        r.edxml.from.organId === responseFor.organId &&
        joinCode(r.edxml.number, r.edxml.symbol) === responseFor.code &&
        (!responseFor.promulgationDate || r.edxml.date === responseFor.promulgationDate),
    );
    return byCode.length === 1 ? byCode[0].id : null;
  }
}
