import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

type EntityList = NonNullable<DataSourceOptions['entities']>;
type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/** The one place that says how congvan talks to PostgreSQL. Never synchronize: migrations own the schema. */
export function buildDataSourceOptions(
  url: string,
  entities: EntityList,
  migrations: MigrationList,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migration',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // A request waits at most 5 s for a connection, then answers 503 DATABASE_UNAVAILABLE.
    extra: { max: 10, application_name: 'congvan', connectionTimeoutMillis: 5000 },
  };
}
