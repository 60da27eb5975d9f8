import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';
import { currentDirectiveSql, registerTitle, type TitleFields } from '@congvan/documents';
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
    const count = `SELECT count(*)::int FROM task t WHERE ${where.join(' AND ')}`;
    const current = currentDirectiveSql('dd');
    // One round trip: the page (in index order) with its directives' title fields, its units' names
    // and the total (an uncorrelated subquery, counted once).
    const rows: Array<InboxTask & TitleFields & { unitName: string; originalName: string; total: number }> =
      await this.dataSource.query(
        `SELECT p.*, u.name AS "unitName", d.original_name AS "originalName", (${count}) AS total,
                ${current} ->> 'docType' AS "docType", ${current} ->> 'number' AS number,
                ${current} ->> 'symbol' AS symbol, ${current} ->> 'date' AS date
           FROM (SELECT t.id, t.document_id AS "documentId", t.requirement_ref AS "requirementRef", t.requirement_text AS "requirementText",
                        t.unit_id AS "unitId", t.recipient_line AS "recipientLine", t.due_on::text AS "dueOn", t.occurrence,
                        t.deadline_text AS "deadlineText", t.status, t.closed_at AS "closedAt",
                        -- json is parsed natively; a text[] by a JavaScript parser, value by value
                        array_to_json(t.report_to) AS "reportTo",
                        t.last_reminded_at AS "lastRemindedAt", t.transfer_note AS "transferNote", t.created_at
                   FROM task t
                  WHERE ${where.join(' AND ')}
                  ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC, t.id
                  LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}) p
           JOIN unit u ON u.id = p."unitId"
           JOIN document d ON d.id = p."documentId"
           LEFT JOIN directive_draft dd ON dd.document_id = p."documentId"
          ORDER BY p."dueOn" ASC NULLS LAST, p.created_at ASC, p.id`,
        values,
      );
    // Past the last page there is no row to carry the total: count alone.
    const total =
      rows[0]?.total ??
      (query.offset > 0
        ? (await this.dataSource.query(`SELECT (${count}) AS total`, values.slice(0, filterValues)))[0].total
        : 0);
    return {
      items: rows.map((task) => ({
        ...toTaskView(task, isOverdue(task, today)),
        directive: { id: task.documentId, title: registerTitle(task) ?? task.originalName },
        unitName: task.unitName,
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
