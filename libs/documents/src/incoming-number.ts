import type { EntityManager } from 'typeorm';

export interface IncomingEntry {
  incomingNumber: number;
  incomingYear: number;
  /** Ngày đến, YYYY-MM-DD in Vietnam. */
  receivedOn: string;
}

/**
 * Takes the next số đến of `organisation` for the year of today (in Vietnam), inside the caller's
 * transaction: the counter row stays locked until that transaction ends, so concurrent registrations
 * queue behind it and each gets its own number; if the registration rolls back, so does the number.
 */
export async function takeIncomingNumber(tx: EntityManager, organisation: string): Promise<IncomingEntry> {
  const [row] = await tx.query(
    `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day)
     INSERT INTO incoming_register_counter (organisation, year, last_number)
     SELECT $1, extract(year FROM day)::int, 1 FROM today
     ON CONFLICT (organisation, year) DO UPDATE SET last_number = incoming_register_counter.last_number + 1
     RETURNING year, last_number AS number, (SELECT day::text FROM today) AS "receivedOn"`,
    [organisation],
  );
  return { incomingNumber: row.number, incomingYear: row.year, receivedOn: row.receivedOn };
}
