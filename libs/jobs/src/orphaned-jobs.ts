import type pg from 'pg';
import { LIVENESS_APPLICATION_PREFIX } from './worker-liveness.js';

/** The pg-boss schema; orphan recovery reads and updates pg-boss 10's `job` table in it. */
export const PGBOSS_SCHEMA = 'pgboss';

/** Only one worker at a time sweeps (transaction-level advisory lock). */
const SWEEP_LOCK = 7_240_141;

export interface RecoveredJob {
  id: string;
  name: string;
  data: object;
  /** 'retry': it runs again now; 'failed': its worker died on its last attempt. */
  state: 'retry' | 'failed';
  owner: string | null;
}

/**
 * Finds the active jobs of `queues` whose worker is gone and hands them back to the queue at once:
 * a job whose claim names an owner with no live session (see WorkerLiveness), or an active job with
 * no claim at all older than `unclaimedGraceSeconds` (its worker died between taking it and
 * claiming it). A recovered job counts as an attempt, so a document that kills its worker every
 * time still ends, in `failed`, after its retries. Runs in one transaction on `client`.
 */
export async function recoverOrphanedJobs(
  client: pg.Client,
  queues: string[],
  unclaimedGraceSeconds: number,
): Promise<RecoveredJob[]> {
  await client.query('BEGIN');
  try {
    const locked = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      SWEEP_LOCK,
    ]);
    if (!locked.rows[0]?.locked) {
      await client.query('ROLLBACK');
      return [];
    }
    const { rows } = await client.query<RecoveredJob>(
      `WITH orphan AS (
         SELECT j.name, j.id, c.owner
         FROM ${PGBOSS_SCHEMA}.job j
         LEFT JOIN job_claim c ON c.job_id = j.id
         WHERE j.state = 'active' AND j.name = ANY($1::text[])
           AND CASE
             WHEN c.job_id IS NULL THEN j.started_on < now() - make_interval(secs => $2)
             ELSE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $3 || c.owner)
           END
         FOR UPDATE OF j SKIP LOCKED
       )
       UPDATE ${PGBOSS_SCHEMA}.job j SET
         state = CASE WHEN j.retry_count < j.retry_limit THEN 'retry' ELSE 'failed' END::${PGBOSS_SCHEMA}.job_state,
         start_after = now(),
         completed_on = CASE WHEN j.retry_count < j.retry_limit THEN NULL ELSE now() END,
         output = jsonb_build_object('message', 'the worker running this job is gone', 'owner', o.owner)
       FROM orphan o
       WHERE j.name = o.name AND j.id = o.id AND j.state = 'active'
       RETURNING j.id, j.name, j.data, j.state::text AS state, o.owner`,
      [queues, unclaimedGraceSeconds, LIVENESS_APPLICATION_PREFIX],
    );
    // Claims of jobs that are no longer running (recovered here, or finished without their release).
    await client.query(
      `DELETE FROM job_claim c
       WHERE NOT EXISTS (SELECT 1 FROM ${PGBOSS_SCHEMA}.job j WHERE j.id = c.job_id AND j.state = 'active')`,
    );
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
