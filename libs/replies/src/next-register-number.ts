import type { EntityManager } from 'typeorm';

/**
 * Takes the next number of an issuer's register for a document type and year, inside the caller's
 * transaction. The upsert locks the register row, so concurrent signings queue behind each other
 * and no number is given twice; if the signing transaction rolls back, so does the number.
 */
export async function nextRegisterNumber(
  tx: EntityManager,
  issuerUnitId: string,
  docType: string,
  year: number,
): Promise<number> {
  const rows: Array<{ last_number: number }> = await tx.query(
    `INSERT INTO outgoing_register (issuer_unit_id, doc_type, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (issuer_unit_id, doc_type, year) DO UPDATE SET last_number = outgoing_register.last_number + 1
     RETURNING last_number`,
    [issuerUnitId, docType, year],
  );
  return rows[0].last_number;
}
