import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrations } from '@congvan/db';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createEmptyDatabase, type TestDatabase } from '../../../test/setup/test-database.js';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('apply in order on an empty database and leave nothing for the entities to change', async () => {
    const applied = await runMigrations(dataSource);
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are a no-op when run again', async () => {
    expect(await runMigrations(dataSource)).toEqual([]);
  });

  it('revert completely and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
    );
    expect(tables).toEqual([]);
    expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
  });
});
