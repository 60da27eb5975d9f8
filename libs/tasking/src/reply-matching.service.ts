import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '@congvan/auth';
import { currentDirective, DirectiveDraft, Document, DocumentFile, DocumentPage } from '@congvan/documents';
import { Unit } from '@congvan/organisation';
import { matchReply, type ReplyDecision, type ReplyDirective, type ReplyUnit } from './match-reply.js';
import { ReplyMatch } from './reply-match.entity.js';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse, type Attachment } from './task-response.entity.js';
import { Task } from './task.entity.js';

/** "đồng chí Lê Thị Lư, chuyên viên Ban Tổ chức Huyện ủy" → "Ban Tổ chức Huyện ủy"; "… (qua X)" → both. */
export function reportOffices(target: string): string[] {
  const office = target.replace(/^.*?chuyên viên\s+/iu, '').trim();
  const via = /\(qua\s+([^)]+)\)/iu.exec(office)?.[1];
  return [office.replace(/\([^)]*\)/g, '').trim(), ...(via ? [via.trim()] : [])].filter(Boolean);
}

/**
 * The closed loop: when an incoming document has been read, decide whether it is a unit's answer
 * to a directive it holds a task of (libs/tasking/src/match-reply.ts) and, when it surely is,
 * attach it to the unit's open tasks of that directive as their response and close them, keeping
 * the match and its evidence for the issuer to accept or undo. Anything less sure is kept as
 * pending for the clerk; nothing is closed on a guess.
 */
@Injectable()
export class ReplyMatchingService {
  private readonly logger = new Logger(ReplyMatchingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Runs once per extracted document (the `document.match-reply` job); a second run changes nothing. */
  async matchDocument(documentId: string): Promise<ReplyMatch | null> {
    if (await this.dataSource.getRepository(ReplyMatch).existsBy({ documentId })) return null;
    const document = await this.dataSource.getRepository(Document).findOneBy({ id: documentId });
    if (!document) return null;
    // Only the text: a long document's word boxes are megabytes of JSON to parse on this thread.
    const pages = await this.dataSource.getRepository(DocumentPage).find({
      select: { pageIndex: true, normalisedText: true },
      where: { documentId },
      order: { pageIndex: 'ASC' },
    });
    const text = pages.map((p) => p.normalisedText).join('\n\n');
    const [directives, units] = await Promise.all([this.candidates(document), this.units(document.organisation)]);
    const header = document.edxml
      ? {
          fromOrganId: document.edxml.from.organId,
          fromOrganName: document.edxml.from.organName,
          responseFor: document.edxml.responseFor,
        }
      : null;
    const decision = matchReply({ text, header }, directives, units);
    this.logger.log({
      msg: 'reply matching',
      documentId,
      outcome: decision.outcome,
      reason: decision.outcome === 'matched' ? null : decision.reason,
    });
    if (decision.outcome === 'none') return null;
    return this.record(document, decision, null);
  }

  /** Stores the decision; a match closes the unit's open tasks in the same transaction. */
  async record(
    document: Document,
    decision: Exclude<ReplyDecision, { outcome: 'none' }>,
    actorId: string | null,
    manager?: EntityManager,
  ): Promise<ReplyMatch> {
    const run = async (tx: EntityManager) => {
      if (decision.outcome === 'pending')
        return tx.save(
          ReplyMatch,
          tx.create(ReplyMatch, {
            documentId: document.id,
            directiveId: decision.directiveIds.length === 1 ? decision.directiveIds[0] : null,
            unitId: decision.unitId,
            status: 'pending',
            reason: decision.reason,
            candidateIds: decision.directiveIds,
            evidence: decision.evidence,
          }),
        );
      const closed = await this.closeTasks(tx, document, decision.directiveId, decision.unitId, actorId);
      if (closed.length === 0)
        return this.record(
          document,
          {
            outcome: 'pending',
            reason: 'no_open_task',
            directiveIds: [decision.directiveId],
            unitId: decision.unitId,
            evidence: decision.evidence,
          },
          actorId,
          tx,
        );
      const match = await tx.save(
        ReplyMatch,
        tx.create(ReplyMatch, {
          documentId: document.id,
          directiveId: decision.directiveId,
          unitId: decision.unitId,
          status: actorId ? 'resolved' : 'applied',
          candidateIds: [decision.directiveId],
          evidence: decision.evidence,
          tasks: closed,
          decidedById: actorId,
          decidedAt: actorId ? new Date() : null,
        }),
      );
      await this.audit.record(tx, {
        actorId,
        action: 'reply.matched',
        targetType: 'document',
        targetId: decision.directiveId,
        details: {
          incomingDocumentId: document.id,
          unitId: decision.unitId,
          tasks: closed.length,
          method: decision.evidence.method,
        },
      });
      return match;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Attaches the document to the unit's tasks of the directive not yet reported (for a recurring
   * deadline, only its earliest open occurrence) and closes them. Returns what it closed.
   */
  async closeTasks(
    tx: EntityManager,
    document: Document,
    directiveId: string,
    unitId: string,
    actorId: string | null,
  ): Promise<ReplyMatch['tasks']> {
    const open = await tx
      .createQueryBuilder(Task, 't')
      .setLock('pessimistic_write')
      .where('t.document_id = :directiveId AND t.unit_id = :unitId AND t.status IN (:...open)', {
        directiveId,
        unitId,
        open: ['open', 'returned'],
      })
      .orderBy('t.requirement_ref')
      .addOrderBy('t.occurrence')
      .getMany();
    const firstPerRequirement = open.filter(
      (task, i) => open.findIndex((t) => t.requirementRef === task.requirementRef) === i,
    );
    const attachment = await this.attachmentOf(tx, document);
    const closed: ReplyMatch['tasks'] = [];
    for (const task of firstPerRequirement) {
      const response = await tx.save(
        TaskResponse,
        tx.create(TaskResponse, {
          taskId: task.id,
          authorId: actorId,
          text: `Văn bản đến "${document.originalName}" của đơn vị, tự động khớp với nhiệm vụ này.`,
          attachments: [attachment],
        }),
      );
      await tx.update(Task, { id: task.id }, { status: 'closed', closedAt: new Date() });
      await tx.insert(TaskEvent, {
        taskId: task.id,
        actorId,
        fromStatus: task.status,
        toStatus: 'closed',
        reason: `Báo cáo của đơn vị đến bằng văn bản ${document.originalName}`,
      });
      closed.push({ taskId: task.id, responseId: response.id, previousStatus: task.status });
    }
    return closed;
  }

  private async attachmentOf(tx: EntityManager, document: Document): Promise<Attachment> {
    const main =
      document.source === 'edxml' ? await tx.findOneBy(DocumentFile, { documentId: document.id, role: 'main' }) : null;
    return main
      ? {
          sha256: main.sha256,
          name: main.name,
          mimeType: main.mimeType ?? 'application/pdf',
          sizeBytes: main.sizeBytes,
        }
      : {
          sha256: document.sha256,
          name: document.originalName,
          mimeType: document.mimeType ?? 'application/octet-stream',
          sizeBytes: document.sizeBytes,
        };
  }

  /** The dispatched directives of the document's organisation, with who holds their tasks. */
  async candidates(document: Pick<Document, 'id' | 'organisation'>): Promise<ReplyDirective[]> {
    const rows: Array<{ id: string; issuerUnitId: string | null }> = await this.dataSource.query(
      `SELECT d.id, d.issuer_unit_id AS "issuerUnitId" FROM document d
        WHERE d.status = 'tasked' AND d.id <> $1 AND ($2 = '' OR d.organisation = $2)`,
      [document.id, document.organisation],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [drafts, holders, issuers] = await Promise.all([
      this.dataSource.getRepository(DirectiveDraft).find({ where: ids.map((documentId) => ({ documentId })) }),
      this.dataSource.query(
        `SELECT document_id AS "documentId", unit_id AS "unitId", bool_or(status IN ('open','returned')) AS open
           FROM task WHERE document_id = ANY($1::uuid[]) GROUP BY document_id, unit_id`,
        [ids],
      ) as Promise<Array<{ documentId: string; unitId: string; open: boolean }>>,
      this.dataSource.getRepository(Unit).find({
        where: rows.filter((r) => r.issuerUnitId).map((r) => ({ id: r.issuerUnitId! })),
      }),
    ]);
    return drafts.map((draft) => {
      const directive = currentDirective(draft);
      const issuerUnit = issuers.find((u) => u.id === rows.find((r) => r.id === draft.documentId)?.issuerUnitId);
      const own = holders.filter((h) => h.documentId === draft.documentId);
      return {
        documentId: draft.documentId,
        number: directive.number,
        symbol: directive.symbol,
        date: directive.date,
        issuerName: issuerUnit?.name ?? directive.issuer?.name ?? '',
        addressees: [
          directive.issuer?.name ?? '',
          ...(issuerUnit ? [issuerUnit.name, ...issuerUnit.aliases] : []),
          ...directive.requirements.flatMap((r) => r.reportTo.flatMap((t) => reportOffices(t.target))),
        ].filter(Boolean),
        openHolders: own.filter((h) => h.open).map((h) => h.unitId),
        holders: own.map((h) => h.unitId),
      };
    });
  }

  private async units(organisation: string): Promise<ReplyUnit[]> {
    const units = await this.dataSource.getRepository(Unit).find({ order: { code: 'ASC' } });
    const own = organisation ? units.filter((u) => u.code.split('.')[0] === organisation) : units;
    const names = new Map(units.map((u) => [u.id, u.name]));
    return own.map((u) => ({
      id: u.id,
      code: u.code,
      identifier: u.identifier,
      name: u.name,
      aliases: u.aliases,
      parentName: u.parentId ? (names.get(u.parentId) ?? null) : null,
    }));
  }
}
