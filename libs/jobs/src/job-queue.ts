import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from '@congvan/common';
import type { EntityManager } from 'typeorm';
import { PGBOSS_SCHEMA, recoverOrphanedJobs } from './orphaned-jobs.js';
import { WorkerLiveness } from './worker-liveness.js';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  connectionString: string;
  /** Whether this process takes jobs off the queues (the "worker" role) or only enqueues them. */
  work: boolean;
  /** How often a worker looks for jobs whose worker died (default 10 s; also once at start). */
  orphanSweepSeconds?: number;
}

export interface JobContext {
  id: string;
  /** How many times this job has been retried before this run (0 on the first run). */
  retryCount: number;
  retryLimit: number;
}

export interface JobDefinition<T extends object> {
  handle(data: T, job: JobContext): Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How many jobs of this kind one process runs at once. */
  concurrency?: number;
  /** Cron expression (Vietnam time) for jobs that run on a schedule, e.g. '15 0 * * *' daily at 00:15. */
  schedule?: string;
  /**
   * pg-boss's own time limit for one run, a backstop for a worker that hangs while alive (a dead
   * worker's job is recovered within seconds, whatever this is). Default one hour.
   */
  expireInSeconds?: number;
  /** Called once when the job's worker died during its last attempt (the job will not run again). */
  abandoned?(data: T): Promise<void>;
}

/** Serialises queue creation between processes (see JobQueue.oneProcessAtATime). */
const QUEUE_SETUP_LOCK = 7_240_142;

/** An active job with no claim is taken as orphaned after this long (its worker died before claiming it). */
const UNCLAIMED_GRACE_SECONDS = 30;

/**
 * The pipeline's job queue: pg-boss on the application's own PostgreSQL. Jobs are enqueued in the
 * same transaction as the rows that need them, so a committed row always has its job and a rolled
 * back one never does. Every job name is defined by a module at start-up; enqueueing an undefined
 * name is a programming error and fails loudly.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private started = false;
  private stopping = false;
  /** Handlers running now: a stop waits for them (bounded), so that no pg-boss loop outlives the queue. */
  private readonly running = new Set<Promise<void>>();
  /** This process, as owner of the jobs it runs (see WorkerLiveness). */
  readonly owner = randomUUID();
  private readonly liveness: WorkerLiveness;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> = Promise.resolve();
  private sweepsQueued = 0;
  private lastUnavailableReport = 0;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {
    // pg-boss hands these to its pg.Pool: a poll waits at most 5 s for a connection.
    const bossOptions: PgBoss.ConstructorOptions & { connectionTimeoutMillis: number } = {
      connectionString: options.connectionString,
      application_name: 'congvan-jobs',
      max: 4,
      schema: PGBOSS_SCHEMA,
      connectionTimeoutMillis: 5000,
    };
    this.boss = new PgBoss(bossOptions);
    this.liveness = new WorkerLiveness(options.connectionString, this.owner);
    this.boss.on('error', (error) => this.reportError(error));
  }

  /** Called by modules in onModuleInit, before the queue starts. */
  define<T extends object>(name: string, definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`Job "${name}" defined after the queue started`);
    if (this.definitions.has(name)) throw new Error(`Job "${name}" is defined twice`);
    this.definitions.set(name, definition as JobDefinition<object>);
  }

  /** Whether a module defined this job (a stage may hand on to a module that is not loaded). */
  has(name: string): boolean {
    return this.definitions.has(name);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    if (this.options.work) await this.liveness.start();
    await this.oneProcessAtATime(async () => {
      for (const [name, definition] of this.definitions) {
        const queue = {
          name,
          retryLimit: definition.retryLimit ?? 3,
          retryDelay: definition.retryDelaySeconds ?? 10,
          retryBackoff: true,
          expireInSeconds: definition.expireInSeconds ?? 3600,
        };
        await this.boss.createQueue(name, queue);
        await this.boss.updateQueue(name, queue); // createQueue leaves an existing queue's settings as they were
      }
    });
    if (this.options.work)
      for (const [name, definition] of this.definitions) {
        await this.startWorkers(name, definition);
        if (definition.schedule) await this.boss.schedule(name, definition.schedule, {}, { tz: 'Asia/Ho_Chi_Minh' });
      }
    this.started = true;
    this.logger.log({
      msg: 'job queue started',
      queues: [...this.definitions.keys()],
      working: this.options.work,
      // The id in job_claim.owner and in the liveness session's name (congvan-worker:<owner>).
      ...(this.options.work ? { owner: this.owner } : {}),
    });
    if (this.options.work) {
      await this.sweepOrphans();
      const every = (this.options.orphanSweepSeconds ?? 10) * 1000;
      this.sweepTimer = setInterval(() => this.sweepsQueued === 0 && void this.sweepOrphans(), every);
      this.sweepTimer.unref();
    }
  }

  /**
   * Runs `work` while this process holds the queue set-up lock (a session advisory lock on a
   * connection of its own). pg-boss creates a queue by adding a partition to its job table; two
   * processes doing so at once on a fresh database — an API and workers started together —
   * deadlock, and one of them fails to start.
   */
  private async oneProcessAtATime(work: () => Promise<void>): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'congvan-jobs-setup',
    });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      await work();
    } finally {
      await client.end().catch(() => undefined); // the session ends, and its lock with it
    }
  }

  /** Before any module closes (the OCR threads among them): a job that fails from here on was interrupted. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.sweeping;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    if (this.started && this.options.work) {
      // pg-boss's stop does not wait for its worker loops: it looks at them once a second until each has
      // stopped, and a loop mid-fetch or mid-handler when the stop came (a handler still running, a job being
      // marked done) is looked at again a second later. Wait for the handlers, then for that look, so that
      // no pg-boss timer outlives the queue (Jest tears a file's modules down right after close; seen in CI
      // on web-ui.e2e-spec.ts with every test passed).
      await Promise.race([Promise.allSettled([...this.running]), sleep(15_000)]);
      await sleep(1_100);
    }
    await this.liveness.stop();
  }

  /**
   * Hands the jobs of dead workers back to the queue (see recoverOrphanedJobs); runs at start and
   * every few seconds in every worker process, so another worker or the next start picks them up.
   */
  sweepOrphans(): Promise<void> {
    // One sweep at a time; a sweep asked for while one runs starts after it (and sees what is new).
    this.sweepsQueued++;
    this.sweeping = this.sweeping.then(() => this.recover()).finally(() => this.sweepsQueued--);
    return this.sweeping;
  }

  private async recover(): Promise<void> {
    // Right after a database outage, the other workers may not have re-opened their sessions yet.
    if (!this.liveness.connected || this.liveness.reconnectedWithin(15)) return;
    try {
      const recovered = await this.liveness.withClient((client) =>
        recoverOrphanedJobs(client, [...this.definitions.keys()], UNCLAIMED_GRACE_SECONDS),
      );
      for (const job of recovered) {
        this.logger.warn({ msg: 'job recovered from a dead worker', job: job.name, id: job.id, state: job.state });
        if (job.state === 'failed') await this.definitions.get(job.name)?.abandoned?.(job.data);
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) return; // said once by reportError; the next sweep retries
      this.logger.warn({ msg: 'orphaned job sweep failed', error: (error as Error).message });
    }
  }

  /** Enqueues a job; pass the transaction's manager to make the job part of that transaction. */
  async enqueue<T extends object>(
    name: string,
    data: T,
    manager?: EntityManager,
    options: { singletonKey?: string; startAfter?: Date } = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job "${name}"`);
    const db = manager
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: toRows(await manager.query(text, values)) }) }
      : undefined;
    return this.boss.send(name, data, { ...options, ...(db ? { db } : {}) });
  }

  async isHealthy(): Promise<boolean> {
    if (!this.started) return false;
    try {
      await this.boss.getQueues();
      return true;
    } catch {
      return false;
    }
  }

  /** Counts jobs not yet finished (created, retry or active) — used by tests and health figures. */
  async pendingCount(name: string): Promise<number> {
    return this.boss.getQueueSize(name, { before: 'completed' });
  }

  private async startWorkers(name: string, definition: JobDefinition<object>): Promise<void> {
    for (let i = 0; i < (definition.concurrency ?? 1); i++) {
      await this.boss.work<object>(
        name,
        { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async ([job]) => {
          const run = this.run(name, definition, job);
          this.running.add(run);
          try {
            await run;
          } finally {
            this.running.delete(run);
          }
        },
      );
    }
  }

  private async run(name: string, definition: JobDefinition<object>, job: PgBoss.JobWithMetadata<object>) {
    const started = Date.now();
    await this.claim(name, job.id);
    try {
      await definition.handle(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
      this.logger.log({ msg: 'job done', job: name, id: job.id, ms: Date.now() - started });
    } catch (error) {
      if (this.stopping)
        this.logger.log({ msg: 'job interrupted by the shutdown; it runs again later', job: name, id: job.id });
      else this.logger.warn({ msg: 'job failed', job: name, id: job.id, error: (error as Error).message });
      throw error;
    } finally {
      await this.release(job.id);
    }
  }

  /**
   * pg-boss reports every failed poll; while the database is away that is several a second. Say
   * it once (a warning: it is the database's state, and the queue carries on when it returns).
   */
  private reportError(error: Error): void {
    if (!isDatabaseUnavailable(error)) {
      this.logger.error({ msg: 'job queue error', error: error.message });
      return;
    }
    if (Date.now() - this.lastUnavailableReport < 60_000) return;
    this.lastUnavailableReport = Date.now();
    this.logger.warn({ msg: 'job queue cannot reach the database; retrying', error: error.message });
  }

  /** Records this process as the job's owner, for recoverOrphanedJobs. */
  private async claim(queue: string, jobId: string): Promise<void> {
    await this.boss.getDb().executeSql(
      `INSERT INTO job_claim (job_id, queue, owner) VALUES ($1, $2, $3)
         ON CONFLICT (job_id) DO UPDATE SET owner = EXCLUDED.owner, claimed_at = now()`,
      [jobId, queue, this.owner],
    );
  }

  private async release(jobId: string): Promise<void> {
    await this.boss
      .getDb()
      .executeSql('DELETE FROM job_claim WHERE job_id = $1 AND owner = $2', [jobId, this.owner])
      .catch(() => undefined); // a claim left behind is removed by the next sweep
  }
}

function toRows(result: unknown): unknown[] {
  return Array.isArray(result) ? result : [];
}
