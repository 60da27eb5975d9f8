import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refused upload can be deleted by the clerk: the row is kept (its số đến is never reused, the
 * audit points at it) but hidden, and the same file may be uploaded again as a new document.
 */
export class DocumentSoftDelete1764270000000 implements MigrationInterface {
  name = 'DocumentSoftDelete1764270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`ALTER TABLE "document" ADD "deleted_by_id" uuid`);
    await db.query(`DROP INDEX "IDX_document_organisation_sha256"`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_document_organisation_sha256" ON "document" ("organisation", "sha256") WHERE "deleted_at" IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM "document" WHERE "deleted_at" IS NOT NULL`);
    await db.query(`DROP INDEX "IDX_document_organisation_sha256"`);
    await db.query(`CREATE UNIQUE INDEX "IDX_document_organisation_sha256" ON "document" ("organisation", "sha256")`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "deleted_by_id"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "deleted_at"`);
  }
}
