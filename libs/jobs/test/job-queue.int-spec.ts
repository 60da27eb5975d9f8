import { Module, type OnModuleInit } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@congvan/db';
import { JobQueue, JobsModule } from '@congvan/jobs';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database.js';

const handled: Array<{ note: string }> = [];

@Module({})
class ProbeModule implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}
  onModuleInit(): void {
    this.jobs.define<{ note: string }>('test.probe', {
      handle: async (data) => {
        handled.push(data);
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

  it('refuses a job name nobody defined', async () => {
    await expect(jobs.enqueue('test.unknown', {})).rejects.toThrow('Unknown job "test.unknown"');
  });
});
