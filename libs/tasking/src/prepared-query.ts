import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** Statement names by SQL text: a route's query has a few shapes (the filters given), each prepared once per connection. */
const names = new Map<string, string>();

/**
 * Runs a read-only statement of the most read routes as a named prepared statement on TypeORM's
 * pool, rows as arrays: PostgreSQL parses and plans it once per connection instead of on every
 * request, and the driver builds no object per row (bench/tasking.bench.ts). Only for statements
 * whose text takes a bounded number of shapes (values always bound), since each connection keeps
 * every statement it prepared.
 */
export async function preparedRows<Row extends unknown[]>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  let name = names.get(text);
  if (name === undefined) {
    name = `cv_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    if (names.size >= 1_000) names.clear();
    names.set(text, name);
  }
  const client = await (dataSource.driver as unknown as { master: pg.Pool }).master.connect();
  try {
    const { rows } = await client.query<Row>({ name, text, values, rowMode: 'array' });
    client.release();
    return rows;
  } catch (error) {
    // As pg-pool's own query does: a client that failed is closed, not handed out again.
    client.release(error as Error);
    throw error;
  }
}
