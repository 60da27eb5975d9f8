import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrations } from '@congvan/db';
import { ENTITIES, MIGRATIONS } from '../../apps/api/src/schema.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 7_240_124;

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(process.env.TEST_DATABASE_URL);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty, unmigrated database (for the migration tests themselves). */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `congvan_t_${process.env.CONGVAN_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: serverUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * A fresh database with every migration applied, cloned from a template that the first caller of
 * the run builds (under an advisory lock), so each test file starts clean in milliseconds.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = `congvan_t_${process.env.CONGVAN_TEST_RUN}_template`;
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE "${template}"`);
        const dataSource = await new DataSource(
          buildDataSourceOptions(serverUrl(template), ENTITIES, MIGRATIONS),
        ).initialize();
        try {
          await runMigrations(dataSource);
        } finally {
          await dataSource.destroy();
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  const name = `congvan_t_${process.env.CONGVAN_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: serverUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh migrated database opened through TypeORM; `close` disconnects and drops it. */
export interface OpenTestDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A fresh database (see createTestDatabase) opened with a pool of `poolSize` connections. */
export async function openTestDatabase(poolSize: number): Promise<OpenTestDatabase> {
  const database = await createTestDatabase();
  const dataSource = await new DataSource({
    ...buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS),
    extra: { max: poolSize },
  }).initialize();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
