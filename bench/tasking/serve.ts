/**
 * The application under test, in a child process of the tasking benchmarks:
 *
 *   node dist/bench/tasking/serve.js <databaseUrl> <sessionCacheMs> [<responseCacheMb>]
 *
 * Starts the real application (startApp, ROLES=api) and answers the parent over IPC: sign in two
 * accounts, a CPU profile by stage while the parent loads a route, a per-request breakdown of the
 * server's time by stage while the parent sends requests one at a time, stop.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import inspector from 'node:inspector/promises';
import pg from 'pg';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { AuthGuard, AuthService } from '@congvan/auth';
import { Unit } from '@congvan/organisation';
import { ResponseCache, TaskListService } from '@congvan/tasking';
import { ValidationPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startApp } from '../../apps/api/src/bootstrap.js';
import { type CpuProfile, summariseProfile } from './profile.js';

export const PASSWORD = 'Mật-khẩu-Mạnh-2024!';

export type ServerMessage =
  | { kind: 'ready'; port: number }
  | { kind: 'accounts'; clerk: string; unitAdmin: string }
  | { kind: 'profile'; stages: Array<[name: string, ms: number]>; totalMs: number }
  | {
      kind: 'breakdown';
      requests: number;
      stages: Array<[name: string, ms: number]>;
      serverMs: number;
      sql: SqlCall[];
    };

export interface SqlCall {
  text: string;
  values: unknown[];
}

/**
 * The stages of a request, timed exclusively (a stage's time excludes the stages inside it):
 * valid only while one request is in flight, which the breakdown guarantees.
 */
export const STAGES = {
  session: 'session check (AuthGuard: token, session cache or query)',
  cache: 'response cache (key, version check; on a miss the read below)',
  validation: 'query validation (ValidationPipe)',
  sql: 'SQL round trip (PostgreSQL and the pg driver)',
  service: 'task list service (its JavaScript around the SQL)',
  json: 'serialisation (JSON.stringify)',
  etag: 'ETag (Express hashes the body)',
  framework: 'framework and HTTP (Node http, Express, Nest, guards, socket write)',
} as const;

class StageClock {
  measuring = false;
  readonly totals = new Map<string, number>();
  private readonly stack: Array<{ stage: string; start: number; inner: number }> = [];
  /** SQL run inside the task list service while measuring (what the parent explains). */
  readonly sql: SqlCall[] = [];

  enter(stage: string): void {
    this.stack.push({ stage, start: performance.now(), inner: 0 });
  }

  exit(): void {
    const frame = this.stack.pop()!;
    const elapsed = performance.now() - frame.start;
    this.totals.set(frame.stage, (this.totals.get(frame.stage) ?? 0) + elapsed - frame.inner);
    if (this.stack.length > 0) this.stack[this.stack.length - 1].inner += elapsed;
  }

  inside(stage: string): boolean {
    return this.stack.some((frame) => frame.stage === stage);
  }

  /** Wraps `target[method]` (sync, async or promise-returning) so that its calls count as `stage` while measuring. */
  wrap(target: object, method: string, stage: string, onCall?: (args: unknown[]) => void): void {
    const record = target as Record<string, (...args: unknown[]) => unknown>;
    const original = record[method];
    record[method] = function (this: unknown, ...args: unknown[]) {
      if (!clock.measuring) return original.apply(this, args);
      onCall?.(args);
      clock.enter(stage);
      let result: unknown;
      try {
        result = original.apply(this, args);
      } catch (error) {
        clock.exit();
        throw error;
      }
      if (result instanceof Promise) return result.finally(() => clock.exit());
      clock.exit();
      return result;
    };
  }
}

const clock = new StageClock();

if (process.argv[1]?.endsWith('serve.js')) await serve(process.argv[2], process.argv[3], process.argv[4]);

async function serve(databaseUrl: string, sessionCacheMs: string, responseCacheMb?: string): Promise<void> {
  clock.wrap(AuthGuard.prototype, 'canActivate', STAGES.session);
  clock.wrap(ResponseCache.prototype, 'get', STAGES.cache);
  clock.wrap(ValidationPipe.prototype, 'transform', STAGES.validation);
  clock.wrap(TaskListService.prototype, 'pageJson', STAGES.service);
  clock.wrap(pg.Client.prototype, 'query', STAGES.sql, (args) => {
    if (!clock.inside(STAGES.service) || clock.sql.length >= 4) return;
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    clock.sql.push(
      typeof first === 'string'
        ? { text: first, values: second ?? [] }
        : { text: first.text, values: first.values ?? [] },
    );
  });
  clock.wrap(JSON, 'stringify', STAGES.json);

  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-bench-'));
  const env = loadEnv({
    DATABASE_URL: databaseUrl,
    SESSION_CACHE_MS: sessionCacheMs,
    ...(responseCacheMb === undefined ? {} : { RESPONSE_CACHE_MB: responseCacheMb }),
    PORT: '0',
    ROLES: 'api',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SEED_SAMPLE_ORG: 'false',
    OCR_WORKERS: '1',
  });
  const running = await startApp(env, new JsonLogger('warn'));
  const express = running.app.getHttpAdapter().getInstance() as {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
  };
  const etag = express.get('etag fn') as ((...args: unknown[]) => unknown) | undefined;
  if (etag) {
    const holder = { etag };
    clock.wrap(holder, 'etag', STAGES.etag);
    express.set('etag fn', holder.etag);
  }
  let serverMs = 0;
  let requests = 0;
  const server = running.app.getHttpServer() as Server;
  // Prepended: the clock starts before Express sees the request.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (!clock.measuring) return;
    const started = performance.now();
    response.once('finish', () => {
      serverMs += performance.now() - started;
      requests += 1;
    });
  });

  const profiler = new inspector.Session();
  profiler.connect();
  const send = (message: ServerMessage) => process.send!(message);
  process.on('message', async (message: { kind: string; unitCode?: string }) => {
    if (message.kind === 'accounts') {
      const auth = running.app.get(AuthService);
      const unit = await running.app.get(DataSource).getRepository(Unit).findOneByOrFail({ code: message.unitCode });
      const account = async (username: string, role: 'clerk' | 'unit_admin', unitId: string | null) => {
        await auth.createUser(null, { username, displayName: username, role, unitId, password: PASSWORD });
        return (await auth.login(username, PASSWORD, '127.0.0.1')).token;
      };
      send({
        kind: 'accounts',
        clerk: await account('benchclerk', 'clerk', null),
        unitAdmin: await account('benchunit', 'unit_admin', unit.id),
      });
    }
    if (message.kind === 'profile-start') {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.post('Profiler.start');
      send({ kind: 'profile', stages: [], totalMs: 0 });
    }
    if (message.kind === 'profile-stop') {
      const { profile } = await profiler.post('Profiler.stop');
      // BENCH_PROFILE_DIR keeps the raw profile (open it in Chrome DevTools or speedscope).
      if (process.env.BENCH_PROFILE_DIR)
        writeFileSync(join(process.env.BENCH_PROFILE_DIR, `tasks-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      send({ kind: 'profile', ...summariseProfile(profile as CpuProfile) });
    }
    if (message.kind === 'breakdown-start') {
      clock.totals.clear();
      clock.sql.length = 0;
      serverMs = 0;
      requests = 0;
      clock.measuring = true;
      send({ kind: 'breakdown', requests: 0, stages: [], serverMs: 0, sql: [] });
    }
    if (message.kind === 'breakdown-stop') {
      clock.measuring = false;
      const measured = [...clock.totals].reduce((sum, [, ms]) => sum + ms, 0);
      send({
        kind: 'breakdown',
        requests,
        serverMs,
        stages: [...clock.totals, [STAGES.framework, serverMs - measured] as [string, number]],
        sql: clock.sql,
      });
    }
    if (message.kind === 'stop') {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  send({ kind: 'ready', port: (running.app.getHttpServer().address() as AddressInfo).port });
}
