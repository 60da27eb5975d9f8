import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change notifications for the caches of every process (libs/db/src/change-feed.ts): a statement
 * that changes what the inbox or a compliance board shows, or ends a session, sends on the channel
 * `congvan_changes` (delivered at commit, to every listening process on every host) the scopes it
 * touched, separated by spaces:
 *
 *   `*`          any task (what a caller who sees every organisation sees)
 *   `u:<unit>`   the tasks of a unit, or of the directives a unit issued (a unit admin's, a leader's)
 *   `o:<org>`    the tasks of an organisation's documents (a clerk's)
 *   `d:<doc>`    one directive: its row, its draft, its tasks (its compliance board)
 *   `!`          everything: units (their names are in every list, their codes decide organisations)
 *   `a:<user>`   an account's sessions (signed out, revoked, locked, role, unit or password changed)
 *
 * Statement-level triggers with transition tables (one per event, as PostgreSQL requires): a
 * dispatch of 1,000 tasks sends a few notifications, not 1,000; a payload is split to stay under
 * PostgreSQL's 8,000 bytes. Updates that change nothing shown (a document's OCR status, a failed
 * sign-in count) send nothing.
 */
export class ChangeNotifications1764300000017 implements MigrationInterface {
  name = 'ChangeNotifications1764300000017';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION congvan_notify_changes(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        payload text := '';
        scope text;
      BEGIN
        FOREACH scope IN ARRAY coalesce(scopes, '{}') LOOP
          CONTINUE WHEN scope IS NULL;
          IF payload <> '' AND length(payload) + length(scope) >= 7000 THEN
            PERFORM pg_notify('congvan_changes', payload);
            payload := '';
          END IF;
          payload := CASE WHEN payload = '' THEN scope ELSE payload || ' ' || scope END;
        END LOOP;
        IF payload <> '' THEN
          PERFORM pg_notify('congvan_changes', payload);
        END IF;
      END $$`);

    // Tasks: whoever sees them (their unit; the directive's issuer, organisation, board; everyone).
    await db.query(`
      CREATE FUNCTION congvan_task_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scopes text[];
      BEGIN
        -- Each directive's row looked up once, not once per task.
        EXECUTE format(
          'WITH c AS (%s)
           SELECT array_agg(s) FROM (
             SELECT ''*'' AS s WHERE EXISTS (SELECT FROM c)
             UNION SELECT ''u:'' || unit_id FROM c
             UNION SELECT unnest(ARRAY[''d:'' || d.id, ''u:'' || d.issuer_unit_id, ''o:'' || d.organisation])
                     FROM document d WHERE d.id IN (SELECT document_id FROM c)) x',
          CASE TG_OP
            WHEN 'INSERT' THEN 'SELECT unit_id, document_id FROM new_rows'
            WHEN 'DELETE' THEN 'SELECT unit_id, document_id FROM old_rows'
            ELSE 'SELECT unit_id, document_id FROM new_rows UNION SELECT unit_id, document_id FROM old_rows'
          END) INTO scopes;
        PERFORM congvan_notify_changes(scopes);
        RETURN NULL;
      END $$`);

    // A directive's row (who may see it, its title when it has no register title, its take-back)
    // and its draft (its title): every list that shows one of its tasks.
    await db.query(`
      CREATE FUNCTION congvan_document_scopes(ids uuid[]) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT array_agg(DISTINCT s) FROM (
          SELECT unnest(ARRAY['*', 'd:' || d.id, 'o:' || d.organisation, 'u:' || d.issuer_unit_id]) AS s
            FROM document d WHERE d.id = ANY (ids)
          UNION ALL
          SELECT DISTINCT 'u:' || t.unit_id FROM task t WHERE t.document_id = ANY (ids)
        ) x
      $$`);
    const shown = ['organisation', 'issuer_unit_id', 'deleted_at', 'taken_back_at', 'taken_back_by', 'original_name'];
    const changedColumns = (n: string, o: string) =>
      `(${shown.map((c) => `${n}.${c}`).join(', ')}) IS DISTINCT FROM (${shown.map((c) => `${o}.${c}`).join(', ')})`;
    await db.query(`
      CREATE FUNCTION congvan_document_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
        scopes text[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- An update's old values count too (a document moved to another organisation leaves the first one's lists).
          SELECT array_agg(n.id), array_agg(DISTINCT s) INTO ids, scopes
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           CROSS JOIN LATERAL unnest(ARRAY['o:' || o.organisation, 'u:' || o.issuer_unit_id]) s
           WHERE ${changedColumns('n', 'o')};
          IF ids IS NULL THEN
            RETURN NULL;
          END IF;
          scopes := scopes || congvan_document_scopes(ids);
        ELSIF TG_OP = 'INSERT' THEN
          SELECT congvan_document_scopes(array_agg(id)) INTO scopes FROM new_rows;
        ELSE
          SELECT array_agg(DISTINCT s) INTO scopes
            FROM old_rows o
           CROSS JOIN LATERAL unnest(ARRAY['*', 'd:' || o.id, 'o:' || o.organisation, 'u:' || o.issuer_unit_id]) s;
        END IF;
        PERFORM congvan_notify_changes(scopes);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION congvan_draft_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scopes text[];
      BEGIN
        EXECUTE format(
          'SELECT congvan_document_scopes(array_agg(document_id)) FROM (%s) c',
          CASE TG_OP
            WHEN 'INSERT' THEN 'SELECT document_id FROM new_rows'
            WHEN 'DELETE' THEN 'SELECT document_id FROM old_rows'
            ELSE 'SELECT document_id FROM new_rows UNION SELECT document_id FROM old_rows'
          END) INTO scopes;
        PERFORM congvan_notify_changes(scopes);
        RETURN NULL;
      END $$`);

    // Units: names in every list, codes deciding every clerk's organisation: everything.
    await db.query(`
      CREATE FUNCTION congvan_unit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        touched boolean;
      BEGIN
        EXECUTE format('SELECT EXISTS (SELECT FROM %s)', CASE TG_OP WHEN 'DELETE' THEN 'old_rows' ELSE 'new_rows' END)
          INTO touched;
        IF touched THEN
          PERFORM congvan_notify_changes(ARRAY['!']);
        END IF;
        RETURN NULL;
      END $$`);

    // Sessions: a session ended (revoked, shortened, deleted), an account locked, deleted or changed
    // in what decides its access (role, unit) or its password.
    await db.query(`
      CREATE FUNCTION congvan_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scopes text[];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT 'a:' || id) INTO scopes FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT 'a:' || n.id) INTO scopes
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.role, n.unit_id, n.locked_until, n.password_hash, n.username)
                 IS DISTINCT FROM (o.role, o.unit_id, o.locked_until, o.password_hash, o.username);
        END IF;
        PERFORM congvan_notify_changes(scopes);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION congvan_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scopes text[];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT 'a:' || user_id) INTO scopes FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT 'a:' || n.user_id) INTO scopes
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.revoked_at, n.expires_at, n.user_id) IS DISTINCT FROM (o.revoked_at, o.expires_at, o.user_id);
        END IF;
        PERFORM congvan_notify_changes(scopes);
        RETURN NULL;
      END $$`);

    for (const [table, fn, events] of TRIGGERS)
      for (const event of events) {
        const transition =
          event === 'INSERT'
            ? 'NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'OLD TABLE AS old_rows'
              : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
        await db.query(
          `CREATE TRIGGER "congvan_${table}_${event.toLowerCase()}_notify" AFTER ${event} ON "${table}"
             REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table, , events] of TRIGGERS)
      for (const event of events)
        await db.query(`DROP TRIGGER "congvan_${table}_${event.toLowerCase()}_notify" ON "${table}"`);
    for (const fn of [
      'congvan_session_changed()',
      'congvan_account_changed()',
      'congvan_unit_changed()',
      'congvan_draft_changed()',
      'congvan_document_changed()',
      'congvan_document_scopes(uuid[])',
      'congvan_task_changed()',
      'congvan_notify_changes(text[])',
    ])
      await db.query(`DROP FUNCTION ${fn}`);
  }
}

const ALL = ['INSERT', 'UPDATE', 'DELETE'] as const;
const TRIGGERS: Array<[table: string, fn: string, events: ReadonlyArray<'INSERT' | 'UPDATE' | 'DELETE'>]> = [
  ['task', 'congvan_task_changed', ALL],
  ['document', 'congvan_document_changed', ALL],
  ['directive_draft', 'congvan_draft_changed', ALL],
  ['unit', 'congvan_unit_changed', ALL],
  ['user_account', 'congvan_account_changed', ['UPDATE', 'DELETE']],
  ['session', 'congvan_session_changed', ['UPDATE', 'DELETE']],
];
