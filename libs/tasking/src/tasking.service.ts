import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type AuthUser, authorize, type TaskAction } from '@congvan/auth';
import {
  currentDirective,
  DirectiveDraft,
  displayName,
  Document,
  type TakenBack,
  takenBackOf,
} from '@congvan/documents';
import { FileStorage } from '@congvan/storage';
import { fileTypeFromFile } from 'file-type';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse, type Attachment } from './task-response.entity.js';
import { Task, type TaskStatus } from './task.entity.js';
import { summariseDirective, type DirectiveSummary } from './tasking.dto.js';
import {
  attachmentNotFound,
  directiveTakenBack,
  responseRequired,
  returnReasonRequired,
  taskNotFound,
  taskStateConflict,
  unsupportedAttachment,
} from './tasking.errors.js';

// The services split out of this one, re-exported where callers have always found them.
export { type Clock, isOverdue, TASKING_CLOCK, vietnamToday } from './clock.js';
export { type ComplianceRow, type RemindedUnit, type RemindResult } from './compliance.service.js';
export { type RemindScope, REMIND_SCOPES } from './tasking.dto.js';
export { type DispatchPreview, type DispatchResult } from './dispatch.service.js';
export { HORIZON_DAYS } from './task-planner.js';

const ATTACHMENT_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/x-cfb',
]);

/** What the inbox reads of a task: the fields of a TaskView. */
export type InboxTask = Pick<
  Task,
  | 'id'
  | 'documentId'
  | 'requirementRef'
  | 'requirementText'
  | 'unitId'
  | 'recipientLine'
  | 'dueOn'
  | 'occurrence'
  | 'deadlineText'
  | 'reportTo'
  | 'status'
  | 'closedAt'
  | 'lastRemindedAt'
  | 'cancelledAt'
  | 'transferNote'
>;

@Injectable()
/** A task's life: read it, answer it, close it, accept or return it. */
export class TaskingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
  ) {}

  async get(
    user: AuthUser,
    taskId: string,
  ): Promise<{
    task: Task;
    directive: (DirectiveSummary & { takenBack: TakenBack | null }) | null;
    responses: TaskResponse[];
    events: TaskEvent[];
  }> {
    const task = await this.visibleTask(this.dataSource.manager, user, taskId, 'read');
    const [draft, document, responses, events] = await Promise.all([
      this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId: task.documentId }),
      this.dataSource.getRepository(Document).findOne({
        where: { id: task.documentId },
        select: { id: true, takenBackAt: true, takenBackBy: true },
      }),
      this.dataSource.getRepository(TaskResponse).find({ where: { taskId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(TaskEvent).find({ where: { taskId }, order: { at: 'ASC' } }),
    ]);
    const takenBack = takenBackOf(document?.takenBackAt ?? null, document?.takenBackBy ?? null);
    return {
      task,
      directive: draft && { ...summariseDirective(currentDirective(draft)), takenBack },
      responses,
      events,
    };
  }

  /**
   * The unit's report on a task. The task is checked first (a route guard already did, before the
   * upload was read), then each attachment by its content (read from its head on disk), then moved
   * into storage: nothing is stored for a task the caller may not answer or a file of the wrong type.
   */
  async respond(
    user: AuthUser,
    taskId: string,
    text: string,
    files: Array<{ path: string; originalname: string }>,
  ): Promise<TaskResponse> {
    await this.authorizeTask(user, taskId, 'answer');
    const types: string[] = [];
    for (const file of files) {
      const type = await fileTypeFromFile(file.path);
      if (!type || !ATTACHMENT_TYPES.has(type.mime)) throw unsupportedAttachment(displayName(file.originalname));
      types.push(type.mime);
    }
    const attachments: Attachment[] = [];
    for (const [i, file] of files.entries()) {
      const stored = await this.storage.putFile(file.path);
      attachments.push({
        sha256: stored.sha256,
        name: displayName(file.originalname),
        mimeType: types[i],
        sizeBytes: stored.sizeBytes,
      });
    }
    return this.dataSource.transaction(async (tx) => {
      const task = await this.visibleTask(tx, user, taskId, 'answer', true);
      if (task.status !== 'open' && task.status !== 'returned')
        throw taskStateConflict(task.status, 'gửi báo cáo / submit a report');
      return tx.save(
        TaskResponse,
        tx.create(TaskResponse, { taskId, authorId: user.id, text: text.normalize('NFC'), attachments }),
      );
    });
  }

  /**
   * One attachment of an answer, for the unit that answered and the issuer following the task: the
   * task is checked first (another unit's task is a 404), then the answer must be that task's own.
   */
  async attachment(
    user: AuthUser,
    taskId: string,
    responseId: string,
    index: number,
  ): Promise<{ attachment: Attachment; bytes: Buffer }> {
    await this.visibleTask(this.dataSource.manager, user, taskId, 'read');
    const response = await this.dataSource.getRepository(TaskResponse).findOneBy({ id: responseId, taskId });
    const attachment = response?.attachments[index];
    if (!attachment) throw attachmentNotFound(responseId, index);
    return { attachment, bytes: await this.storage.get(attachment.sha256) };
  }

  /** The unit closes its task after reporting; of two admins closing at once, one wins, one gets 409. */
  close(user: AuthUser, taskId: string): Promise<Task> {
    return this.transition(
      user,
      'answer',
      taskId,
      ['open', 'returned'],
      'closed',
      null,
      'task.closed',
      async (tx, task) => {
        if ((await tx.countBy(TaskResponse, { taskId: task.id })) === 0) throw responseRequired();
      },
    );
  }

  accept(user: AuthUser, taskId: string): Promise<Task> {
    return this.transition(user, 'judge', taskId, ['closed'], 'accepted', null, 'task.accepted');
  }

  /** A return tells the unit what to fix: without a reason of a few words it is refused, saying so. */
  returnTask(user: AuthUser, taskId: string, reason: string | undefined): Promise<Task> {
    const text = reason?.normalize('NFC').trim() ?? '';
    // Checked once the caller may judge this task (so another unit's task stays a 404).
    return this.transition(user, 'judge', taskId, ['closed'], 'returned', text, 'task.returned', async (tx, task) => {
      if (text.length < 3) throw returnReasonRequired();
      // A directive given back to its sender asks nothing more of the unit: its report stays as it is.
      const document = await tx.findOneBy(Document, { id: task.documentId });
      if (document?.takenBackAt) throw directiveTakenBack(task.documentId);
    });
  }

  private async transition(
    user: AuthUser,
    access: TaskAction,
    taskId: string,
    from: TaskStatus[],
    to: TaskStatus,
    reason: string | null,
    action: string,
    check?: (tx: EntityManager, task: Task) => Promise<void>,
  ): Promise<Task> {
    return this.dataSource.transaction(async (tx) => {
      const task = await this.visibleTask(tx, user, taskId, access, true);
      if (!from.includes(task.status)) throw taskStateConflict(task.status, action);
      await check?.(tx, task);
      await tx.update(Task, { id: taskId }, { status: to, ...(to === 'closed' ? { closedAt: new Date() } : {}) });
      await tx.insert(TaskEvent, { taskId, actorId: user.id, fromStatus: task.status, toStatus: to, reason });
      await this.audit.record(tx, {
        actorId: user.id,
        action,
        targetType: 'task',
        targetId: taskId,
        details: reason ? { reason } : {},
      });
      return tx.findOneByOrFail(Task, { id: taskId });
    });
  }

  /**
   * Loads a task the caller may `action` (row-locked when it will change): a task it may not see is
   * a 404, one it sees but may not act on a 403 (the access policy decides both).
   */
  private async visibleTask(
    manager: EntityManager,
    user: AuthUser,
    taskId: string,
    action: TaskAction,
    lock = false,
  ): Promise<Task> {
    await authorize(manager, user, 'task', action, taskId, () => taskNotFound(taskId));
    return manager.findOneOrFail(Task, {
      where: { id: taskId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The same check outside a transaction, before anything (an attachment) is stored. */
  authorizeTask(user: AuthUser, taskId: string, action: TaskAction): Promise<void> {
    return authorize(this.dataSource.manager, user, 'task', action, taskId, () => taskNotFound(taskId));
  }
}
