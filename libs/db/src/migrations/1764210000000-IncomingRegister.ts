import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sổ văn bản đến (Nghị định 30/2020, chapter on incoming documents): every registered document
 * gets a số đến, sequential per organisation and year, and a ngày đến. The counter row is taken
 * with an upsert in the transaction that registers the document, so two clerks registering at once
 * wait for each other and a number is never given twice; the unique index makes sure of it.
 * Documents already stored are numbered in the order they arrived.
 */
export class IncomingRegister1764210000000 implements MigrationInterface {
  name = 'IncomingRegister1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document" ADD "incoming_year" integer`);
    await db.query(`ALTER TABLE "document" ADD "incoming_number" integer`);
    await db.query(`ALTER TABLE "document" ADD "received_on" date`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_document_incoming_number" ON "document" ("organisation", "incoming_year", "incoming_number")`,
    );
    await db.query(
      `CREATE TABLE "incoming_register_counter" (
         "organisation" text NOT NULL,
         "year" integer NOT NULL,
         "last_number" integer NOT NULL,
         CONSTRAINT "PK_incoming_register_counter" PRIMARY KEY ("organisation", "year"))`,
    );
    await db.query(
      `WITH numbered AS (
         SELECT id, (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_on,
                row_number() OVER (PARTITION BY organisation, extract(year FROM created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')
                                   ORDER BY created_at, id) AS n
           FROM document WHERE status <> 'failed')
       UPDATE document d SET received_on = numbered.received_on, incoming_year = extract(year FROM numbered.received_on)::int,
              incoming_number = numbered.n
         FROM numbered WHERE numbered.id = d.id`,
    );
    await db.query(
      `INSERT INTO incoming_register_counter (organisation, year, last_number)
       SELECT organisation, incoming_year, max(incoming_number) FROM document
        WHERE incoming_number IS NOT NULL GROUP BY organisation, incoming_year`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "incoming_register_counter"`);
    await db.query(`DROP INDEX "IDX_document_incoming_number"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "received_on"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "incoming_number"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "incoming_year"`);
  }
}
