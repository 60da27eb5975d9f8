import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type pg from 'pg';
import type { ServerMessage } from './serve.js';

export const CONNECTIONS = 50;

export interface App {
  child: ChildProcess;
  base: string;
}

/**
 * The application in a child process (serve.ts) on `databaseUrl`, with its session cache
 * (SESSION_CACHE_MS) and response cache (RESPONSE_CACHE_MB, the default when not given);
 * BENCH_SERVER_NODE_ARGS passes Node flags to it. `serveScript`: another build's serve.js
 * (`--before`, which may not know the response cache), else this build's.
 */
export async function startServer(
  databaseUrl: string,
  sessionCacheMs: number,
  serveScript?: string,
  responseCacheMb?: number,
): Promise<App> {
  const serverArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const script = serveScript ?? fileURLToPath(new URL('./serve.js', import.meta.url));
  const args = [
    databaseUrl,
    String(sessionCacheMs),
    ...(responseCacheMb === undefined ? [] : [String(responseCacheMb)]),
  ];
  const child = fork(script, args, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [...process.execArgv, ...serverArgs],
  });
  const { port } = await nextMessage<{ port: number }>(child, 'ready');
  return { child, base: `http://127.0.0.1:${port}` };
}

export async function stopServer(app: App | undefined): Promise<void> {
  if (!app?.child.connected) return;
  app.child.send({ kind: 'stop' });
  await new Promise((resolve) => app.child.once('exit', resolve));
}

export function nextMessage<T>(child: ChildProcess, kind: ServerMessage['kind']): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { kind: string } & T) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`application exited (${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Asks the child and waits for its answer of the same kind. */
export async function ask<T>(app: App, kind: string, answer: ServerMessage['kind'], extra: object = {}): Promise<T> {
  const reply = nextMessage<T>(app.child, answer);
  app.child.send({ kind, ...extra });
  return reply;
}

export interface Measured {
  label: string;
  requests: { average: number };
  latency: { p50: number; p99: number };
  failed: number;
}

export type Route = [label: string, url: string, token: string | null];

/**
 * Drives each route with 50 clients for 3 s per round, the routes one after the other in every
 * round, and keeps the median of the rounds: every route sees the same changes of the machine's load.
 */
export async function interleaved(rounds: number, routes: Route[]): Promise<Measured[]> {
  const load = (url: string, token: string | null, duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const runs: autocannon.Result[][] = routes.map(() => []);
  for (const [, url, token] of routes) await load(url, token, 2); // warm-up
  for (let round = 0; round < rounds; round++)
    for (const [i, [, url, token]] of routes.entries()) runs[i].push(await load(url, token, 3));
  return routes.map(([label], i) => ({
    label,
    requests: { average: median(runs[i].map((r) => r.requests.average)) },
    latency: { p50: median(runs[i].map((r) => r.latency.p50)), p99: median(runs[i].map((r) => r.latency.p99)) },
    failed: runs[i].reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  }));
}

export function printMeasured(rows: Measured[], reference: Measured): void {
  console.log(
    `${'route'.padEnd(50)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'req/s'.padStart(7)} ${'% /health'.padStart(10)} ${'p99 ×'.padStart(6)}  non-2xx`,
  );
  for (const row of rows)
    console.log(
      `${row.label.padEnd(50)} ${`${row.latency.p50} ms`.padStart(8)} ${`${row.latency.p99} ms`.padStart(8)} ${row.requests.average.toFixed(0).padStart(7)} ${`${share(row, reference)} %`.padStart(10)} ${p99Ratio(row, reference).padStart(6)}  ${row.failed}`,
    );
}

/** req/s as a percentage of the reference's in the same run. */
export const share = (row: Measured, reference: Measured) =>
  ((row.requests.average / reference.requests.average) * 100).toFixed(0);

/** p99 as a multiple of the reference's in the same run. */
export const p99Ratio = (row: Measured, reference: Measured) =>
  (row.latency.p99 / Math.max(1, reference.latency.p99)).toFixed(2);

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export function ms(value: number): string {
  return value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : value >= 10
      ? `${value.toFixed(0)} ms`
      : `${value.toFixed(2)} ms`;
}

/** A fresh database on the server of `adminUrl` (a role allowed to create databases), dropped by `drop`. */
export async function createDatabase(admin: pg.Client, adminUrl: string, name: string): Promise<string> {
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Median and p99 of running one SQL statement `times` times, one client, sequentially. */
export async function timeSql(db: pg.Client, text: string, values: unknown[], times = 200): Promise<[number, number]> {
  const taken: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await db.query(text, values);
    taken.push(performance.now() - started);
  }
  taken.sort((a, b) => a - b);
  return [taken[Math.floor(times / 2)], taken[Math.floor(times * 0.99)]];
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement: the plan's lines and its planning and execution times. */
export async function explain(db: pg.Client, text: string, values: unknown[]): Promise<string[]> {
  const rows = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows as Array<{ 'QUERY PLAN': string }>;
  return rows.map((row) => row['QUERY PLAN']);
}
