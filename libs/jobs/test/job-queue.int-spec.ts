import { Module, type OnModuleInit } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@congvan/db';
import { JobQueue, JobsModule } from '@congvan/jobs';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database.js';

const handled: Array<{ note: string }> = [];
const rerun: Array<{ note: string; retryCount: number }> = [];

@Module({})
class ProbeModule implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}
  onModuleInit(): void {
    this.jobs.define<{ note: string }>('test.probe', {
      handle: async (data) => {
        handled.push(data);
      },
    });
    this.jobs.define<{ note: string }>('test.orphan', {
      handle: async (data, job) => {
        rerun.push({ note: data.note, retryCount: job.retryCount });
      },
    });
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('JobQueue', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let jobs: JobQueue;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS)),
        JobsModule.forRoot({ connectionString: database.url, work: true }),
        ProbeModule,
      ],
    }).compile();
    await moduleRef.init();
    jobs = moduleRef.get(JobQueue);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef.close();
    await database.drop();
  });

  it('runs a job enqueued in a committed transaction', async () => {
    await dataSource.transaction((tx) => jobs.enqueue('test.probe', { note: 'committed' }, tx));
    await waitFor(() => handled.some((h) => h.note === 'committed'));
    expect(await jobs.isHealthy()).toBe(true);
  });

  it('loses the job with the transaction when it rolls back', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await jobs.enqueue('test.probe', { note: 'rolled back' }, tx);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await jobs.enqueue('test.probe', { note: 'after' });
    await waitFor(() => handled.some((h) => h.note === 'after'));
    expect(handled.map((h) => h.note)).not.toContain('rolled back');
  });

  it("runs again at once the job of a worker whose session is gone, and leaves a live worker's job alone", async () => {
    // Two jobs taken by "other workers" (fetched with a second pg-boss, as a worker does), each
    // claimed in that worker's name; one worker has its liveness session open, the other has none.
    const other = new PgBoss({ connectionString: database.url, schema: 'pgboss', supervise: false, schedule: false });
    await other.start();
    const live = new pg.Client({ connectionString: database.url, application_name: 'congvan-worker:live-owner' });
    await live.connect();
    try {
      const later = new Date(Date.now() + 3_600_000); // out of this queue's own workers' reach
      for (const note of ['dead', 'live']) {
        await other.send('test.orphan', { note }, { startAfter: later });
        const [job] = await other.fetch('test.orphan', { ignoreStartAfter: true } as PgBoss.FetchOptions);
        await dataSource.query('INSERT INTO job_claim (job_id, queue, owner) VALUES ($1, $2, $3)', [
          job!.id,
          'test.orphan',
          `${note}-owner`,
        ]);
      }
      await jobs.sweepOrphans();
      await waitFor(() => rerun.length > 0, 5_000);
      expect(rerun).toEqual([{ note: 'dead', retryCount: 1 }]);
      const states = await dataSource.query(
        `SELECT data->>'note' AS note, state FROM pgboss.job WHERE name = 'test.orphan' ORDER BY 1`,
      );
      expect(states).toEqual([
        { note: 'dead', state: 'completed' },
        { note: 'live', state: 'active' },
      ]);
    } finally {
      await live.end();
      await other.stop({ graceful: false, wait: true });
    }
  });

  it('refuses a job name nobody defined', async () => {
    await expect(jobs.enqueue('test.unknown', {})).rejects.toThrow('Unknown job "test.unknown"');
  });
});
