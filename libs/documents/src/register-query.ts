import type { Bind } from '@congvan/auth';
import type { DocumentStatus } from './document.entity.js';
import { currentDirectiveSql } from './directive-draft.entity.js';

/** What the register can be sorted by. */
export const REGISTER_SORTS = ['incomingNumber', 'receivedOn', 'date', 'issuer', 'dueOn', 'status'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export interface RegisterFilter {
  /** Words in the text or the register fields, accent-insensitive. */
  q?: string;
  /** Part of the issuer's name, accent-insensitive. */
  issuer?: string;
  status?: DocumentStatus;
  /** Only documents with a task past its due day and not reported. */
  overdue?: boolean;
  receivedFrom?: string;
  receivedTo?: string;
  dateFrom?: string;
  dateTo?: string;
  dueFrom?: string;
  dueTo?: string;
}

export interface RegisterOrder {
  sort: RegisterSort;
  order: 'asc' | 'desc';
}

/** The directive as the clerk last left it (corrected, else extracted). */
const CURRENT = currentDirectiveSql('dd');
const ISO_DAY = `'^\\d{4}-\\d{2}-\\d{2}$'`;

/**
 * One row per document with its register fields: số đến, ngày đến, số/ký hiệu, ngày văn bản, cơ
 * quan ban hành, trích yếu, hạn xử lý (the earliest due day of its unreported tasks, else of all its
 * tasks, else the earliest dated deadline of the directive), đơn vị xử lý (the units given tasks).
 * `access` is the caller's access condition on `d`; `today` a bind of today's date in Vietnam.
 */
export function registerRowsSql(access: string, today: string): string {
  return `
    SELECT d.id, d.original_name AS "originalName", d.mime_type AS "mimeType", d.size_bytes AS "sizeBytes", d.sha256,
           d.status, d.failure, d.pages_done AS "pagesDone", d.page_count AS "pageCount", d.text_source AS "textSource",
           d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.organisation,
           d.incoming_number AS "incomingNumber", d.incoming_year AS "incomingYear", d.received_on::text AS "receivedOn",
           d.taken_back_at AS "takenBackAt", d.taken_back_by AS "takenBackBy",
           ${CURRENT} ->> 'docType' AS "docType", ${CURRENT} ->> 'number' AS number, ${CURRENT} ->> 'symbol' AS symbol,
           ${CURRENT} ->> 'date' AS date, ${CURRENT} -> 'issuer' ->> 'name' AS issuer, ${CURRENT} ->> 'subject' AS subject,
           CASE WHEN ${CURRENT} ->> 'date' ~ ${ISO_DAY} THEN (${CURRENT} ->> 'date')::date END AS doc_day,
           coalesce(ts.open_due, ts.first_due, (
             SELECT min((x ->> 'date')::date) FROM jsonb_array_elements(
               CASE WHEN jsonb_typeof(${CURRENT} -> 'deadlines') = 'array' THEN ${CURRENT} -> 'deadlines' ELSE '[]'::jsonb END) x
              WHERE x ->> 'date' ~ ${ISO_DAY}))::text AS "dueOn",
           coalesce(ts.overdue, 0) AS overdue, coalesce(ts.units, 0) AS "unitCount"
      FROM document d
      LEFT JOIN directive_draft dd ON dd.document_id = d.id
      LEFT JOIN LATERAL (
        SELECT min(t.due_on) FILTER (WHERE t.status IN ('open', 'returned')) AS open_due,
               min(t.due_on) FILTER (WHERE t.status <> 'cancelled') AS first_due,
               count(*) FILTER (WHERE t.status IN ('open', 'returned') AND t.due_on < ${today}::date)::int AS overdue,
               count(DISTINCT t.unit_id)::int AS units
          FROM task t WHERE t.document_id = d.id) ts ON true
     WHERE ${access}`;
}

/** The WHERE conditions of a filter on the rows of registerRowsSql (aliased r). */
export function registerConditions(filter: RegisterFilter, bind: Bind): string[] {
  const where: string[] = [];
  const fold = (column: string) => `congvan_fold(coalesce(${column}, ''))`;
  const like = (text: string) => bind(`%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.q?.trim()) {
    const pattern = like(filter.q);
    where.push(
      `(${fold(`r.number || '/' || coalesce(r.symbol, '')`)} LIKE congvan_fold(${pattern})
        OR ${fold(`r.number || '-' || coalesce(r.symbol, '')`)} LIKE congvan_fold(${pattern})
        OR ${fold('r.subject')} LIKE congvan_fold(${pattern}) OR ${fold('r.issuer')} LIKE congvan_fold(${pattern})
        OR ${fold('r."originalName"')} LIKE congvan_fold(${pattern})
        OR EXISTS (SELECT 1 FROM document_page p WHERE p.document_id = r.id AND congvan_fold(p.normalised_text) LIKE congvan_fold(${pattern})))`,
    );
  }
  if (filter.issuer?.trim()) where.push(`${fold('r.issuer')} LIKE congvan_fold(${like(filter.issuer)})`);
  if (filter.status) where.push(`r.status = ${bind(filter.status)}`);
  if (filter.overdue) where.push(`r.overdue > 0`);
  const range = (column: string, from?: string, to?: string) => {
    if (from) where.push(`${column} >= ${bind(from)}::date`);
    if (to) where.push(`${column} <= ${bind(to)}::date`);
  };
  range(`r."receivedOn"::date`, filter.receivedFrom, filter.receivedTo);
  range('r.doc_day', filter.dateFrom, filter.dateTo);
  range(`r."dueOn"::date`, filter.dueFrom, filter.dueTo);
  return where;
}

/** ORDER BY for a sort; always ends on a unique key so pages never overlap. */
export function registerOrderBy({ sort, order }: RegisterOrder): string {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const keys: Record<RegisterSort, string> = {
    incomingNumber: `r."incomingYear" ${dir} NULLS LAST, r."incomingNumber" ${dir} NULLS LAST`,
    receivedOn: `r."receivedOn" ${dir} NULLS LAST, r."incomingNumber" ${dir} NULLS LAST`,
    date: `r.doc_day ${dir} NULLS LAST`,
    issuer: `r.issuer ${dir} NULLS LAST`,
    dueOn: `r."dueOn" ${dir} NULLS LAST`,
    status: `r.status ${dir}`,
  };
  return `${keys[sort]}, r."createdAt" DESC, r.id`;
}
