import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  accessCondition,
  AuditLog,
  type AuthUser,
  authorize,
  binder,
  mayIssueFor,
  type TaskAction,
} from '@congvan/auth';
import { toCsvRow } from '@congvan/common';
import {
  currentDirective,
  currentDirectiveSql,
  DirectiveDraft,
  displayName,
  Document,
  registerTitle,
  type TitleFields,
} from '@congvan/documents';
import {
  findIssuerUnit,
  isValidOn,
  redirectToSuccessors,
  resolveRecipients,
  toRegistryUnit,
  Unit,
  type RecipientResolution,
} from '@congvan/organisation';
import { FileStorage } from '@congvan/storage';
import { fileTypeFromFile } from 'file-type';
import { addDays } from './compute-due-dates.js';
import { checkDispatchable, type DuplicateOverride } from './dispatch-checks.js';
import { REGISTER_COLUMNS, registerWorkbook, type RegisterRow } from './register-workbook.js';
import { planHorizonExtension, seriesKey } from './plan-horizon-extension.js';
import { planTasks, type DirectiveForTasks, type PlannedTask, type RecipientUnits } from './plan-tasks.js';
import { idsOf, recipientsToday } from './recipients-today.js';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse, type Attachment } from './task-response.entity.js';
import { Task, TASK_STATUS_LABELS, type TaskStatus } from './task.entity.js';
import { summariseDirective, type DirectiveSummary } from './tasking.dto.js';
import {
  directiveNotFound,
  notReviewed,
  recipientsUnresolved,
  responseRequired,
  returnReasonRequired,
  taskNotFound,
  taskStateConflict,
  unknownUnits,
  unsupportedAttachment,
} from './tasking.errors.js';

export const TASKING_CLOCK = Symbol('TASKING_CLOCK');
/** Today in Vietnam (UTC+7), YYYY-MM-DD; injected so tests control time. */
export type Clock = () => string;
export const vietnamToday: Clock = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Recurring deadlines get occurrences this far ahead; the daily `tasks.extend-horizon` job moves the horizon on. */
export const HORIZON_DAYS = 92;

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

type LoadedDirective = DirectiveForTasks & { recipients: string[]; issuer: { name: string } | null };

export interface DispatchPreview {
  /** Resolved as the registry stood on the directive's date; flags include units gone with no successor. */
  lines: RecipientResolution[];
  /** Units that receive work addressed to units merged into them, with the note their tasks carry. */
  transfers: Array<{ unitId: string; note: string }>;
  plannedTasks: number;
  warnings: string[];
}

export interface DispatchResult {
  created: number;
  existing: number;
  alreadyDispatched: boolean;
  warnings: string[];
}

export const REMIND_SCOPES = ['due', 'unreported'] as const;
export type RemindScope = (typeof REMIND_SCOPES)[number];

export interface RemindedUnit {
  unitId: string;
  unitName: string;
  tasks: number;
}

export interface RemindResult {
  reminded: number;
  units: RemindedUnit[];
}

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
  | 'transferNote'
>;

export interface ComplianceRow {
  unitId: string;
  unitName: string;
  total: number;
  done: number;
  late: number;
  notReported: number;
  overdue: number;
}

@Injectable()
export class TaskingService {
  private readonly logger = new Logger(TaskingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
  ) {}

  /** What dispatch would do: the units each Kính gửi line resolves to, with flags to settle. */
  async previewDispatch(user: AuthUser, documentId: string): Promise<DispatchPreview> {
    await this.authorizeDocument(user, documentId, 'manage');
    const { directive, units } = await this.load(this.dataSource.manager, documentId);
    const resolved = this.resolve(directive.recipients, units, directive);
    const today = recipientsToday(resolved, [], units, this.today());
    const lines = resolved.map((line, i) => ({ ...line, flags: [...line.flags, ...today.flags[i]] }));
    const plan = planTasks(directive, today.recipients, this.unitsOf(units, directive), this.dueContext(directive));
    const transfers = [...today.notes].map(([unitId, note]) => ({ unitId, note }));
    return { lines, transfers, plannedTasks: plan.tasks.length, warnings: plan.warnings };
  }

  /**
   * Creates the tasks of a confirmed directive: requirement × unit (× occurrence). The clerk may
   * settle recipient lines by choosing units; lines left unresolved stop the dispatch. Idempotent:
   * tasks are keyed by (document, requirement, unit, occurrence), so a second call creates nothing.
   */
  async dispatch(
    user: AuthUser,
    documentId: string,
    settled: RecipientUnits[] = [],
    override: DuplicateOverride | null = null,
  ): Promise<DispatchResult> {
    await this.authorizeDocument(user, documentId, 'manage');
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw directiveNotFound(documentId);
      if (document.status !== 'reviewed' && document.status !== 'tasked') throw notReviewed(document.status);
      const { directive, units } = await this.load(tx, documentId);

      // A clerk sends work only to units of its own organisation's registry.
      const byId = new Set(units.filter((u) => mayIssueFor(user, u)).map((u) => u.id));
      const missing = settled.flatMap((s) => s.unitIds).filter((id) => !byId.has(id));
      if (missing.length > 0) throw unknownUnits(missing);
      const resolved = this.resolve(directive.recipients, units, directive);
      const chosen = resolved.map((line) => settled.find((s) => s.line === line.line));
      const today = recipientsToday(resolved, chosen, units, this.today());
      const lines = resolved.map((line, i) => ({ ...line, flags: [...line.flags, ...today.flags[i]] }));
      const recipients = today.recipients;
      const unresolved = lines.filter(
        (line, i) =>
          recipients[i].unitIds.length === 0 ||
          (!settled.some((s) => s.line === line.line) &&
            line.flags.length + line.groups.reduce((n, g) => n + g.flags.length, 0) > 0),
      );
      if (unresolved.length > 0) throw recipientsUnresolved(unresolved);

      const plan = planTasks(directive, recipients, this.unitsOf(units, directive), this.dueContext(directive));
      const alreadyDispatched = document.status === 'tasked';
      if (!alreadyDispatched) await checkDispatchable(tx, this.audit, user, documentId, recipients, plan, override);
      // A successor's task says which merged units the directive addressed.
      const tasks = plan.tasks.map((task) => ({ ...task, transferNote: today.notes.get(task.unitId) ?? null }));
      const createdIds = await this.insertTasks(tx, documentId, tasks, user.id);
      if (!alreadyDispatched) {
        // The issuing body's leaders follow this directive's tasks (access policy: leader, track).
        const issuerUnitId = findIssuerUnit(units, directive.issuer?.name)?.id ?? null;
        await tx.update(Document, { id: documentId }, { status: 'tasked', issuerUnitId });
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'directive.dispatched',
          targetType: 'document',
          targetId: documentId,
          details: { tasks: createdIds.length },
        });
      }
      this.logger.log({
        msg: 'directive dispatched',
        documentId,
        created: createdIds.length,
        planned: plan.tasks.length,
      });
      return {
        created: createdIds.length,
        existing: plan.tasks.length - createdIds.length,
        alreadyDispatched,
        warnings: plan.warnings,
      };
    });
  }

  async get(
    user: AuthUser,
    taskId: string,
  ): Promise<{ task: Task; directive: DirectiveSummary | null; responses: TaskResponse[]; events: TaskEvent[] }> {
    const task = await this.visibleTask(this.dataSource.manager, user, taskId, 'read');
    const [draft, responses, events] = await Promise.all([
      this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId: task.documentId }),
      this.dataSource.getRepository(TaskResponse).find({ where: { taskId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(TaskEvent).find({ where: { taskId }, order: { at: 'ASC' } }),
    ]);
    return { task, directive: draft && summariseDirective(currentDirective(draft)), responses, events };
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
    return this.transition(user, 'judge', taskId, ['closed'], 'returned', text, 'task.returned', async () => {
      if (text.length < 3) throw returnReasonRequired();
    });
  }

  /** The compliance board of a directive the caller follows (its organisation's, or its body issued it). */
  async complianceFor(user: AuthUser, documentId: string): Promise<ComplianceRow[]> {
    await this.authorizeDocument(user, documentId, 'track');
    return this.compliance(documentId);
  }

  /** Per unit for one directive: tasks done on time, done late, not yet reported, overdue (no caller check). */
  async compliance(documentId: string): Promise<ComplianceRow[]> {
    const rows = await this.dataSource.query(
      // Counted per unit first, then each unit's name by key: never a scan of every unit (bench/tasking.bench.ts).
      `SELECT c."unitId", u.name AS "unitName", c.total, c.done, c.late, c."notReported", c.overdue
         FROM (SELECT t.unit_id AS "unitId", count(*)::int AS total,
                      count(*) FILTER (WHERE t.status IN ('closed','accepted') AND (t.due_on IS NULL OR t.closed_at < (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS done,
                      count(*) FILTER (WHERE t.status IN ('closed','accepted') AND t.due_on IS NOT NULL AND t.closed_at >= (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS late,
                      count(*) FILTER (WHERE t.status IN ('open','returned'))::int AS "notReported",
                      count(*) FILTER (WHERE t.status IN ('open','returned') AND t.due_on < $2::date)::int AS overdue
                 FROM task t
                WHERE t.document_id = $1
                GROUP BY t.unit_id) c
        CROSS JOIN LATERAL (SELECT name FROM unit WHERE id = c."unitId" LIMIT 1) u
        ORDER BY u.name, c."unitId"`,
      [documentId, this.today()],
    );
    return rows as ComplianceRow[];
  }

  /**
   * Marks overdue tasks as reminded today (once a day per task) and records one audit event per
   * unit with its count; run daily by the `tasks.remind` job. Returns how many tasks were reminded.
   */
  async remindOverdue(): Promise<number> {
    const today = this.today();
    const units = await this.dataSource.transaction((tx) =>
      this.markReminded(tx, null, { documentId: null, dueBefore: today, notRemindedOn: today }, (tasks) => ({
        overdueTasks: tasks,
      })),
    );
    return units.reduce((sum, unit) => sum + unit.tasks, 0);
  }

  /**
   * The issuer's "nhắc" for one directive: marks its tasks not yet reported (open or returned) as
   * reminded now, whether or not they were reminded earlier today, with one audit event per unit.
   * `due` (the default) takes the tasks due today or earlier; `unreported` every one not reported.
   */
  async remindDirective(user: AuthUser, documentId: string, scope: RemindScope = 'due'): Promise<RemindResult> {
    await this.authorizeDocument(user, documentId, 'track');
    return this.dataSource.transaction(async (tx) => {
      const dueBefore = scope === 'due' ? addDays(this.today(), 1) : null;
      const units = await this.markReminded(tx, user.id, { documentId, dueBefore, notRemindedOn: null }, (tasks) => ({
        tasks,
        documentId,
        scope,
      }));
      this.logger.log({ msg: 'directive reminded', documentId, scope, units: units.length });
      return { reminded: units.reduce((sum, unit) => sum + unit.tasks, 0), units };
    });
  }

  /**
   * Sets last_reminded_at on the not-yet-reported tasks that match, and audits one `task.reminded`
   * event per unit: the one place both the daily job and the issuer's button remind through.
   */
  private async markReminded(
    tx: EntityManager,
    actorId: string | null,
    where: { documentId: string | null; dueBefore: string | null; notRemindedOn: string | null },
    details: (tasks: number) => Record<string, unknown>,
  ): Promise<RemindedUnit[]> {
    const units: RemindedUnit[] = await tx.query(
      `WITH reminded AS (
         UPDATE task SET last_reminded_at = now()
          WHERE status IN ('open', 'returned')
            AND ($1::uuid IS NULL OR document_id = $1::uuid)
            AND ($2::date IS NULL OR due_on < $2::date)
            AND ($3::date IS NULL OR last_reminded_at IS NULL OR (last_reminded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < $3::date)
          RETURNING unit_id)
       SELECT r.unit_id AS "unitId", u.name AS "unitName", count(*)::int AS tasks
         FROM reminded r JOIN unit u ON u.id = r.unit_id
        GROUP BY r.unit_id, u.name
        ORDER BY u.name, r.unit_id`,
      [where.documentId, where.dueBefore, where.notRemindedOn],
    );
    for (const unit of units)
      await this.audit.record(tx, {
        actorId,
        action: 'task.reminded',
        targetType: 'unit',
        targetId: unit.unitId,
        details: details(unit.tasks),
      });
    return units;
  }

  /**
   * Creates the occurrences of recurring deadlines that have come within the horizon since
   * dispatch (dispatch plans HORIZON_DAYS ahead), for every dispatched directive; run daily by the
   * `tasks.extend-horizon` job. Idempotent: same key as dispatch. Returns how many tasks it created.
   */
  async extendHorizon(): Promise<number> {
    const documents: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d.id FROM document d WHERE d.status = 'tasked' AND EXISTS (SELECT 1 FROM task t WHERE t.document_id = d.id AND t.occurrence <> '') ORDER BY d.created_at`,
    );
    let created = 0;
    for (const { id } of documents) created += await this.extendDirective(id);
    return created;
  }

  /** One directive's extension, under the same row lock as dispatch, from what its tasks say was dispatched. */
  private extendDirective(documentId: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      const { directive, units } = await this.load(tx, documentId);
      const series: Array<{
        unitId: string;
        requirementRef: string;
        recipientLine: string;
        lastOccurrence: string;
        createdOn: string;
      }> = await tx.query(
        `SELECT unit_id AS "unitId", requirement_ref AS "requirementRef", min(recipient_line) AS "recipientLine", max(occurrence) AS "lastOccurrence",
                min((created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::text AS "createdOn"
           FROM task WHERE document_id = $1 GROUP BY unit_id, requirement_ref`,
        [documentId],
      );
      if (series.length === 0) return 0;
      const today = this.today();
      // A unit merged away or dissolved since dispatch gets no new occurrences.
      const current = new Set(units.filter((u) => isValidOn(u, today)).map((u) => u.id));
      const unitsByLine = new Map<string, Set<string>>();
      for (const s of series)
        if (current.has(s.unitId))
          unitsByLine.set(s.recipientLine, (unitsByLine.get(s.recipientLine) ?? new Set()).add(s.unitId));
      const context = this.dueContext(directive);
      const planned = planHorizonExtension(
        directive,
        {
          dispatchedOn: series.reduce((min, s) => (s.createdOn < min ? s.createdOn : min), series[0].createdOn),
          issuedOn: context.issuedOn,
          recipients: [...unitsByLine].map(([line, ids]) => ({ line, unitIds: [...ids] })),
          lastOccurrences: new Map(series.map((s) => [seriesKey(s.requirementRef, s.unitId), s.lastOccurrence])),
        },
        this.unitsOf(units, directive),
        context.horizonEnd,
      );
      const createdIds = await this.insertTasks(tx, documentId, planned, null);
      if (createdIds.length > 0) {
        await this.audit.record(tx, {
          actorId: null,
          action: 'directive.horizon_extended',
          targetType: 'document',
          targetId: documentId,
          details: { tasks: createdIds.length, horizonEnd: context.horizonEnd },
        });
        this.logger.log({
          msg: 'recurring deadlines extended',
          documentId,
          created: createdIds.length,
          horizonEnd: context.horizonEnd,
        });
      }
      return createdIds.length;
    });
  }

  /** Inserts planned tasks, skipping those that exist (document × requirement × unit × occurrence); returns the new ids, each with its first event. */
  private async insertTasks(
    tx: EntityManager,
    documentId: string,
    tasks: Array<PlannedTask & { transferNote?: string | null }>,
    actorId: string | null,
  ): Promise<string[]> {
    if (tasks.length === 0) return [];
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(Task)
      .values(tasks.map((task) => ({ ...task, documentId })))
      .orIgnore()
      .returning(['id'])
      .execute();
    const createdIds = (inserted.raw as Array<{ id: string }>).map((row) => row.id);
    if (createdIds.length > 0)
      await tx.insert(
        TaskEvent,
        createdIds.map((taskId) => ({ taskId, actorId, fromStatus: null, toStatus: 'open' as const })),
      );
    return createdIds;
  }

  /** The register of tasks (sổ theo dõi) as CSV, one row per task, for a directive or all. */
  async registerCsv(user: AuthUser, documentId?: string): Promise<string> {
    const rows = await this.registerRows(user, documentId);
    return (
      '\uFEFF' +
      [
        toCsvRow(REGISTER_COLUMNS),
        ...rows.map((r) =>
          toCsvRow([r.document, r.requirement, r.unit, r.dueOn, r.status, r.closedAt, r.requirementText]),
        ),
      ].join('\r\n') +
      '\r\n'
    );
  }

  /** The same register as an Excel workbook: same columns and rows, the days as real dates. */
  async registerXlsx(user: AuthUser, documentId?: string): Promise<Buffer> {
    return registerWorkbook(await this.registerRows(user, documentId));
  }

  /** The register's rows, limited to the units the caller may see. */
  /** The register's rows, limited to what the caller may see; the directive by its title, the status in Vietnamese. */
  private async registerRows(user: AuthUser, documentId?: string): Promise<RegisterRow[]> {
    const values: unknown[] = [documentId ?? null];
    const visible = accessCondition(user, 'task', 'read', 't', binder(values));
    const rows: Array<RegisterRow & { directive: TitleFields | null }> = await this.dataSource.query(
      `SELECT d.original_name AS document, ${currentDirectiveSql('dd')} AS directive, t.requirement_ref AS requirement, u.name AS unit,
              t.due_on::text AS "dueOn", t.status,
              to_char(t.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS "closedAt", t.requirement_text AS "requirementText"
         FROM task t JOIN unit u ON u.id = t.unit_id JOIN document d ON d.id = t.document_id
         LEFT JOIN directive_draft dd ON dd.document_id = d.id
        WHERE ($1::uuid IS NULL OR t.document_id = $1) AND ${visible}
        ORDER BY d.created_at, t.requirement_ref, u.name, t.occurrence`,
      values,
    );
    return rows.map(({ directive, ...row }) => ({
      ...row,
      document: (directive && registerTitle(directive)) ?? row.document,
      status: TASK_STATUS_LABELS[row.status as TaskStatus] ?? row.status,
    }));
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

  private authorizeDocument(user: AuthUser, documentId: string, action: 'manage' | 'track'): Promise<void> {
    return authorize(this.dataSource.manager, user, 'document', action, documentId, () =>
      directiveNotFound(documentId),
    );
  }

  private async load(
    manager: EntityManager,
    documentId: string,
  ): Promise<{ directive: LoadedDirective; units: Unit[] }> {
    const draft = await manager.findOneBy(DirectiveDraft, { documentId });
    if (!draft) throw notReviewed('missing');
    const directive: LoadedDirective = currentDirective(draft);
    const units = await manager.find(Unit, { order: { code: 'ASC' } });
    return { directive, units };
  }

  /**
   * Resolution limited to the issuer's own registry, with the units that existed on the directive's
   * date ("UBND các huyện" means the districts of its day); today when the date is not known.
   */
  private resolve(lines: string[], units: Unit[], directive: LoadedDirective): RecipientResolution[] {
    const onDate = directive.date && /^\d{4}-\d{2}-\d{2}$/.test(directive.date) ? directive.date : this.today();
    return resolveRecipients(
      lines,
      units.map((u) => toRegistryUnit(u)),
      { onDate, issuerName: directive.issuer?.name ?? null },
    );
  }

  /** The units a phrase names on the directive's date, moved on to the units holding their work today. */
  private unitsOf(units: Unit[], directive: LoadedDirective): (phrase: string) => Set<string> {
    return (phrase) => {
      const ids = this.resolve([phrase], units, directive).flatMap((line) => idsOf(line, units));
      return new Set(redirectToSuccessors(ids, units, this.today()).unitIds);
    };
  }

  private dueContext(directive: { date: string | null }) {
    const today = this.today();
    return {
      issuedOn: directive.date && /^\d{4}-\d{2}-\d{2}$/.test(directive.date) ? directive.date : null,
      receivedOn: today,
      horizonEnd: addDays(today, HORIZON_DAYS),
    };
  }
}

export function isOverdue(task: Pick<Task, 'status' | 'dueOn'>, today: string): boolean {
  return (task.status === 'open' || task.status === 'returned') && task.dueOn !== null && task.dueOn < today;
}
