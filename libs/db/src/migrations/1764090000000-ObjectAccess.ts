import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What object-level access needs on the rows: a document's organisation (the uploading clerk's
 * registry, '' for none) and the registry unit that issued its directive (set at dispatch); a
 * template's organisation ('' for every organisation). The same content may be uploaded once per
 * organisation, so a duplicate never hands one organisation another's document.
 */
export class ObjectAccess1764090000000 implements MigrationInterface {
  name = 'ObjectAccess1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document" ADD "organisation" text NOT NULL DEFAULT ''`);
    await db.query(`ALTER TABLE "document" ADD "issuer_unit_id" uuid`);
    await db.query(`DROP INDEX "IDX_document_sha256"`);
    await db.query(`CREATE UNIQUE INDEX "IDX_document_organisation_sha256" ON "document" ("organisation", "sha256")`);
    await db.query(`CREATE INDEX "IDX_document_issuer_unit_id" ON "document" ("issuer_unit_id")`);
    await db.query(`ALTER TABLE "reply_template" ADD "organisation" text NOT NULL DEFAULT ''`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "reply_template" DROP COLUMN "organisation"`);
    await db.query(`DROP INDEX "IDX_document_issuer_unit_id"`);
    await db.query(`DROP INDEX "IDX_document_organisation_sha256"`);
    await db.query(`CREATE UNIQUE INDEX "IDX_document_sha256" ON "document" ("sha256")`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "issuer_unit_id"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "organisation"`);
  }
}
