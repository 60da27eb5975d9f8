/**
 * Tasking benchmark (prints figures; not a test).
 *
 *   npm run build && npm run bench:tasking [-- seconds]
 *
 * Creates a dedicated database on the PostgreSQL of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test, a role allowed to create databases), seeds it with
 * set-based SQL — 2,000 units, 500 dispatched directives, 200,000 tasks (100 per unit, 400 per
 * directive) — starts the real application in a child process (startApp, ROLES=api) and drives
 * it with autocannon, 50 concurrent clients: a unit admin's inbox (GET /tasks) and a directive's
 * compliance view (GET /documents/:id/compliance), against GET /health under the same load, the
 * inbox of a second application process with the session cache off (SESSION_CACHE_MS=0), and the
 * same SQL run directly as references; the routes are interleaved in rounds of 3 s. Prints where
 * the inbox spends the application's CPU (a V8 profile, self time by package). Then times dispatching one directive to 300 units over
 * HTTP. The database is dropped at the end. Targets: p99 < 50 ms; dispatch < 1 s.
 * BENCH_SERVER_NODE_ARGS passes Node flags to the application process (e.g. --cpu-prof).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import inspector from 'node:inspector/promises';
import autocannon from 'autocannon';
import pg from 'pg';

const UNITS = 2_000;
const DIRECTIVES = 500;
const UNITS_PER_DIRECTIVE = 100;
const REQUIREMENTS = 4; // 500 × 100 × 4 = 200,000 tasks
const DISPATCH_UNITS = 300;
const CONNECTIONS = 50;
const PASSWORD = 'Mật-khẩu-Mạnh-2024!';
const LINE = 'Chủ tịch UBND các phường thuộc quận';

type ServerMessage =
  | { kind: 'ready'; port: number }
  | { kind: 'accounts'; clerk: string; unitAdmin: string }
  | { kind: 'profile'; categories: Array<[name: string, ms: number]>; totalMs: number };

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await main(Number(process.argv[2] ?? 10));

/** The child process: the real application with the api role, plus two signed-in accounts. */
async function serve(databaseUrl: string, sessionCacheMs: string): Promise<void> {
  const { loadEnv } = await import('@congvan/config');
  const { JsonLogger } = await import('@congvan/common');
  const { AuthService } = await import('@congvan/auth');
  const { Unit } = await import('@congvan/organisation');
  const { DataSource } = await import('typeorm');
  const { startApp } = await import('../apps/api/src/bootstrap.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-bench-'));
  const env = loadEnv({
    DATABASE_URL: databaseUrl,
    SESSION_CACHE_MS: sessionCacheMs,
    PORT: '0',
    ROLES: 'api',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SEED_SAMPLE_ORG: 'false',
    OCR_WORKERS: '1',
  });
  const running = await startApp(env, new JsonLogger('warn'));
  const profiler = new inspector.Session();
  profiler.connect();
  const send = (message: ServerMessage) => process.send!(message);
  process.on('message', async (message: { kind: string; unitCode?: string }) => {
    if (message.kind === 'accounts') {
      const auth = running.app.get(AuthService);
      const unit = await running.app.get(DataSource).getRepository(Unit).findOneByOrFail({ code: message.unitCode });
      await auth.createUser(null, {
        username: 'benchclerk',
        displayName: 'Văn thư',
        role: 'clerk',
        unitId: null,
        password: PASSWORD,
      });
      await auth.createUser(null, {
        username: 'benchunit',
        displayName: 'Quản trị đơn vị',
        role: 'unit_admin',
        unitId: unit.id,
        password: PASSWORD,
      });
      send({
        kind: 'accounts',
        clerk: (await auth.login('benchclerk', PASSWORD, '127.0.0.1')).token,
        unitAdmin: (await auth.login('benchunit', PASSWORD, '127.0.0.1')).token,
      });
    }
    if (message.kind === 'profile-start') {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.post('Profiler.start');
      send({ kind: 'profile', categories: [], totalMs: 0 });
    }
    if (message.kind === 'profile-stop') {
      const { profile } = await profiler.post('Profiler.stop');
      send({ kind: 'profile', ...summariseProfile(profile) });
    }
    if (message.kind === 'stop') {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  send({ kind: 'ready', port: (running.app.getHttpServer().address() as AddressInfo).port });
}

async function main(seconds: number): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `congvan_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  let server: ChildProcess | undefined;
  let uncached: ChildProcess | undefined;
  const db = new pg.Client(url.toString());
  try {
    const started = performance.now();
    // BENCH_SERVER_NODE_ARGS passes Node flags to the application only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const serverArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    server = fork(fileURLToPath(import.meta.url), ['--serve', url.toString(), '5000'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, ...serverArgs],
    });
    const { port } = await nextMessage<{ port: number }>(server, 'ready');
    // The same application with the session cache off (SESSION_CACHE_MS=0), as the reference for it.
    uncached = fork(fileURLToPath(import.meta.url), ['--serve', url.toString(), '0'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, ...serverArgs],
    });
    const { port: uncachedPort } = await nextMessage<{ port: number }>(uncached, 'ready');
    console.log(`application started (migrations included) in ${ms(performance.now() - started)}`);
    await db.connect();
    await seed(db);
    server.send({ kind: 'accounts', unitCode: 'bench.ward.0001' });
    const tokens = await nextMessage<{ clerk: string; unitAdmin: string }>(server, 'accounts');
    const base = `http://127.0.0.1:${port}`;
    const [{ id: directiveId }] = (
      await db.query(`SELECT id FROM document WHERE original_name = 'Công văn số 250/UBND-NV.pdf'`)
    ).rows;
    const [{ id: unitId }] = (await db.query(`SELECT id FROM unit WHERE code = 'bench.ward.0001'`)).rows;

    const rounds = Math.max(3, Math.round(seconds / 3));
    console.log(
      `\nHTTP, ${CONNECTIONS} concurrent clients, ${rounds} rounds of 3 s per route, routes interleaved round by round (the machine's load changes); median of the rounds`,
    );
    console.log(`${'route'.padEnd(46)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'req/s'.padStart(8)}  non-2xx`);
    const [health, inboxUncached, inbox, compliance] = await interleaved(rounds, [
      ['GET /health (reference)', `${base}/health`, null],
      ['GET /tasks, session cache off', `http://127.0.0.1:${uncachedPort}/tasks`, tokens.unitAdmin],
      ['GET /tasks (unit admin, 100 tasks)', `${base}/tasks`, tokens.unitAdmin],
      ['GET /documents/:id/compliance (100 units)', `${base}/documents/${directiveId}/compliance`, tokens.clerk],
    ]);

    const share = (result: Measured) =>
      `${((result.requests.average / health.requests.average) * 100).toFixed(0)} % of /health's req/s, p99 ${(result.latency.p99 / Math.max(1, health.latency.p99)).toFixed(2)}× /health's`;
    console.log(`inbox: ${share(inbox)}`);
    console.log(`inbox, session cache off: ${share(inboxUncached)}`);
    console.log(`compliance: ${share(compliance)}`);
    uncached.send({ kind: 'stop' });
    await new Promise((resolve) => uncached!.once('exit', resolve));

    // Where an inbox request's time goes: a CPU profile of the application while it serves GET /tasks.
    server.send({ kind: 'profile-start' });
    await nextMessage(server, 'profile');
    await autocannon({
      url: `${base}/tasks`,
      connections: CONNECTIONS,
      duration: Math.min(5, seconds),
      headers: { authorization: `Bearer ${tokens.unitAdmin}` },
    });
    server.send({ kind: 'profile-stop' });
    const profile = await nextMessage<{ categories: Array<[string, number]>; totalMs: number }>(server, 'profile');
    console.log(
      `\nWhere GET /tasks spends the application's CPU (self time, ${Math.round(profile.totalMs)} ms sampled, idle excluded)`,
    );
    for (const [name, ms] of profile.categories.slice(0, 14))
      console.log(`  ${name.padEnd(44)} ${((ms / profile.totalMs) * 100).toFixed(1).padStart(5)} %`);

    console.log('\nThe same SQL run directly, one client, sequentially (median of 200)');
    await sql(
      db,
      'inbox query',
      `SELECT t.id, t.document_id, t.requirement_ref, t.requirement_text, t.unit_id, t.recipient_line, t.due_on::text, t.occurrence, t.deadline_text, t.report_to, t.status, t.closed_at, t.last_reminded_at
         FROM task t WHERE t.unit_id = $1 ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC LIMIT 100 OFFSET 0`,
      [unitId],
    );
    await sql(
      db,
      'compliance query',
      `SELECT t.unit_id, u.name, count(*)::int AS total,
              count(*) FILTER (WHERE t.status IN ('closed','accepted') AND (t.due_on IS NULL OR t.closed_at < (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS done,
              count(*) FILTER (WHERE t.status IN ('closed','accepted') AND t.due_on IS NOT NULL AND t.closed_at >= (t.due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS late,
              count(*) FILTER (WHERE t.status IN ('open','returned'))::int AS not_reported,
              count(*) FILTER (WHERE t.status IN ('open','returned') AND t.due_on < current_date)::int AS overdue
         FROM task t JOIN unit u ON u.id = t.unit_id WHERE t.document_id = $1 GROUP BY t.unit_id, u.name ORDER BY u.name`,
      [directiveId],
    );

    console.log(
      `\nDispatch of one directive to ${DISPATCH_UNITS} units (POST /documents/:id/dispatch; resolution against ${UNITS} units, plan, insert, events, audit)`,
    );
    const dispatches: number[] = [];
    for (let run = 0; run < 3; run++) dispatches.push(await dispatch(db, base, tokens.clerk, run));
    const dispatchMedian = [...dispatches].sort((a, b) => a - b)[1];

    console.log('\nTargets');
    const p99 = Math.max(inbox.latency.p99, compliance.latency.p99);
    console.log(
      `p99 < 50 ms (inbox, compliance): ${p99 < 50 ? 'met' : 'NOT met'} (worst ${p99} ms; /health p99 ${health.latency.p99} ms)`,
    );
    console.log(
      `dispatch to ${DISPATCH_UNITS} units < 1 s: ${dispatchMedian < 1000 ? 'met' : 'NOT met'} (median ${ms(dispatchMedian)})`,
    );
  } finally {
    await db.end().catch(() => undefined);
    if (uncached?.connected) {
      uncached.send({ kind: 'stop' });
      await new Promise((resolve) => uncached!.once('exit', resolve));
    }
    if (server?.connected) {
      server.send({ kind: 'stop' });
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/** 2,000 units, 500 dispatched directives, 200,000 tasks: directive n goes to units n·100 … n·100+99 (mod 2,000). */
async function seed(db: pg.Client): Promise<void> {
  const started = performance.now();
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO unit (code, name, kind) SELECT 'bench.ward.' || lpad(i::text, 4, '0'), 'Ủy ban nhân dân phường Số ' || i, 'ward' FROM generate_series(1, $1) i`,
    [UNITS],
  );
  await db.query(
    `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status, page_count, created_at)
     SELECT encode(sha256(('bench-' || i)::bytea), 'hex'), 'Công văn số ' || i || '/UBND-NV.pdf', 'application/pdf', 150000, 'tasked', 2, now() - ($1 - i) * interval '1 hour'
       FROM generate_series(1, $1) i`,
    [DIRECTIVES],
  );
  await db.query(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM unit),
          d AS (SELECT id, created_at, row_number() OVER (ORDER BY created_at) - 1 AS n FROM document),
          planned AS (
            SELECT d.id AS document_id, d.created_at, r, u.id AS unit_id, current_date + ((d.n * 7 + r * 13 + k) % 120 - 60)::int AS due_on, ((d.n * 3 + k + r) % 20)::int AS s
              FROM d CROSS JOIN generate_series(0, $1 - 1) k CROSS JOIN generate_series(1, $2) r
              JOIN u ON u.n = (d.n * $1 + k) % $3)
     INSERT INTO task (document_id, requirement_ref, requirement_text, unit_id, recipient_line, due_on, occurrence, deadline_text, report_to, status, closed_at, created_at, updated_at)
     SELECT document_id, r::text, 'Yêu cầu ' || r || ': rà soát, báo cáo kết quả thực hiện về UBND quận', unit_id, $4, due_on, '', 'chậm nhất ngày ' || to_char(due_on, 'DD/MM/YYYY'), '{"UBND quận (qua phòng Nội vụ)"}',
            CASE WHEN s < 12 THEN 'open' WHEN s < 17 THEN 'closed' WHEN s < 19 THEN 'accepted' ELSE 'returned' END,
            CASE WHEN s BETWEEN 12 AND 18 THEN (due_on + (s - 15))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
            created_at, created_at
       FROM planned`,
    [UNITS_PER_DIRECTIVE, REQUIREMENTS, UNITS, LINE],
  );
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE unit, document, task');
  const [{ units, documents, tasks }] = (
    await db.query(
      `SELECT (SELECT count(*) FROM unit)::int AS units, (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM task)::int AS tasks`,
    )
  ).rows;
  console.log(`seeded ${units} units, ${documents} directives, ${tasks} tasks in ${ms(performance.now() - started)}`);
}

interface Measured {
  requests: { average: number };
  latency: { p50: number; p99: number };
}

/**
 * Drives each route for 3 s per round, the routes one after the other in every round, and prints
 * the median of the rounds: every route sees the same changes of the machine's load.
 */
async function interleaved(
  rounds: number,
  routes: Array<[label: string, url: string, token: string | null]>,
): Promise<Measured[]> {
  const runs: autocannon.Result[][] = routes.map(() => []);
  for (const [, url, token] of routes)
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: 2,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  for (let round = 0; round < rounds; round++)
    for (const [i, [, url, token]] of routes.entries())
      runs[i].push(
        await autocannon({
          url,
          connections: CONNECTIONS,
          duration: 3,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return routes.map(([label], i) => {
    const measured: Measured = {
      requests: { average: median(runs[i].map((r) => r.requests.average)) },
      latency: { p50: median(runs[i].map((r) => r.latency.p50)), p99: median(runs[i].map((r) => r.latency.p99)) },
    };
    const failed = runs[i].reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    console.log(
      `${label.padEnd(46)} ${`${measured.latency.p50} ms`.padStart(8)} ${`${measured.latency.p99} ms`.padStart(8)} ${measured.requests.average.toFixed(0).padStart(8)}  ${failed}`,
    );
    return measured;
  });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** Self time of a V8 CPU profile by package (node_modules), congvan module, Node internals, GC. */
function summariseProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): {
  categories: Array<[string, number]>;
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let totalMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    totalMs += ms;
    const name =
      functionName === '(garbage collector)'
        ? 'garbage collection'
        : functionName === '(program)' || url === ''
          ? 'V8/native (program)'
          : url.startsWith('node:')
            ? `node internals (${url.slice(5).split('/')[1] ?? url.slice(5)})`
            : url.includes('/node_modules/')
              ? (url
                  .split('/node_modules/')
                  .pop()!
                  .match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[0] ?? url)
              : `congvan ${url.match(/dist\/((?:libs|apps)\/[^/]+)/)?.[1] ?? url.split('/').slice(-2).join('/')}`;
    totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  return { categories: [...totals].sort((a, b) => b[1] - a[1]), totalMs };
}

async function sql(db: pg.Client, label: string, text: string, values: unknown[]): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    await db.query(text, values);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} median ${times[100].toFixed(2)} ms, p99 ${times[198].toFixed(2)} ms`);
}

/** A confirmed directive (one-off, monthly and relative deadlines) dispatched to 300 units; returns the milliseconds taken. */
async function dispatch(db: pg.Client, base: string, clerkToken: string, run: number): Promise<number> {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const directive = {
    date: today,
    issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
    recipients: [LINE],
    requirements: [
      {
        ref: '1',
        text: 'Rà soát, đổi mật khẩu các tài khoản',
        deadlines: [
          { kind: 'relative', offset: 'P14D', anchor: 'receipt', text: 'trong vòng 14 ngày kể từ ngày nhận' },
        ],
        assignees: [],
        reportTo: [{ target: 'UBND quận (qua phòng Nội vụ)', forGroups: [] }],
      },
      {
        ref: '2',
        text: 'Báo cáo kết quả hằng tháng',
        deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', text: 'trước ngày 25 hằng tháng' }],
        assignees: [],
        reportTo: [],
      },
      { ref: '3', text: 'Tổ chức tuyên truyền', deadlines: [], assignees: [], reportTo: [] },
    ],
  };
  const [{ id }] = (
    await db.query(
      `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status) VALUES (encode(sha256($1::bytea), 'hex'), $2, 'application/pdf', 150000, 'reviewed') RETURNING id`,
      [`bench-dispatch-${run}`, `Công văn giao việc ${run + 1}.pdf`],
    )
  ).rows;
  await db.query(
    `INSERT INTO directive_draft (document_id, extracted, evidence, reviewed, confirmed_at) VALUES ($1, $2, '{}', $2, now())`,
    [id, JSON.stringify(directive)],
  );
  const unitIds = (
    await db.query(`SELECT id FROM unit ORDER BY code OFFSET $1 LIMIT $2`, [run * DISPATCH_UNITS, DISPATCH_UNITS])
  ).rows.map((r: { id: string }) => r.id);
  const post = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/documents/${id}/dispatch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerkToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ lines: [{ line: LINE, unitIds }] }),
    });
    const body = (await response.json()) as { created: number; existing: number };
    if (response.status !== 200) throw new Error(`dispatch answered ${response.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  const first = await post();
  const again = await post();
  console.log(
    `run ${run + 1}: ${ms(first.ms).padStart(9)}  ${first.body.created} tasks created   (again, idempotent: ${ms(again.ms)}, ${again.body.created} created, ${again.body.existing} existing)`,
  );
  return first.ms;
}

function nextMessage<T>(child: ChildProcess, kind: string): Promise<T> {
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

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}
