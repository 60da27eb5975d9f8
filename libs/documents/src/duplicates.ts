import type { EntityManager } from 'typeorm';
import { currentDirectiveSql } from './directive-draft.entity.js';
import { registerTitle } from './register-title.js';

/** The registered document a directive repeats: what the review screen links to. */
export interface DuplicateRef {
  id: string;
  title: string;
  incomingNumber: number | null;
  incomingYear: number | null;
  receivedOn: string | null;
  status: string;
}

/** A field reduced to its letters and digits, accent- and case-insensitive ("CV/HU" = "cv-hu"). */
const key = (json: string) => `regexp_replace(congvan_fold(coalesce(${json}, '')), '[^a-z0-9]', '', 'g')`;

/**
 * The first document of the same organisation, registered before this one and not refused, whose
 * directive has the same issuer, number, symbol and date (a second scan of the same công văn).
 * Null when the directive has no number yet, or it is the first.
 */
export async function findEarlierDuplicate(manager: EntityManager, documentId: string): Promise<DuplicateRef | null> {
  const [row] = await manager.query(
    `SELECT o.id, o.original_name AS "originalName", o.incoming_number AS "incomingNumber", o.incoming_year AS "incomingYear",
            o.received_on::text AS "receivedOn", o.status, ${currentDirectiveSql('od')} AS directive
       FROM document me
       JOIN directive_draft md ON md.document_id = me.id
       JOIN document o ON o.organisation = me.organisation AND o.id <> me.id AND o.status <> 'failed'
                      AND (o.created_at, o.id) < (me.created_at, me.id)
       JOIN directive_draft od ON od.document_id = o.id
      WHERE me.id = $1
        AND ${key(`${currentDirectiveSql('md')} ->> 'number'`)} <> ''
        AND ${key(`${currentDirectiveSql('od')} ->> 'number'`)} = ${key(`${currentDirectiveSql('md')} ->> 'number'`)}
        AND ${key(`${currentDirectiveSql('od')} ->> 'symbol'`)} = ${key(`${currentDirectiveSql('md')} ->> 'symbol'`)}
        AND ${key(`${currentDirectiveSql('od')} ->> 'date'`)} = ${key(`${currentDirectiveSql('md')} ->> 'date'`)}
        AND ${key(`${currentDirectiveSql('od')} -> 'issuer' ->> 'name'`)} = ${key(`${currentDirectiveSql('md')} -> 'issuer' ->> 'name'`)}
      ORDER BY o.created_at, o.id
      LIMIT 1`,
    [documentId],
  );
  if (!row) return null;
  return {
    id: row.id,
    title: registerTitle(row.directive) ?? row.originalName,
    incomingNumber: row.incomingNumber,
    incomingYear: row.incomingYear,
    receivedOn: row.receivedOn,
    status: row.status,
  };
}
