import type { DataSource, Migration } from 'typeorm';

// Any constant works; it only has to be the same for every congvan process.
const MIGRATION_LOCK = 7_240_123;

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that several
 * processes starting together against one database do not run the same migration twice.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
