import type { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';

/**
 * Ids of the rows of an exchange table (outbox, take-backs) whose subject the caller may read: a
 * document when `documentKind` matches, a reply when `replyKind` does. Newest first, at most 200.
 * Table and column names are this library's constants, never input.
 */
export async function visibleSubjectRows(
  dataSource: DataSource,
  user: AuthUser,
  table: { name: string; kindColumn: string; documentKind: string; replyKind: string; orderBy: string },
  state?: string,
): Promise<string[]> {
  const values: unknown[] = [];
  const bind = binder(values);
  const rows: Array<{ id: string }> = await dataSource.query(
    `SELECT x.id FROM ${table.name} x
       LEFT JOIN document d ON x.${table.kindColumn} = '${table.documentKind}' AND d.id = x.subject_id
       LEFT JOIN reply_document r ON x.${table.kindColumn} = '${table.replyKind}' AND r.id = x.subject_id
      WHERE ((d.id IS NOT NULL AND ${accessCondition(user, 'document', 'read', 'd', bind)})
          OR (r.id IS NOT NULL AND ${accessCondition(user, 'reply', 'read', 'r', bind)}))
        ${state ? `AND x.state = ${bind(state)}` : ''}
      ORDER BY x.${table.orderBy} DESC LIMIT 200`,
    values,
  );
  return rows.map(({ id }) => id);
}
