/**
 * Tasking benchmark (prints figures; not a test).
 *
 *   npm run bench:tasking [-- seconds] [-- --before <build>]
 *
 * Creates a throwaway database on the PostgreSQL of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test, a role allowed to create databases), seeds it with
 * set-based SQL — 2,000 units, 500 dispatched directives with their drafts, 200,000 tasks (400
 * per directive; the measured unit receives every directive: 2,000 tasks) — starts the real
 * application in a child process (bench/tasking/serve.ts, ROLES=api) and drives it with
 * autocannon, 50 concurrent clients: the unit admin's inbox (GET /tasks) and a directive's
 * compliance view (GET /documents/:id/compliance) against GET /health under the same load, and the
 * inbox and compliance of a second application process with its caches off (SESSION_CACHE_MS=0,
 * RESPONSE_CACHE_MB=0: every request checks the session and reads the database); the routes are
 * interleaved in rounds of 3 s. Then where an inbox request's time goes: the server's time by stage
 * over requests sent one at a time (with the caches, then without), the CPU profile by stage under
 * load, and the service's own SQL explained and timed directly. Then dispatch to 300 units, and how
 * soon a cached inbox shows a task closed in the database. The database is
 * dropped at the end. The growth curve (20k, 200k, 2M tasks) is `npm run bench:tasking-curve`.
 *
 * `--before <build>`: also start the application of another build (a copy of `dist/` made before a
 * change, kept under this checkout so that it finds node_modules: `--before dist/before`) on the
 * same database and drive its /health, inbox and compliance in the same rounds, interleaved with
 * this build's: before and after measured under the same load of the machine.
 *
 * Targets (issue 17, ratios in one run): inbox and compliance ≥ 60 % of /health's req/s, p99 ≤ 2×
 * /health's p99; dispatch to 300 units < 1 s.
 */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { dispatch } from './tasking/dispatch.js';
import {
  type App,
  ask,
  type Route,
  createDatabase,
  explain,
  interleaved,
  median,
  ms,
  p99Ratio,
  printMeasured,
  share,
  startServer,
  stopServer,
  timeSql,
} from './tasking/harness.js';
import { BUSY_UNIT, COMPLIANCE_DIRECTIVE, countSeeded, seedDirectives, seedUnits } from './tasking/seed.js';
import type { SqlCall } from './tasking/serve.js';

const DIRECTIVES = 500; // × 400 = 200,000 tasks
const DISPATCH_UNITS = 300;

const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? resolve(args.splice(beforeAt, 2)[1]) : null;
await main(Number(args[0] ?? 10), before);

async function main(seconds: number, beforeBuild: string | null): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `congvan_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const url = await createDatabase(admin, adminUrl, name);
  let server: App | undefined;
  let uncached: App | undefined;
  let previous: App | undefined;
  const db = new pg.Client(url);
  try {
    const started = performance.now();
    server = await startServer(url, 5000);
    // The same application with its caches off (session and response), as the reference for them.
    uncached = await startServer(url, 0, undefined, 0);
    if (beforeBuild) previous = await startServer(url, 5000, join(beforeBuild, 'bench/tasking/serve.js'));
    console.log(`application started (migrations included) in ${ms(performance.now() - started)}`);
    await db.connect();
    const seeding = performance.now();
    await seedUnits(db);
    await seedDirectives(db, 1, DIRECTIVES);
    const seeded = await countSeeded(db);
    console.log(
      `seeded ${seeded.units} units, ${seeded.directives} directives, ${seeded.tasks} tasks (${seeded.busy} in the measured unit's inbox) in ${ms(performance.now() - seeding)}`,
    );
    const tokens = await ask<{ clerk: string; unitAdmin: string }>(server, 'accounts', 'accounts', {
      unitCode: BUSY_UNIT,
    });
    const [{ id: directiveId }] = (
      await db.query(`SELECT id FROM document WHERE original_name = $1`, [COMPLIANCE_DIRECTIVE])
    ).rows;
    const inboxUrl = `${server.base}/tasks`;
    const complianceUrl = `${server.base}/documents/${directiveId}/compliance`;

    const rounds = Math.max(3, Math.round(seconds / 3));
    console.log(
      `\nHTTP, 50 concurrent clients, ${rounds} rounds of 3 s per route, routes interleaved round by round (the machine's load changes); median of the rounds`,
    );
    const complianceRoute = `/documents/${directiveId}/compliance`;
    const [health, inboxUncached, complianceUncached, inbox, compliance, ...beforeRows] = await interleaved(rounds, [
      ['GET /health (reference)', `${server.base}/health`, null],
      ['GET /tasks, caches off', `${uncached.base}/tasks`, tokens.unitAdmin],
      ['GET /documents/:id/compliance, caches off', `${uncached.base}${complianceRoute}`, tokens.clerk],
      ['GET /tasks (unit admin, a page of 100 of 2,000)', inboxUrl, tokens.unitAdmin],
      ['GET /documents/:id/compliance (100 units)', complianceUrl, tokens.clerk],
      ...(previous
        ? ([
            ['before: GET /health (its reference)', `${previous.base}/health`, null],
            ['before: GET /tasks', `${previous.base}/tasks`, tokens.unitAdmin],
            ['before: GET /documents/:id/compliance', `${previous.base}${complianceRoute}`, tokens.clerk],
          ] as Route[])
        : []),
    ]);
    printMeasured([health, inboxUncached, complianceUncached, inbox, compliance], health);
    if (previous) {
      console.log(
        `\nThe same routes served by the build in ${beforeBuild}, in the same rounds (its own /health the reference)`,
      );
      printMeasured(beforeRows, beforeRows[0]);
    }
    await stopServer(previous);

    await breakdown(server, 'GET /tasks', inboxUrl, tokens.unitAdmin);
    await breakdown(server, 'GET /documents/:id/compliance', complianceUrl, tokens.clerk);
    // Without the caches: what a miss costs, and the SQL the service sends.
    const breakdowns = [
      await breakdown(uncached, 'GET /tasks, caches off', `${uncached.base}/tasks`, tokens.unitAdmin),
      await breakdown(
        uncached,
        'GET /documents/:id/compliance, caches off',
        `${uncached.base}${complianceRoute}`,
        tokens.clerk,
      ),
    ];
    await stopServer(uncached);
    await profileUnderLoad(server, inboxUrl, tokens.unitAdmin, Math.min(5, seconds));

    console.log(
      `\nThe task list's own SQL (as the service sent it), run directly: one client, sequentially, 200 times`,
    );
    for (const call of breakdowns[0].sql.slice(0, 2)) await explainAndTime(db, call);

    console.log(
      `\nDispatch of one directive to ${DISPATCH_UNITS} units (POST /documents/:id/dispatch; resolution against ${seeded.units} units, plan, insert, events, audit)`,
    );
    const dispatches: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const result = await dispatch(db, server.base, tokens.clerk, DISPATCH_UNITS, `${DISPATCH_UNITS}-${run}`);
      dispatches.push(result.ms);
      console.log(
        `run ${run}: ${ms(result.ms).padStart(9)}  ${result.created} tasks created   (again, idempotent: ${ms(result.againMs)}, ${result.againCreated} created, ${result.againExisting} existing)`,
      );
    }

    await freshness(db, inboxUrl, tokens.unitAdmin);

    console.log('\nTargets (ratios to /health in the same run)');
    for (const row of [inbox, compliance]) {
      const met = Number(share(row, health)) >= 60 && Number(p99Ratio(row, health)) <= 2;
      console.log(
        `${row.label}: ${share(row, health)} % of /health's req/s (≥ 60 %), p99 ${p99Ratio(row, health)}× /health's (≤ 2×): ${met ? 'met' : 'NOT met'}`,
      );
    }
    if (previous)
      for (const row of beforeRows.slice(1))
        console.log(
          `${row.label}: ${share(row, beforeRows[0])} % of its /health's req/s, p99 ${p99Ratio(row, beforeRows[0])}× its /health's`,
        );
    const dispatchMedian = median(dispatches);
    console.log(
      `dispatch to ${DISPATCH_UNITS} units < 1 s: ${dispatchMedian < 1000 ? 'met' : 'NOT met'} (median ${ms(dispatchMedian)})`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await stopServer(uncached);
    await stopServer(previous);
    await stopServer(server);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * Where a request's time goes on the server: 300 requests sent one at a time (so that the stages
 * of one request are not mixed with another's), each timed from the moment Node hands it to
 * Express until the response is written, split by the stages serve.ts clocks.
 */
async function breakdown(server: App, label: string, url: string, token: string): Promise<{ sql: SqlCall[] }> {
  const send = async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
    return (await response.arrayBuffer()).byteLength;
  };
  for (let i = 0; i < 50; i++) await send();
  await ask(server, 'breakdown-start', 'breakdown');
  let bytes = 0;
  for (let i = 0; i < 300; i++) bytes = await send();
  const result = await ask<{ requests: number; serverMs: number; stages: Array<[string, number]>; sql: SqlCall[] }>(
    server,
    'breakdown-stop',
    'breakdown',
  );
  const perRequest = result.serverMs / result.requests;
  console.log(
    `\nWhere ${label} spends the server's time, one request at a time (${result.requests} requests, ${(bytes / 1024).toFixed(0)} kB each): ${ms(perRequest)} per request`,
  );
  for (const [stage, total] of result.stages)
    console.log(
      `  ${stage.padEnd(72)} ${ms(total / result.requests).padStart(9)} ${((total / result.serverMs) * 100).toFixed(1).padStart(6)} %`,
    );
  return result;
}

/** The application's CPU while 50 clients load the inbox: a V8 profile, self time by the stage its stack belongs to. */
async function profileUnderLoad(server: App, url: string, token: string, seconds: number): Promise<void> {
  const { default: autocannon } = await import('autocannon');
  await ask(server, 'profile-start', 'profile');
  await autocannon({ url, connections: 50, duration: seconds, headers: { authorization: `Bearer ${token}` } });
  const profile = await ask<{ stages: Array<[string, number]>; totalMs: number }>(server, 'profile-stop', 'profile');
  console.log(
    `\nWhere GET /tasks spends the application's CPU under 50 clients (V8 profile, ${Math.round(profile.totalMs)} ms sampled in ${seconds} s, idle excluded; a sample counts for the innermost stage on its stack)`,
  );
  for (const [stage, total] of profile.stages)
    console.log(`  ${stage.padEnd(72)} ${((total / profile.totalMs) * 100).toFixed(1).padStart(6)} %`);
}

async function explainAndTime(db: pg.Client, call: SqlCall): Promise<void> {
  const plan = await explain(db, call.text, call.values);
  const [p50, p99] = await timeSql(db, call.text, call.values);
  const firstLine = call.text.replace(/\s+/g, ' ').trim().slice(0, 100);
  console.log(`  ${firstLine}…`);
  console.log(`  median ${ms(p50)}, p99 ${ms(p99)}; EXPLAIN ANALYZE:`);
  for (const line of plan)
    if (!/^\s*(Buffers:|Planning:$)/.test(line)) console.log(`    ${line.replace(/ \(cost=[^)]*\)/, '')}`);
}

/**
 * How soon the cached inbox shows a change committed by another connection (as by another host):
 * the first task of the page renamed directly in the database, then the page asked for until it
 * shows the new text, 20 times; the answers still showing the old text are counted.
 */
async function freshness(db: pg.Client, url: string, token: string): Promise<void> {
  const get = async () =>
    (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      items: Array<{ id: string; requirementText: string }>;
    };
  const [first] = (await get()).items;
  const waits: number[] = [];
  let stale = 0;
  for (let i = 0; i < 20; i++) {
    await get(); // kept
    const text = `${first.requirementText} (${i})`;
    await db.query(`UPDATE task SET requirement_text = $2 WHERE id = $1`, [first.id, text]);
    const committed = performance.now();
    while ((await get()).items.find((item) => item.id === first.id)?.requirementText !== text) stale += 1;
    waits.push(performance.now() - committed);
  }
  await db.query(`UPDATE task SET requirement_text = $2 WHERE id = $1`, [first.id, first.requirementText]);
  console.log(
    `\nA task changed by another connection, then GET /tasks until it shows (cached inbox, 20 times): median ${ms(median(waits))}, max ${ms(Math.max(...waits))} from the commit to the first answer showing it; ${stale} answers before it still showed the old text`,
  );
}
