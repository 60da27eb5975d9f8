import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runningPostmaster, stopPostmaster } from '@congvan/db';
import {
  freePort,
  killAllChildren,
  runCli,
  spawnSource,
  startSpawnedApp,
  type SpawnedApp,
} from '../support/spawned-app.js';

const PASSWORD = 'Mật-khẩu-Mạnh-2024!';
const SCANS = 'samples/directives';

/**
 * The embedded default as a user runs it: `npm start` with no DATABASE_URL (as root here, with
 * DATA_DIR inside a folder only root may enter) beside a CLI command that started the database
 * first, then every CLI command beside the running server, then PostgreSQL killed under it, then a
 * normal stop.
 */
describe('embedded PostgreSQL shared by the server and the CLI (spawned, no DATABASE_URL)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'congvan-shared-')); // mode 700, as `mktemp -d`
  const dataDir = join(parent, 'data');
  const clusterDir = join(dataDir, 'postgres');
  let env: Record<string, string>;
  let server: SpawnedApp | undefined;
  let running = false; // the /health watcher's loop

  beforeAll(async () => {
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info' };
  });

  afterAll(async () => {
    running = false;
    await server?.stop();
    await killAllChildren();
    const left = runningPostmaster(clusterDir);
    if (left) await stopPostmaster(left.pid);
    rmSync(parent, { recursive: true, force: true });
  });

  it('shares one database between the server and every CLI command, only its owner stopping it; survives PostgreSQL being killed; stops quietly', async () => {
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    const ownerFile = `${clusterDir}.owner.json`;
    const owner = () =>
      existsSync(ownerFile) ? (JSON.parse(readFileSync(ownerFile, 'utf8')) as { pid: number }).pid : 0;
    const within = async (ms: number, condition: () => boolean) => {
      for (const deadline = Date.now() + ms; !condition(); await new Promise((resolve) => setTimeout(resolve, 100)))
        if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    };

    // A CLI command alone starts the database and owns it; the server started meanwhile is its guest;
    // when the command ends, it leaves the database running and the server takes it over.
    const first = spawnSource(
      'apps/cli/src/main.ts',
      ['ingest', `${SCANS}/myduc-2024-08-matkhau/scan-image-only.pdf`],
      env,
    );
    await within(60_000, () => existsSync(ownerFile));
    expect(owner()).toBe(first.child.pid);
    server = await startSpawnedApp(env);
    const postmaster = runningPostmaster(clusterDir)!;
    expect(postmaster).toBeDefined();
    expect(owner()).toBe(first.child.pid);
    const health = () =>
      fetch(`${server!.baseUrl}/health`).then(
        (response) => response.status,
        () => 0,
      );
    const healthSeen: number[] = [];
    running = true;
    const watching = (async () => {
      while (running) {
        healthSeen.push(await health());
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/scan-image-only\.pdf\t[0-9a-f-]{36}\textracted/);
    await within(5_000, () => owner() === server!.child.pid);
    expect(runningPostmaster(clusterDir)).toEqual(postmaster);

    const login = (username: string) =>
      fetch(`${server!.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });

    const commands: Array<[string[], (output: string) => Promise<void> | void]> = [
      [['migrate'], (output) => expect(output).toMatch(/migrations applied/)],
      [
        ['create-user', '--username', 'vt01', '--role', 'system_admin'],
        async () => expect((await login('vt01')).status).toBe(200),
      ],
      [
        ['import-org', 'samples/org/dongda-2024-01.json'],
        (output) => expect(output).toMatch(/Đã nhập \d+ đơn vị mới, cập nhật \d+ đơn vị/),
      ],
      [
        ['extract', 'samples/directives/dongda-2024-01-matkhau/text.txt'],
        (output) => expect(JSON.parse(output.slice(output.indexOf('{')))).toHaveProperty('number'),
      ],
      [
        ['ingest', `${SCANS}/dongda-2024-01-matkhau/scan-born-digital.pdf`],
        async (output) => {
          expect(output).toMatch(/scan-born-digital\.pdf\t[0-9a-f-]{36}\textracted/);
          const { token } = (await (await login('vt01')).json()) as { token: string };
          const listed = await fetch(`${server!.baseUrl}/documents`, { headers: { authorization: `Bearer ${token}` } });
          const statuses = ((await listed.json()) as { items: Array<{ status: string }> }).items.map((d) => d.status);
          expect(statuses).toEqual(['extracted', 'extracted']);
        },
      ],
    ];
    // Every command, one after the other, beside the server.
    for (const [args, tookEffect] of commands) {
      const started = Date.now();
      const result = await runCli(args, { ...env, CONGVAN_PASSWORD: PASSWORD });
      process.stdout.write(`cli ${args[0]}: exit ${result.code}, ${Date.now() - started} ms\n`);
      expect({ args, code: result.code }).toEqual({ args, code: 0 });
      await tookEffect(result.output);
    }
    running = false;
    await watching;
    expect(healthSeen.length).toBeGreaterThan(10);
    expect(healthSeen.filter((status) => status !== 200)).toEqual([]);
    // The same postmaster throughout: no command stopped or restarted the server's PostgreSQL.
    expect(runningPostmaster(clusterDir)).toEqual(postmaster);

    // PostgreSQL killed under the server: its owner starts it again; meanwhile 503, never 500.
    process.kill(postmaster.pid, 'SIGKILL');
    const killedAt = Date.now();
    const statuses = new Set<number>();
    for (;;) {
      // A request the server drops without an answer is a failure like a 500; say what the server was doing.
      const status = await login('vt01').then(
        (response) => response.status,
        (error: Error) => {
          const alive = server!.child.exitCode === null && server!.child.signalCode === null;
          const tail = server!.output().split('\n').slice(-40).join('\n');
          throw new Error(
            `login failed (${String(error.cause ?? error)}), server alive: ${alive}, its output:\n${tail}`,
          );
        },
      );
      statuses.add(status);
      if (status === 200 && (await health()) === 200) break;
      if (Date.now() - killedAt > 30_000) throw new Error('PostgreSQL did not come back within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stdout.write(
      `embedded PostgreSQL killed: back in ${Date.now() - killedAt} ms, statuses meanwhile ${[...statuses]}\n`,
    );
    expect([...statuses].filter((status) => status !== 503 && status !== 200)).toEqual([]);
    const restarted = runningPostmaster(clusterDir)!;
    expect(restarted.pid).not.toBe(postmaster.pid);

    // A normal stop: exit 0, no error line, PostgreSQL stopped by its owner, ownership released.
    expect(await server.stop()).toBe(0);
    const errors = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"error"') || /\bError\b/.test(line));
    expect(errors).toEqual([]);
    expect(runningPostmaster(clusterDir)).toBeUndefined();
    expect(existsSync(`${clusterDir}.owner.json`)).toBe(false);
    expect(readFileSync(`${clusterDir}.log`, 'utf8')).toMatch(/database system is shut down/);
  });
});
