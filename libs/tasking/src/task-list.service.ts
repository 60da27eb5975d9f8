import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';
import { registerTitle, type TitleFields } from '@congvan/documents';
import type { TaskStatus } from './task.entity.js';
import { toTaskView, type TaskView } from './tasking.dto.js';
import { type Clock, type InboxTask, isOverdue, TASKING_CLOCK } from './tasking.service.js';

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
export type TaskListItem = TaskView & { directive: { id: string; title: string }; unitName: string };

export interface TaskListPage {
  items: TaskListItem[];
  /** How many tasks match, whatever the page: the list is never cut silently. */
  total: number;
  limit: number;
  offset: number;
}

/**
 * Task lists (a unit's inbox, the issuer's follow-up): what the caller may see, filtered by
 * directive, unit, status and due days, by due day (overdue first), paged with the total. Plain
 * SQL with only the columns a TaskView shows: the inbox is the most read route (bench/tasking.bench.ts).
 */
@Injectable()
export class TaskListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  async page(user: AuthUser, query: TaskListQuery): Promise<TaskListPage> {
    const today = this.today();
    const values: unknown[] = [];
    const param = binder(values);
    // A unit admin's scope is one equality, so the (unit_id, due_on, created_at) index yields the page in order.
    const where: string[] = [accessCondition(user, 'task', 'read', 't', param)];
    if (query.status) where.push(`t.status = ${param(query.status)}`);
    if (query.documentId) where.push(`t.document_id = ${param(query.documentId)}`);
    if (query.unitId) where.push(`t.unit_id = ${param(query.unitId)}`);
    if (query.dueFrom) where.push(`t.due_on >= ${param(query.dueFrom)}::date`);
    if (query.dueTo) where.push(`t.due_on <= ${param(query.dueTo)}::date`);
    if (query.overdue) where.push(`t.status IN ('open', 'returned') AND t.due_on < ${param(today)}::date`);
    const filterValues = values.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT t.id, t.document_id AS "documentId", t.requirement_ref AS "requirementRef", t.requirement_text AS "requirementText", t.unit_id AS "unitId",
                t.recipient_line AS "recipientLine", t.due_on::text AS "dueOn", t.occurrence, t.deadline_text AS "deadlineText", t.report_to AS "reportTo",
                t.status, t.closed_at AS "closedAt", t.last_reminded_at AS "lastRemindedAt"
           FROM task t
          WHERE ${where.join(' AND ')}
          ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC, t.id
          LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
        values,
      ) as Promise<InboxTask[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM task t WHERE ${where.join(' AND ')}`,
        values.slice(0, filterValues),
      ) as Promise<Array<{ total: number }>>,
    ]);
    const names = await this.names(rows);
    return {
      items: rows.map((task) => ({
        ...toTaskView(task, isOverdue(task, today)),
        directive: { id: task.documentId, title: names.documents.get(task.documentId) ?? '' },
        unitName: names.units.get(task.unitId) ?? '',
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** The titles of the page's directives and the names of its units, in two small queries. */
  private async names(rows: InboxTask[]): Promise<{ documents: Map<string, string>; units: Map<string, string> }> {
    const documentIds = [...new Set(rows.map((r) => r.documentId))];
    const unitIds = [...new Set(rows.map((r) => r.unitId))];
    if (rows.length === 0) return { documents: new Map(), units: new Map() };
    const [documents, units] = await Promise.all([
      this.dataSource.query(
        `SELECT d.id, d.original_name AS "originalName", coalesce(dd.reviewed, dd.extracted) AS directive
           FROM document d LEFT JOIN directive_draft dd ON dd.document_id = d.id WHERE d.id = ANY($1::uuid[])`,
        [documentIds],
      ),
      this.dataSource.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [unitIds]),
    ]);
    return {
      documents: new Map(
        documents.map((d: { id: string; originalName: string; directive: TitleFields | null }) => [
          d.id,
          (d.directive && registerTitle(d.directive)) ?? d.originalName,
        ]),
      ),
      units: new Map(units.map((u: { id: string; name: string }) => [u.id, u.name])),
    };
  }
}
