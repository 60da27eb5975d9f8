import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';
import { currentDirectiveSql, registerTitle, type TakenBack, type TitleFields } from '@congvan/documents';
import type { TaskStatus } from './task.entity.js';
import type { TaskView } from './tasking.dto.js';
import { type Clock, TASKING_CLOCK } from './tasking.service.js';

export interface TaskListQuery {
  status?: TaskStatus;
  documentId?: string;
  unitId?: string;
  dueFrom?: string;
  dueTo?: string;
  /** Only tasks past their due day and not reported. */
  overdue?: boolean;
  limit: number;
  offset: number;
}

/** A task as lists show it: with the directive it comes from (and whether its sender took it back) and the unit's name. */
export type TaskListItem = TaskView & {
  directive: { id: string; title: string; takenBack: TakenBack | null };
  unitName: string;
};

/**
 * How far past a page's first task the list counts: a unit with years of history pays for a
 * thousand index entries, not for all of them (bench/tasking-curve.bench.ts).
 */
export const COUNT_WINDOW = 1_000;

export interface TaskListPage {
  items: TaskListItem[];
  /**
   * How many tasks match, whatever the page: the list is never cut silently. Exact when
   * `totalExact`; otherwise counting stopped COUNT_WINDOW tasks past the page's first one and more
   * than `total` tasks match ("hơn 1.000").
   */
  total: number;
  totalExact: boolean;
  limit: number;
  offset: number;
}

/** One row of the list query: a task of the page (its view as JSON text, less the directive) or, past the last page, only the count. */
type Row = TitleFields & {
  counted: number;
  /** The task's view as PostgreSQL writes it (the directive and its title are added here, before the closing brace). */
  item: string | null;
  documentId: string;
  originalName: string;
  /** The directive's TakenBack as JSON text, or null. */
  takenBack: string | null;
};

/** A timestamptz as JavaScript's toISOString writes it (UTC, milliseconds), formatted by PostgreSQL. */
const isoSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** isOverdue in SQL: not reported and due before `today` (a bind placeholder). */
const overdueSql = (t: string, today: string) =>
  `(${t}.status IN ('open', 'returned') AND ${t}.due_on IS NOT NULL AND ${t}.due_on < ${today}::date)`;

/**
 * Task lists (a unit's inbox, the issuer's follow-up): what the caller may see, filtered by
 * directive, unit, status and due days, by due day (overdue first), paged with the total.
 *
 * The inbox is the most read route (bench/tasking.bench.ts), so its cost must not grow with the
 * table nor go to per-row work in JavaScript: one round trip, in which the page walks the
 * (unit_id, due_on, created_at, id) index in list order, the count stops COUNT_WINDOW tasks past
 * the page's first, and PostgreSQL writes each task's view as JSON; here only the directive's
 * title is formatted (once per directive) and the page's JSON text assembled. The answer is that
 * text, sent as is: no row object, no Date, no JSON.stringify of the page.
 */
@Injectable()
export class TaskListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  /** The page as JSON text: a TaskListPage. */
  async pageJson(user: AuthUser, query: TaskListQuery): Promise<string> {
    const today = this.today();
    const values: unknown[] = [];
    const param = binder(values);
    const where: string[] = [accessCondition(user, 'task', 'read', 't', param)];
    if (query.status) where.push(`t.status = ${param(query.status)}`);
    if (query.documentId) where.push(`t.document_id = ${param(query.documentId)}`);
    if (query.unitId) where.push(`t.unit_id = ${param(query.unitId)}`);
    if (query.dueFrom) where.push(`t.due_on >= ${param(query.dueFrom)}::date`);
    if (query.dueTo) where.push(`t.due_on <= ${param(query.dueTo)}::date`);
    const todayParam = param(today);
    if (query.overdue) where.push(overdueSql('t', todayParam));
    const filter = where.join(' AND ');
    const countUpTo = query.offset + COUNT_WINDOW;
    // The count always yields one row; the page joins it (no row past the last page), in list order.
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.counted, p.item, p."documentId", p."originalName", p."takenBack", p."docType", p.number, p.symbol, p.date
         FROM (SELECT count(*)::int AS counted
                 FROM (SELECT FROM task t WHERE ${filter} LIMIT ${param(countUpTo + 1)}) m) c
         LEFT JOIN LATERAL (
           SELECT row_to_json(v)::text AS item, t.document_id AS "documentId",
                  d.original_name AS "originalName", x."docType", x.number, x.symbol, x.date,
                  CASE WHEN d.taken_back_at IS NOT NULL
                       THEN json_build_object('at', ${isoSql('d.taken_back_at')}, 'by', d.taken_back_by)::text END AS "takenBack",
                  t.due_on AS sort_due, t.created_at AS sort_created, t.id AS sort_id
             FROM (SELECT t.* FROM task t
                    WHERE ${filter}
                    ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC, t.id
                    LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}) t
             -- Lookups by key, row by row of the page (LIMIT keeps them so): never a scan of the
             -- units, documents or drafts, whose tables grow with the history.
             CROSS JOIN LATERAL (SELECT u.name FROM unit u WHERE u.id = t.unit_id LIMIT 1) u
             CROSS JOIN LATERAL (SELECT d.original_name, d.taken_back_at, d.taken_back_by FROM document d WHERE d.id = t.document_id LIMIT 1) d
             LEFT JOIN LATERAL (
               SELECT x.* FROM directive_draft dd,
                      jsonb_to_record(${currentDirectiveSql('dd')}) AS x("docType" text, number text, symbol text, date text)
                WHERE dd.document_id = t.document_id LIMIT 1) x ON TRUE
             -- The TaskView, field by field (tasking.dto.ts), and the unit's name.
             CROSS JOIN LATERAL (
               SELECT t.id, t.document_id AS "documentId", t.requirement_ref AS "requirementRef",
                      t.requirement_text AS "requirementText", t.unit_id AS "unitId", t.recipient_line AS "recipientLine",
                      t.due_on AS "dueOn", nullif(t.occurrence, '') AS occurrence, t.deadline_text AS "deadlineText",
                      t.report_to AS "reportTo", t.status, ${overdueSql('t', todayParam)} AS overdue,
                      ${isoSql('t.closed_at')} AS "closedAt", ${isoSql('t.last_reminded_at')} AS "lastRemindedAt",
                      ${isoSql('t.cancelled_at')} AS "cancelledAt",
                      t.transfer_note AS "transferNote", u.name AS "unitName") v
         ) p ON TRUE
        ORDER BY p.sort_due ASC NULLS LAST, p.sort_created ASC, p.sort_id`,
      values,
    );
    const counted = rows[0]?.counted ?? 0;
    // A directive's title is formatted once per page, however many of its tasks the page holds.
    const titles = new Map<string, string>();
    const items: string[] = [];
    for (const row of rows) {
      if (row.item === null) continue;
      let title = titles.get(row.documentId);
      if (title === undefined) {
        title = JSON.stringify(registerTitle(row) ?? row.originalName);
        titles.set(row.documentId, title);
      }
      // row_to_json ends with the object's brace: the directive goes in before it.
      items.push(
        `${row.item.slice(0, -1)},"directive":{"id":"${row.documentId}","title":${title},"takenBack":${row.takenBack ?? 'null'}}}`,
      );
    }
    const total = Math.min(counted, countUpTo);
    return `{"items":[${items.join(',')}],"total":${total},"totalExact":${counted <= countUpTo},"limit":${query.limit},"offset":${query.offset}}`;
  }
}
