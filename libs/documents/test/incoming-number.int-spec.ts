import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { takeIncomingNumber } from '../src/incoming-number.js';
import { openTestDatabase, type OpenTestDatabase } from '../../../test/setup/test-database.js';

describe('takeIncomingNumber (sổ văn bản đến)', () => {
  let database: OpenTestDatabase;
  let dataSource: DataSource;
  const vietnamYear = () => Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

  beforeAll(async () => {
    database = await openTestDatabase(20);
    dataSource = database.dataSource;
  });

  afterAll(() => database.close());

  /** Registers a document row with its number in one transaction, as ingest does. */
  const register = (organisation: string, hold = 0) =>
    dataSource.transaction(async (tx) => {
      const entry = await takeIncomingNumber(tx, organisation);
      await new Promise((resolve) => setTimeout(resolve, hold)); // keep the counter row while others wait
      await tx.query(
        `INSERT INTO document (sha256, organisation, original_name, size_bytes, status, incoming_number, incoming_year, received_on)
         VALUES ($1, $2, 'scan.pdf', 1, 'received', $3, $4, $5)`,
        [randomUUID(), organisation, entry.incomingNumber, entry.incomingYear, entry.receivedOn],
      );
      return entry;
    });

  it('gives 1..N exactly once to N concurrent registrations, with today as ngày đến', async () => {
    const organisation = `org-${randomUUID()}`;
    const entries = await Promise.all(Array.from({ length: 25 }, () => register(organisation, 5)));
    expect(entries.map((e) => e.incomingNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(new Set(entries.map((e) => e.incomingYear))).toEqual(new Set([vietnamYear()]));
    expect(entries[0].receivedOn).toMatch(new RegExp(`^${vietnamYear()}-\\d{2}-\\d{2}$`));
  });

  it('counts each organisation separately', async () => {
    const a = `org-${randomUUID()}`;
    const b = `org-${randomUUID()}`;
    expect([
      (await register(a)).incomingNumber,
      (await register(a)).incomingNumber,
      (await register(b)).incomingNumber,
    ]).toEqual([1, 2, 1]);
  });

  it('never gives a number twice: a rolled-back registration takes its number back, the unique index holds', async () => {
    const organisation = `org-${randomUUID()}`;
    await register(organisation);
    await expect(
      dataSource.transaction(async (tx) => {
        await takeIncomingNumber(tx, organisation);
        throw new Error('upload failed');
      }),
    ).rejects.toThrow('upload failed');
    expect((await register(organisation)).incomingNumber).toBe(2);
    await expect(
      dataSource.query(
        `INSERT INTO document (sha256, organisation, original_name, size_bytes, status, incoming_number, incoming_year)
         VALUES ($1, $2, 'again.pdf', 1, 'received', 2, $3)`,
        [randomUUID(), organisation, vietnamYear()],
      ),
    ).rejects.toThrow(/IDX_document_incoming_number/);
  });
});
