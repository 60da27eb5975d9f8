import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  connectionString: string;
  /** Whether this process takes jobs off the queues (the "worker" role) or only enqueues them. */
  work: boolean;
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
}

/**
 * The pipeline's job queue: pg-boss on the application's own PostgreSQL. Jobs are enqueued in the
 * same transaction as the rows that need them, so a committed row always has its job and a rolled
 * back one never does. Every job name is defined by a module at start-up; enqueueing an undefined
 * name is a programming error and fails loudly.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private started = false;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      application_name: 'congvan-jobs',
      max: 4,
      schema: 'pgboss',
    });
    this.boss.on('error', (error) => this.logger.error({ msg: 'job queue error', error: error.message }));
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
    for (const [name, definition] of this.definitions) {
      await this.boss.createQueue(name, {
        name,
        retryLimit: definition.retryLimit ?? 3,
        retryDelay: definition.retryDelaySeconds ?? 10,
        retryBackoff: true,
      });
      if (this.options.work) {
        await this.startWorkers(name, definition);
        if (definition.schedule) await this.boss.schedule(name, definition.schedule, {}, { tz: 'Asia/Ho_Chi_Minh' });
      }
    }
    this.started = true;
    this.logger.log({ msg: 'job queue started', queues: [...this.definitions.keys()], working: this.options.work });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
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
          const started = Date.now();
          try {
            await definition.handle(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
            this.logger.log({ msg: 'job done', job: name, id: job.id, ms: Date.now() - started });
          } catch (error) {
            this.logger.warn({ msg: 'job failed', job: name, id: job.id, error: (error as Error).message });
            throw error;
          }
        },
      );
    }
  }
}

function toRows(result: unknown): unknown[] {
  return Array.isArray(result) ? result : [];
}
