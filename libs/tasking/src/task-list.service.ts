import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, accessKey, type AuthUser, binder, taskScope } from '@congvan/auth';
import { currentDirectiveSql, registerTitle, type TakenBack } from '@congvan/documents';
import { preparedRows } from './prepared-query.js';
import { type CachedBody, ResponseCache } from './response-cache.js';
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

/** A task as lists show it: with the directive it comes from and the unit's name. */
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

/**
 * One row of the list query, as an array: the count, then a task of the page (its view as JSON
 * text, less the directive, which is added here before the closing brace), its directive's id and
 * the version of the directive's draft (the row's xmin: any change to the draft changes it) and
 * the directive's TakenBack as JSON text (or null); past the last page, only the count.
 */
type Row = [counted: number, item: string | null, documentId: string, version: string | null, takenBack: string | null];

/** A directive's title as the lists show it (JSON text), for the draft version it was formatted from. */
interface Title {
  version: string | null;
  json: string;
}

/** How many directives' titles a process keeps (about 100 bytes each); the oldest go first. */
const TITLES_KEPT = 10_000;

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
 * table nor go to per-row work in JavaScript: one round trip (a prepared statement, planned once
 * per connection), in which the page walks the (unit_id, due_on, created_at, id) index in list
 * order, the count stops COUNT_WINDOW tasks past the page's first, and PostgreSQL writes each
 * task's view as JSON; here only the directive's title is added (formatted once per directive and
 * draft version, see titles) and the page's JSON written into one buffer, sent as is: no row
 * object, no Date, no JSON.stringify, no page-sized string to join and encode again.
 */
@Injectable()
export class TaskListService {
  /** Directive titles by document id, with the draft version they were formatted from (titles). */
  private readonly titleCache = new Map<string, Title>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
    private readonly cache: ResponseCache,
  ) {}

  /**
   * The page as pageJson writes it, from this process's ResponseCache while nothing the caller may
   * see has changed: keyed by the caller's access (accessKey), the day (overdue) and the normalised
   * query, valid while the caller's task scope (taskScope) is unchanged.
   */
  cachedPage(user: AuthUser, query: TaskListQuery): Promise<CachedBody> {
    const today = this.today();
    const key = [
      'tasks',
      accessKey(user),
      today,
      query.status ?? '',
      query.documentId?.toLowerCase() ?? '',
      query.unitId?.toLowerCase() ?? '',
      query.dueFrom ?? '',
      query.dueTo ?? '',
      query.overdue ? 1 : 0,
      query.limit,
      query.offset,
    ].join('\u0000');
    return this.cache.get(key, taskScope(user), () => this.pageJson(user, query, today));
  }

  /** The page as JSON (UTF-8 bytes): a TaskListPage. */
  async pageJson(user: AuthUser, query: TaskListQuery, today = this.today()): Promise<Buffer> {
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
    const rows = await preparedRows<Row>(
      this.dataSource,
      `SELECT c.counted, p.item, p."documentId", p.version, p."takenBack"
         FROM (SELECT count(*)::int AS counted
                 FROM (SELECT FROM task t WHERE ${filter} LIMIT ${param(countUpTo + 1)}) m) c
         LEFT JOIN LATERAL (
           SELECT row_to_json(v)::text AS item, t.document_id AS "documentId", dd.xmin::text AS version,
                  CASE WHEN d.taken_back_at IS NOT NULL
                       THEN json_build_object('at', ${isoSql('d.taken_back_at')}, 'by', d.taken_back_by)::text END AS "takenBack",
                  t.due_on AS sort_due, t.created_at AS sort_created, t.id AS sort_id
             FROM (SELECT t.* FROM task t
                    WHERE ${filter}
                    ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC, t.id
                    LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}) t
             -- Lookups by key, row by row of the page (LIMIT keeps them so): never a scan of the
             -- units or drafts, whose tables grow with the history. The draft's version only: its
             -- JSON is read when the title is not known yet (titles).
             CROSS JOIN LATERAL (SELECT u.name FROM unit u WHERE u.id = t.unit_id LIMIT 1) u
             CROSS JOIN LATERAL (SELECT d.taken_back_at, d.taken_back_by FROM document d WHERE d.id = t.document_id LIMIT 1) d
             LEFT JOIN LATERAL (SELECT dd.xmin FROM directive_draft dd WHERE dd.document_id = t.document_id LIMIT 1) dd ON TRUE
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
    const counted = rows[0]?.[0] ?? 0;
    const titles = await this.titles(rows);
    const total = Math.min(counted, countUpTo);
    return pageBytes(
      rows,
      titles,
      `],"total":${total},"totalExact":${counted <= countUpTo},"limit":${query.limit},"offset":${query.offset}}`,
    );
  }

  /**
   * The title (JSON text) of each directive of the page: formatted once per directive and draft
   * version in this process, since every page names the same few directives; the drafts of those
   * not known yet, or changed since (another version), are read in one query.
   */
  private async titles(rows: Row[]): Promise<Map<string, string>> {
    const page = new Map<string, string>();
    const missing: string[] = [];
    for (const [, item, documentId, version] of rows) {
      if (item === null || page.has(documentId)) continue;
      const known = this.titleCache.get(documentId);
      if (known && known.version === version) page.set(documentId, known.json);
      else if (!missing.includes(documentId)) missing.push(documentId);
    }
    if (missing.length === 0) return page;
    const read = await preparedRows<
      [id: string, originalName: string, version: string | null, ...fields: Array<string | null>]
    >(
      this.dataSource,
      `SELECT d.id, d.original_name, dd.xmin::text, x."docType", x.number, x.symbol, x.date
         FROM document d
         LEFT JOIN directive_draft dd ON dd.document_id = d.id
         LEFT JOIN LATERAL jsonb_to_record(${currentDirectiveSql('dd')})
                AS x("docType" text, number text, symbol text, date text) ON TRUE
        WHERE d.id = ANY ($1::uuid[])`,
      [missing],
    );
    for (const [id, originalName, version, docType, number, symbol, date] of read) {
      const json = JSON.stringify(registerTitle({ docType, number, symbol, date }) ?? originalName);
      page.set(id, json);
      this.titleCache.delete(id);
      this.titleCache.set(id, { version, json });
      if (this.titleCache.size > TITLES_KEPT) this.titleCache.delete(this.titleCache.keys().next().value as string);
    }
    return page;
  }
}

/**
 * The page's JSON bytes: each task's view as PostgreSQL wrote it, its closing brace replaced by the
 * directive, encoded straight into one buffer (a page-sized string, joined then encoded again by
 * Express, cost the inbox about three times as much CPU and garbage).
 */
function pageBytes(rows: Row[], titles: Map<string, string>, tail: string): Buffer {
  // An upper bound (Buffer.write cuts what does not fit): UTF-8 takes at most 3 bytes per UTF-16 unit.
  let size = 16 + tail.length;
  for (const [, item, documentId, , takenBack] of rows)
    if (item !== null)
      size += 3 * (item.length + (titles.get(documentId)?.length ?? 2) + (takenBack?.length ?? 4)) + 80;
  const buffer = Buffer.allocUnsafe(size);
  let at = buffer.write('{"items":[', 0, 'latin1');
  let first = true;
  for (const [, item, documentId, , takenBack] of rows) {
    if (item === null) continue;
    if (!first) buffer[at++] = 0x2c; // ,
    first = false;
    // Every byte of row_to_json's text but its last, the object's closing brace.
    at += buffer.write(item, at, 'utf8') - 1;
    const title = titles.get(documentId) ?? '""';
    at += buffer.write(
      `,"directive":{"id":"${documentId}","title":${title},"takenBack":${takenBack ?? 'null'}}}`,
      at,
      'utf8',
    );
  }
  at += buffer.write(tail, at, 'latin1');
  return buffer.subarray(0, at);
}
