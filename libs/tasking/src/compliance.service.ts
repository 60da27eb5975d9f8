import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { accessKey, AuditLog, type AuthUser, authorizationSql, binder, checkAuthorization } from '@congvan/auth';
import { type Clock, TASKING_CLOCK } from './clock.js';
import { addDays } from './compute-due-dates.js';
import { isOverdue } from './clock.js';
import { TaskPlanner } from './task-planner.js';
import { TaskResponse } from './task-response.entity.js';
import { Task } from './task.entity.js';
import { type RemindScope, toTaskView, type TaskView } from './tasking.dto.js';
import { directiveNotFound, remindUnitsNotTasked, unitNotTasked } from './tasking.errors.js';
import { preparedRows } from './prepared-query.js';
import { type CachedBody, ResponseCache } from './response-cache.js';

/**
 * A directive's board (ComplianceRow columns, unordered) for the binds `document` and `today`,
 * counted only when `gate` holds. Counted per unit first, then each unit's name by key: never a
 * scan of every unit (bench/tasking.bench.ts).
 */
const complianceSql = (document: string, today: string, gate: string) =>
  `SELECT c."unitId", u.name AS "unitName", c.total, c.done, c.late, c."notReported", c.overdue, c.cancelled
     FROM (SELECT t.unit_id AS "unitId", count(*) FILTER (WHERE t.status <> 'cancelled')::int AS total,
                  count(*) FILTER (WHERE t.status IN ('closed','accepted') AND (t.due_on IS NULL OR t.closed_at < (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS done,
                  count(*) FILTER (WHERE t.status IN ('closed','accepted') AND t.due_on IS NOT NULL AND t.closed_at >= (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS late,
                  count(*) FILTER (WHERE t.status IN ('open','returned'))::int AS "notReported",
                  count(*) FILTER (WHERE t.status IN ('open','returned') AND t.due_on < ${today}::date)::int AS overdue,
                  count(*) FILTER (WHERE t.status = 'cancelled')::int AS cancelled
             FROM task t
            WHERE t.document_id = ${document} AND ${gate}
            GROUP BY t.unit_id) c
    CROSS JOIN LATERAL (SELECT name FROM unit WHERE id = c."unitId" LIMIT 1) u`;

export interface RemindedUnit {
  unitId: string;
  unitName: string;
  tasks: number;
}

export interface RemindResult {
  reminded: number;
  units: RemindedUnit[];
}

/** One unit's work on a directive, as the issuer opens it from the board: each task with its answers. */
export interface UnitAnswers {
  unitId: string;
  unitName: string;
  tasks: Array<TaskView & { responses: Array<Pick<TaskResponse, 'id' | 'text' | 'attachments' | 'createdAt'>> }>;
}

export interface ComplianceRow {
  unitId: string;
  unitName: string;
  total: number;
  done: number;
  late: number;
  notReported: number;
  overdue: number;
  /** Tasks cancelled because the directive was taken back: not in `total`, owed by nobody. */
  cancelled: number;
}

/** The issuer's view of a directive's tasks per unit, and the reminders (the issuer's and the daily job's). */
@Injectable()
export class ComplianceService {
  private readonly logger = new Logger(ComplianceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
    private readonly planner: TaskPlanner,
    private readonly audit: AuditLog,
    private readonly cache: ResponseCache,
  ) {}

  /**
   * complianceFor's answer as JSON bytes, from this process's ResponseCache while neither the
   * directive (its row, its draft) nor any of its tasks has changed (scope `d:<doc>`): keyed by the
   * caller's access (accessKey: the same check gives the same verdict), the day (overdue counts)
   * and the directive. A refusal (404, 403) is never kept.
   */
  complianceJson(user: AuthUser, documentId: string): Promise<CachedBody> {
    const id = documentId.toLowerCase();
    const today = this.today();
    return this.cache.get(['compliance', accessKey(user), today, id].join('\u0000'), `d:${id}`, async () =>
      Buffer.from(JSON.stringify(await this.complianceFor(user, id, today))),
    );
  }

  /**
   * The compliance board of a directive the caller follows (its organisation's, or its body issued
   * it): the caller's check (authorize: 404 / 403) and the board in one round trip, a prepared
   * statement (the issuer's most read route, bench/tasking.bench.ts).
   */
  async complianceFor(user: AuthUser, documentId: string, today = this.today()): Promise<ComplianceRow[]> {
    const values: unknown[] = [documentId, today];
    const check = authorizationSql(user, 'document', 'track', binder(values));
    // The board is counted only when the check allows it (a one-time filter on a.may).
    const rows = await preparedRows<[may: boolean, sees: boolean, ...row: Array<string | number | null>]>(
      this.dataSource,
      `SELECT a.may, a.sees, b.* FROM (${check} WHERE o.id = $1) a
         LEFT JOIN LATERAL (${complianceSql('$1', '$2', 'a.may')}) b ON TRUE
        ORDER BY b."unitName", b."unitId"`,
      values,
    );
    checkAuthorization(rows[0] && { may: rows[0][0], sees: rows[0][1] }, () => directiveNotFound(documentId));
    return rows
      .filter((row) => row[2] !== null)
      .map(([, , unitId, unitName, total, done, late, notReported, overdue, cancelled]) => ({
        unitId,
        unitName,
        total,
        done,
        late,
        notReported,
        overdue,
        cancelled,
      })) as ComplianceRow[];
  }

  /** Per unit for one directive: tasks done on time, done late, not yet reported, overdue (no caller check). */
  async compliance(documentId: string): Promise<ComplianceRow[]> {
    const rows = await this.dataSource.query(`${complianceSql('$1', '$2', 'TRUE')} ORDER BY "unitName", "unitId"`, [
      documentId,
      this.today(),
    ]);
    return rows as ComplianceRow[];
  }

  /** A board row opened: the unit's tasks of this directive with their answers; a unit with none is a 404. */
  async unitAnswers(user: AuthUser, documentId: string, unitId: string): Promise<UnitAnswers> {
    await this.planner.authorizeDocument(user, documentId, 'track');
    const tasks = await this.dataSource.getRepository(Task).find({
      where: { documentId, unitId },
      relations: { unit: true },
      order: { requirementRef: 'ASC', occurrence: 'ASC' },
    });
    if (tasks.length === 0) throw unitNotTasked(unitId);
    const responses = await this.dataSource
      .getRepository(TaskResponse)
      .createQueryBuilder('r')
      .where('r.task_id IN (:...ids)', { ids: tasks.map((t) => t.id) })
      .orderBy('r.created_at', 'ASC')
      .getMany();
    const today = this.today();
    return {
      unitId,
      unitName: tasks[0].unit.name,
      tasks: tasks.map((task) => ({
        ...toTaskView(task, isOverdue(task, today)),
        responses: responses
          .filter((r) => r.taskId === task.id)
          .map(({ id, text, attachments, createdAt }) => ({ id, text, attachments, createdAt })),
      })),
    };
  }

  /**
   * Marks overdue tasks as reminded today (once a day per task) and records one audit event per
   * unit with its count; run daily by the `tasks.remind` job. Returns how many tasks were reminded.
   */
  async remindOverdue(): Promise<number> {
    const today = this.today();
    const units = await this.dataSource.transaction((tx) =>
      this.markReminded(
        tx,
        null,
        { documentId: null, dueBefore: today, notRemindedOn: today, unitIds: null },
        (tasks) => ({
          overdueTasks: tasks,
        }),
      ),
    );
    return units.reduce((sum, unit) => sum + unit.tasks, 0);
  }

  /**
   * The issuer's "nhắc" for one directive: marks its tasks not yet reported (open or returned) as
   * reminded now, whether or not they were reminded earlier today, with one audit event per unit.
   * `due` (the default) takes the tasks due today or earlier; `unreported` every one not reported.
   */
  async remindDirective(
    user: AuthUser,
    documentId: string,
    scope: RemindScope = 'due',
    unitIds: string[] | null = null,
  ): Promise<RemindResult> {
    await this.planner.authorizeDocument(user, documentId, 'track');
    return this.dataSource.transaction(async (tx) => {
      if (unitIds) {
        // Checked by object: a unit is remindable only if it holds a task of this very directive.
        const held: Array<{ unitId: string }> = await tx.query(
          `SELECT DISTINCT unit_id AS "unitId" FROM task WHERE document_id = $1 AND unit_id = ANY($2::uuid[])`,
          [documentId, unitIds],
        );
        const known = new Set(held.map((row) => row.unitId));
        const strangers = [...new Set(unitIds)].filter((id) => !known.has(id));
        if (strangers.length > 0 || unitIds.length === 0) throw remindUnitsNotTasked(strangers);
      }
      const dueBefore = scope === 'due' ? addDays(this.today(), 1) : null;
      const units = await this.markReminded(
        tx,
        user.id,
        { documentId, dueBefore, notRemindedOn: null, unitIds },
        (tasks) => ({ tasks, documentId, scope }),
      );
      this.logger.log({ msg: 'directive reminded', documentId, scope, units: units.length, chosen: unitIds?.length });
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
    where: {
      documentId: string | null;
      dueBefore: string | null;
      notRemindedOn: string | null;
      unitIds: string[] | null;
    },
    details: (tasks: number) => Record<string, unknown>,
  ): Promise<RemindedUnit[]> {
    const units: RemindedUnit[] = await tx.query(
      `WITH reminded AS (
         UPDATE task SET last_reminded_at = now()
          WHERE status IN ('open', 'returned')
            AND ($1::uuid IS NULL OR document_id = $1::uuid)
            AND ($2::date IS NULL OR due_on < $2::date)
            AND ($3::date IS NULL OR last_reminded_at IS NULL OR (last_reminded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < $3::date)
            AND ($4::uuid[] IS NULL OR unit_id = ANY($4::uuid[]))
          RETURNING unit_id)
       SELECT r.unit_id AS "unitId", u.name AS "unitName", count(*)::int AS tasks
         FROM reminded r JOIN unit u ON u.id = r.unit_id
        GROUP BY r.unit_id, u.name
        ORDER BY u.name, r.unit_id`,
      [where.documentId, where.dueBefore, where.notRemindedOn, where.unitIds],
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
}
