import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents that arrive as edXML packages: their header, their attachments, and header/text disagreements. */
export class AddEdxmlImport1764180000000 implements MigrationInterface {
  name = 'AddEdxmlImport1764180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document" ADD "source" text NOT NULL DEFAULT 'upload'`);
    await db.query(`ALTER TABLE "document" ADD "edxml" jsonb`);
    await db.query(`ALTER TABLE "directive_draft" ADD "disagreements" jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      CREATE TABLE "document_file" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "role" text NOT NULL,
        "name" text NOT NULL,
        "sha256" text NOT NULL,
        "mime_type" text,
        "size_bytes" integer NOT NULL,
        CONSTRAINT "PK_document_file" PRIMARY KEY ("id"),
        CONSTRAINT "FK_document_file_document_id" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_document_file_document_id_position" ON "document_file" ("document_id", "position")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "document_file"`);
    await db.query(`ALTER TABLE "directive_draft" DROP COLUMN "disagreements"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "edxml"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "source"`);
  }
}
