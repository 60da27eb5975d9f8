/**
 * The tasking cost curve (prints figures; not a test).
 *
 *   npm run bench:tasking-curve [-- seconds] [-- --scales=20000,200000,2000000]
 *
 * One throwaway database (DATABASE_URL's server, as bench:tasking), one application process
 * (bench/tasking/serve.ts). The task table grows 20k → 200k → 2M tasks (set-based SQL: 400 tasks per
 * directive, 2,000 units; the measured unit receives every directive, so its inbox grows with the
 * table: 200 → 2,000 → 20,000 tasks). At each size, 50 clients load GET /health, the unit's inbox
 * (a page of 100) and a directive's compliance view (100 units), interleaved in rounds of 3 s.
 * At the largest size: dispatch of one directive to 100, 300 and 1,000 units. One table at the end.
 *
 * Target (issue 17): inbox p99 at 2M tasks ≤ 1.5× its p99 at 20k (also shown relative to /health's
 * p99 in the same round, as the machine's load changes between sizes).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dispatch, type DispatchRun } from './tasking/dispatch.js';
import {
  type App,
  ask,
  createDatabase,
  interleaved,
  type Measured,
  median,
  ms,
  p99Ratio,
  share,
  startServer,
  stopServer,
} from './tasking/harness.js';
import {
  BUSY_UNIT,
  COMPLIANCE_DIRECTIVE,
  countSeeded,
  seedDirectives,
  seedUnits,
  TASKS_PER_DIRECTIVE,
} from './tasking/seed.js';

const DISPATCH_SIZES = [100, 300, 1_000];

const args = process.argv.slice(2);
const seconds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 9);
const scales = (args.find((arg) => arg.startsWith('--scales='))?.slice(9) ?? '20000,200000,2000000')
  .split(',')
  .map(Number);
await main();

interface Point {
  tasks: number;
  busy: number;
  seedMs: number;
  health: Measured;
  inbox: Measured;
  compliance: Measured;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `congvan_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const url = await createDatabase(admin, adminUrl, name);
  let server: App | undefined;
  const db = new pg.Client(url);
  try {
    server = await startServer(url, 5000);
    await db.connect();
    await seedUnits(db);
    const tokens = await ask<{ clerk: string; unitAdmin: string }>(server, 'accounts', 'accounts', {
      unitCode: BUSY_UNIT,
    });
    const rounds = Math.max(3, Math.round(seconds / 3));
    const points: Point[] = [];
    let directives = 0;
    for (const scale of scales) {
      const target = Math.ceil(scale / TASKS_PER_DIRECTIVE);
      const seeding = performance.now();
      if (target > directives) await seedDirectives(db, directives + 1, target);
      directives = Math.max(directives, target);
      const seedMs = performance.now() - seeding;
      const seeded = await countSeeded(db);
      const [{ id: directiveId }] = (
        await db.query(`SELECT id FROM document WHERE original_name = $1`, [COMPLIANCE_DIRECTIVE])
      ).rows;
      const [health, inbox, compliance] = await interleaved(rounds, [
        ['GET /health', `${server.base}/health`, null],
        ['GET /tasks', `${server.base}/tasks`, tokens.unitAdmin],
        ['GET /documents/:id/compliance', `${server.base}/documents/${directiveId}/compliance`, tokens.clerk],
      ]);
      points.push({ tasks: seeded.tasks, busy: seeded.busy, seedMs, health, inbox, compliance });
      console.log(
        `${seeded.tasks} tasks (seeded in ${ms(seedMs)}): inbox p99 ${inbox.latency.p99} ms, compliance p99 ${compliance.latency.p99} ms, /health p99 ${health.latency.p99} ms`,
      );
    }

    const dispatches: Array<[units: number, runs: DispatchRun[]]> = [];
    for (const units of DISPATCH_SIZES) {
      const runs: DispatchRun[] = [];
      for (let run = 1; run <= 3; run++)
        runs.push(await dispatch(db, server.base, tokens.clerk, units, `curve-${units}-${run}`));
      dispatches.push([units, runs]);
    }

    console.log(
      `\nCost curve: 50 clients, ${rounds} rounds of 3 s per route, routes interleaved; median of the rounds (p99 in ms; % = req/s as a share of /health's in the same rounds)`,
    );
    console.log(
      `${'tasks'.padStart(9)} ${'inbox size'.padStart(10)} │ ${'/health req/s'.padStart(13)} ${'p99'.padStart(5)} │ ${'inbox req/s'.padStart(11)} ${'%'.padStart(4)} ${'p99'.padStart(5)} ${'×health'.padStart(7)} │ ${'compliance req/s'.padStart(16)} ${'%'.padStart(4)} ${'p99'.padStart(5)} ${'×health'.padStart(7)}`,
    );
    for (const point of points)
      console.log(
        `${point.tasks.toLocaleString('en').padStart(9)} ${point.busy.toLocaleString('en').padStart(10)} │ ${point.health.requests.average.toFixed(0).padStart(13)} ${String(point.health.latency.p99).padStart(5)} │ ${point.inbox.requests.average.toFixed(0).padStart(11)} ${share(point.inbox, point.health).padStart(4)} ${String(point.inbox.latency.p99).padStart(5)} ${p99Ratio(point.inbox, point.health).padStart(7)} │ ${point.compliance.requests.average.toFixed(0).padStart(16)} ${share(point.compliance, point.health).padStart(4)} ${String(point.compliance.latency.p99).padStart(5)} ${p99Ratio(point.compliance, point.health).padStart(7)}`,
      );
    console.log(
      `\nDispatch of one directive (3 requirements, one monthly) at ${points.at(-1)!.tasks.toLocaleString('en')} tasks, 3 runs`,
    );
    console.log(
      `${'units'.padStart(6)} ${'tasks'.padStart(6)} ${'median'.padStart(9)} ${'runs'.padStart(30)} ${'again (idempotent)'.padStart(20)}`,
    );
    for (const [units, runs] of dispatches)
      console.log(
        `${String(units).padStart(6)} ${String(runs[0].created).padStart(6)} ${ms(median(runs.map((r) => r.ms))).padStart(9)} ${runs
          .map((r) => ms(r.ms))
          .join(', ')
          .padStart(30)} ${ms(median(runs.map((r) => r.againMs))).padStart(20)}`,
      );

    if (points.length >= 2) {
      const [first, last] = [points[0], points.at(-1)!];
      const growth = last.inbox.latency.p99 / Math.max(1, first.inbox.latency.p99);
      const relative =
        Number(p99Ratio(last.inbox, last.health)) / Math.max(0.01, Number(p99Ratio(first.inbox, first.health)));
      console.log(
        `\nTarget: inbox p99 at ${last.tasks.toLocaleString('en')} tasks ≤ 1.5× its p99 at ${first.tasks.toLocaleString('en')}: ${growth <= 1.5 ? 'met' : 'NOT met'} (${growth.toFixed(2)}×; relative to /health's p99 in the same rounds ${relative.toFixed(2)}×)`,
      );
    }
  } finally {
    await db.end().catch(() => undefined);
    await stopServer(server);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
