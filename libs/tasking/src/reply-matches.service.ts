import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '@congvan/common';
import { accessCondition, AuditLog, authorize, type AuthUser, binder } from '@congvan/auth';
import { Document } from '@congvan/documents';
import { ReplyMatch, type ReplyMatchStatus } from './reply-match.entity.js';
import { ReplyMatchingService } from './reply-matching.service.js';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse } from './task-response.entity.js';
import { Task, type TaskStatus } from './task.entity.js';
import { directiveTakenBack } from './tasking.errors.js';

export const replyMatchNotFound = (id: string) =>
  new AppError('REPLY_MATCH_NOT_FOUND', 404, 'Không tìm thấy kết quả khớp báo cáo.', 'Reply match not found.', { id });

const matchStateConflict = (status: string, action: string) =>
  new AppError(
    'REPLY_MATCH_STATE_CONFLICT',
    409,
    `Kết quả khớp đang ở trạng thái "${status}", không thể ${action}.`,
    `The reply match is "${status}"; it cannot be ${action === 'hoàn tác' ? 'undone' : 'changed'} now.`,
    { status },
  );

const taskMovedOn = (taskId: string, status: string) =>
  new AppError(
    'TASK_STATE_CONFLICT',
    409,
    `Nhiệm vụ đã chuyển sang trạng thái "${status}" sau khi khớp; không hoàn tác được.`,
    `The task has moved on to "${status}" since the match; it cannot be undone.`,
    { taskId, status },
  );

const noOpenTask = () =>
  new AppError(
    'NO_OPEN_TASK',
    409,
    'Đơn vị không còn nhiệm vụ chưa báo cáo của văn bản này.',
    'The unit has no unreported task of this directive.',
  );

/** The issuer's and the clerk's decisions on reply matches, under the object-level access policy. */
@Injectable()
export class ReplyMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: ReplyMatchingService,
    private readonly audit: AuditLog,
  ) {}

  /** Matches the caller may see: of documents it may read, or of directives it tracks as issuer. */
  async list(user: AuthUser, status?: ReplyMatchStatus): Promise<ReplyMatch[]> {
    const values: unknown[] = [];
    const bind = binder(values);
    const where = this.visible(user, bind);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT m.id FROM reply_match m JOIN document d ON d.id = m.document_id LEFT JOIN document dir ON dir.id = m.directive_id
        WHERE ${where}${status ? ` AND m.status = ${bind(status)}` : ''} ORDER BY m.created_at DESC LIMIT 200`,
      values,
    );
    if (rows.length === 0) return [];
    const matches = await this.dataSource.getRepository(ReplyMatch).find({ where: rows.map(({ id }) => ({ id })) });
    return rows.map(({ id }) => matches.find((m) => m.id === id)!);
  }

  async get(user: AuthUser, id: string): Promise<ReplyMatch> {
    const values: unknown[] = [id];
    const where = this.visible(user, binder(values));
    const [row] = await this.dataSource.query(
      `SELECT m.id FROM reply_match m JOIN document d ON d.id = m.document_id LEFT JOIN document dir ON dir.id = m.directive_id
        WHERE m.id = $1 AND ${where}`,
      values,
    );
    if (!row) throw replyMatchNotFound(id);
    return this.dataSource.getRepository(ReplyMatch).findOneByOrFail({ id });
  }

  /** The issuer confirms an automatic match. */
  accept(user: AuthUser, id: string): Promise<ReplyMatch> {
    return this.decide(user, id, ['applied'], 'accepted', 'chấp nhận', async () => undefined);
  }

  /** The issuer undoes a match: the tasks go back to where they were and the attached responses go. */
  undo(user: AuthUser, id: string): Promise<ReplyMatch> {
    return this.decide(user, id, ['applied', 'resolved'], 'undone', 'hoàn tác', async (tx, match) => {
      // A directive given back to its sender owes nothing more: its closed tasks are not reopened.
      const directive = match.directiveId ? await tx.findOneBy(Document, { id: match.directiveId }) : null;
      if (directive?.takenBackAt) throw directiveTakenBack(directive.id);
      for (const closed of match.tasks) {
        const task = await tx.findOne(Task, { where: { id: closed.taskId }, lock: { mode: 'pessimistic_write' } });
        if (!task) continue;
        if (task.status !== 'closed') throw taskMovedOn(task.id, task.status);
        const back = closed.previousStatus as TaskStatus;
        await tx.update(Task, { id: task.id }, { status: back, closedAt: null });
        await tx.delete(TaskResponse, { id: closed.responseId });
        await tx.insert(TaskEvent, {
          taskId: task.id,
          actorId: user.id,
          fromStatus: 'closed',
          toStatus: back,
          reason: 'Hoàn tác khớp báo cáo tự động',
        });
      }
    });
  }

  /** The clerk settles a pending match: this directive, this unit. */
  async resolve(user: AuthUser, id: string, directiveId: string, unitId: string): Promise<ReplyMatch> {
    await authorize(this.dataSource.manager, user, 'document', 'manage', directiveId, () =>
      replyMatchNotFound(directiveId),
    );
    return this.decide(user, id, ['pending'], 'resolved', 'xử lý', async (tx, match) => {
      const document = await tx.findOneByOrFail(Document, { id: match.documentId });
      const closed = await this.matching.closeTasks(tx, document, directiveId, unitId, user.id);
      if (closed.length === 0) throw noOpenTask();
      await tx.update(ReplyMatch, { id: match.id }, { directiveId, unitId, tasks: closed, reason: null });
    });
  }

  /** The clerk decides a pending document is not an answer. */
  dismiss(user: AuthUser, id: string): Promise<ReplyMatch> {
    return this.decide(user, id, ['pending'], 'dismissed', 'bỏ qua', async () => undefined);
  }

  private async decide(
    user: AuthUser,
    id: string,
    from: ReplyMatchStatus[],
    to: ReplyMatchStatus,
    actionVi: string,
    apply: (tx: EntityManager, match: ReplyMatch) => Promise<void>,
  ): Promise<ReplyMatch> {
    const seen = await this.get(user, id);
    if (seen.directiveId && to !== 'resolved' && to !== 'dismissed')
      await authorize(this.dataSource.manager, user, 'document', 'track', seen.directiveId, () =>
        replyMatchNotFound(id),
      );
    if (to === 'dismissed')
      await authorize(this.dataSource.manager, user, 'document', 'manage', seen.documentId, () =>
        replyMatchNotFound(id),
      );
    return this.dataSource.transaction(async (tx) => {
      const match = await tx.findOne(ReplyMatch, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!match) throw replyMatchNotFound(id);
      if (!from.includes(match.status)) throw matchStateConflict(match.status, actionVi);
      await apply(tx, match);
      await tx.update(ReplyMatch, { id }, { status: to, decidedById: user.id, decidedAt: new Date() });
      await this.audit.record(tx, {
        actorId: user.id,
        action: `reply.${to}`,
        targetType: 'document',
        targetId: match.directiveId ?? match.documentId,
        details: { replyMatchId: id, incomingDocumentId: match.documentId },
      });
      return tx.findOneByOrFail(ReplyMatch, { id });
    });
  }

  private visible(user: AuthUser, bind: (value: unknown) => string): string {
    const read = accessCondition(user, 'document', 'read', 'd', bind);
    const track = accessCondition(user, 'document', 'track', 'dir', bind);
    return `((${read}) OR (dir.id IS NOT NULL AND (${track})))`;
  }
}
