import { StorageModule } from '@congvan/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEvent, AuthModule, type AuthUser } from '@congvan/auth';
import { buildDataSourceOptions } from '@congvan/db';
import { DirectiveDraft, Document } from '@congvan/documents';
import { JobQueue, JobsModule } from '@congvan/jobs';
import { Unit } from '@congvan/organisation';
import { JOB_EXTEND_HORIZON, Task, TaskEvent, TaskingModule, DispatchService, HorizonService } from '@congvan/tasking';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database.js';

const LINE = 'Chủ tịch UBND các phường thuộc quận';

/** A confirmed directive: a one-off requirement and a monthly report "trước ngày 25 hằng tháng". */
const directive = {
  date: '2024-01-10',
  issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
  recipients: [LINE],
  requirements: [
    {
      ref: '1',
      text: 'Rà soát, đổi mật khẩu các tài khoản',
      deadlines: [{ kind: 'absolute', date: '2024-01-25', text: 'trước ngày 25/01/2024' }],
      assignees: [],
      reportTo: [],
    },
    {
      ref: '2',
      text: 'Báo cáo kết quả thực hiện hằng tháng',
      deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', text: 'trước ngày 25 hằng tháng' }],
      assignees: [],
      reportTo: [{ target: 'UBND quận (qua phòng Nội vụ)', forGroups: [] }],
    },
  ],
};

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the daily extension of recurring deadlines (tasks.extend-horizon, real PostgreSQL and pg-boss)', () => {
  let database: TestDatabase;
  let storageDir: string;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let dispatcher: DispatchService;
  let horizon: HorizonService;
  let jobs: JobQueue;
  let today = '2024-01-16';
  let documentId: string;
  let wardIds: string[];
  const clerk: AuthUser = {
    id: '6f1f3c52-8a43-4d43-9a57-3b8a9d0f2a11',
    username: 'vanthu',
    role: 'clerk',
    unitId: null,
    organisation: null,
  };

  const occurrencesOf = async (ref: string) =>
    (
      await dataSource
        .getRepository(Task)
        .find({ where: { documentId, requirementRef: ref }, order: { occurrence: 'ASC' } })
    )
      .map((t) => `${t.unitId === wardIds[0] ? 'A' : 'B'} ${t.occurrence} ${t.dueOn}`)
      .sort();

  /** Runs the job the way the schedule does: through the queue, taken by this process's worker. */
  async function runJob(): Promise<void> {
    await jobs.enqueue(JOB_EXTEND_HORIZON, {});
    await waitFor(async () => (await jobs.pendingCount(JOB_EXTEND_HORIZON)) === 0);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    storageDir = mkdtempSync(join(tmpdir(), 'congvan-horizon-'));
    moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS)),
        JobsModule.forRoot({ connectionString: database.url, work: true }),
        AuthModule.forRoot(),
        StorageModule.forRoot({ dir: storageDir }),
        TaskingModule.forRoot({ maxAttachmentBytes: 1_000_000, clock: () => today }),
      ],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    dispatcher = moduleRef.get(DispatchService);
    horizon = moduleRef.get(HorizonService);
    jobs = moduleRef.get(JobQueue);

    const units = await dataSource.getRepository(Unit).save([
      { code: 'dongda.ward.cat-linh', name: 'Ủy ban nhân dân phường Cát Linh', kind: 'ward' as const },
      { code: 'dongda.ward.hang-bot', name: 'Ủy ban nhân dân phường Hàng Bột', kind: 'ward' as const },
    ]);
    wardIds = units.map((u) => u.id);
    const document = await dataSource.getRepository(Document).save({
      sha256: 'a'.repeat(64),
      originalName: 'Công văn báo cáo hằng tháng.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1,
      status: 'reviewed' as const,
    });
    documentId = document.id;
    await dataSource
      .getRepository(DirectiveDraft)
      .save({ documentId, extracted: directive, evidence: {}, reviewed: directive, confirmedAt: new Date() });
    await dispatcher.dispatch(clerk, documentId, [{ line: LINE, unitIds: wardIds }]);
    // Dispatch happened on 16 January 2024 (Vietnam time), as the clock says.
    await dataSource.query(`UPDATE task SET created_at = '2024-01-16T09:00:00+07:00' WHERE document_id = $1`, [
      documentId,
    ]);
  });

  afterAll(async () => {
    await moduleRef.close();
    await database.drop();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('is scheduled daily at 00:30 Vietnam time', async () => {
    const [schedule] = await dataSource.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [
      JOB_EXTEND_HORIZON,
    ]);
    expect(schedule).toEqual({ cron: '30 0 * * *', timezone: 'Asia/Ho_Chi_Minh' });
  });

  it('starts from what dispatch created: the occurrences of the first 92 days', async () => {
    expect(await occurrencesOf('2')).toEqual(
      [
        'A 2024-01-25 2024-01-24',
        'A 2024-02-25 2024-02-24',
        'A 2024-03-25 2024-03-24',
        'B 2024-01-25 2024-01-24',
        'B 2024-02-25 2024-02-24',
        'B 2024-03-25 2024-03-24',
      ].sort(),
    );
  });

  it('creates nothing while no new occurrence has come within the horizon', async () => {
    today = '2024-01-20';
    const before = await dataSource.getRepository(Task).countBy({ documentId });
    await runJob();
    expect(await dataSource.getRepository(Task).countBy({ documentId })).toBe(before);
  });

  it('creates the 25 April occurrence for each ward once the horizon reaches it, like dispatch would, and audits it', async () => {
    today = '2024-01-24'; // horizon: 2024-04-25
    await runJob();
    expect((await occurrencesOf('2')).filter((o) => o.includes('2024-04'))).toEqual([
      'A 2024-04-25 2024-04-24',
      'B 2024-04-25 2024-04-24',
    ]);
    expect(await occurrencesOf('1')).toEqual(['A  2024-01-24', 'B  2024-01-24'].sort());
    const added = await dataSource
      .getRepository(Task)
      .findOneByOrFail({ documentId, occurrence: '2024-04-25', unitId: wardIds[1] });
    expect(added).toMatchObject({
      status: 'open',
      recipientLine: LINE,
      reportTo: ['UBND quận (qua phòng Nội vụ)'],
      requirementText: 'Báo cáo kết quả thực hiện hằng tháng',
      deadlineText: 'trước ngày 25 hằng tháng',
    });
    expect(await dataSource.getRepository(TaskEvent).findBy({ taskId: added.id })).toEqual([
      expect.objectContaining({ actorId: null, fromStatus: null, toStatus: 'open' }),
    ]);
    const audit = await dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'directive.horizon_extended', targetId: documentId });
    expect(audit.map((a) => a.details)).toEqual([{ tasks: 2, horizonEnd: '2024-04-25' }]);
  });

  it('is idempotent: run again, or twice at once, it creates nothing more', async () => {
    const before = await dataSource.getRepository(Task).countBy({ documentId });
    await runJob();
    expect(await Promise.all([horizon.extendHorizon(), horizon.extendHorizon()])).toEqual([0, 0]);
    expect(await dataSource.getRepository(Task).countBy({ documentId })).toBe(before);
  });

  it('catches up after days without a run, and stops for a unit dissolved since dispatch', async () => {
    await dataSource.getRepository(Unit).update({ id: wardIds[1] }, { validTo: '2024-02-29' });
    today = '2024-03-15'; // horizon: 2024-06-15
    await runJob();
    expect(await occurrencesOf('2')).toEqual(
      [
        'A 2024-01-25 2024-01-24',
        'A 2024-02-25 2024-02-24',
        'A 2024-03-25 2024-03-24',
        'A 2024-04-25 2024-04-24',
        'A 2024-05-25 2024-05-24',
        'B 2024-01-25 2024-01-24',
        'B 2024-02-25 2024-02-24',
        'B 2024-03-25 2024-03-24',
        'B 2024-04-25 2024-04-24',
      ].sort(),
    );
  });
});
