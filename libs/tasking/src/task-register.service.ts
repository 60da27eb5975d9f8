import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';
import { toCsvRow } from '@congvan/common';
import { currentDirectiveSql, registerTitle, type TitleFields } from '@congvan/documents';
import { REGISTER_COLUMNS, registerWorkbook, type RegisterRow } from './register-workbook.js';
import { TASK_STATUS_LABELS, type TaskStatus } from './task.entity.js';

/** Sổ theo dõi: the task register as CSV and Excel, limited to what the caller may see. */
@Injectable()
export class TaskRegisterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
