import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { nextRegisterNumber } from '@congvan/replies';
import { openTestDatabase, type OpenTestDatabase } from '../../../test/setup/test-database.js';

describe('nextRegisterNumber (outgoing register)', () => {
  let database: OpenTestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await openTestDatabase(20);
    dataSource = database.dataSource;
  });

  afterAll(() => database.close());

  it('gives 1..N exactly once to N concurrent signings', async () => {
    const issuer = randomUUID();
    const numbers = await Promise.all(
      Array.from({ length: 30 }, () =>
        dataSource.transaction(async (tx) => {
          const number = await nextRegisterNumber(tx, issuer, 'BC', 2024);
          await new Promise((resolve) => setTimeout(resolve, 5)); // hold the row while others wait
          return number;
        }),
      ),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('restarts at 1 each year and counts each issuer and type separately', async () => {
    const issuer = randomUUID();
    const next = (type: string, year: number, who = issuer) =>
      dataSource.transaction((tx) => nextRegisterNumber(tx, who, type, year));
    expect([
      await next('BC', 2024),
      await next('BC', 2024),
      await next('BC', 2025),
      await next('CV', 2024),
      await next('BC', 2024, randomUUID()),
    ]).toEqual([1, 2, 1, 1, 1]);
  });

  it('does not use up a number when the signing rolls back', async () => {
    const issuer = randomUUID();
    await expect(
      dataSource.transaction(async (tx) => {
        await nextRegisterNumber(tx, issuer, 'BC', 2024);
        throw new Error('signature failed');
      }),
    ).rejects.toThrow('signature failed');
    expect(await dataSource.transaction((tx) => nextRegisterNumber(tx, issuer, 'BC', 2024))).toBe(1);
  });
});
