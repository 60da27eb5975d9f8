import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReplies1764050000000 implements MigrationInterface {
  name = 'CreateReplies1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "reply_document" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "system" text NOT NULL,
        "document_id" uuid,
        "issuer_unit_id" uuid NOT NULL,
        "doc_type" text NOT NULL,
        "model" jsonb NOT NULL,
        "status" text NOT NULL DEFAULT 'draft',
        "number" integer,
        "year" integer,
        "returned_reason" text,
        "created_by_id" uuid,
        "signed_by_id" uuid,
        "signed_at" timestamptz,
        "signed_pdf_sha256" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reply_document" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_reply_document_document_id" ON "reply_document" ("document_id")`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_reply_document_issuer_unit_id_doc_type_year_number_partial" ON "reply_document" ("issuer_unit_id", "doc_type", "year", "number") WHERE "number" IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE "outgoing_register" (
        "issuer_unit_id" uuid NOT NULL,
        "doc_type" text NOT NULL,
        "year" integer NOT NULL,
        "last_number" integer NOT NULL,
        CONSTRAINT "PK_outgoing_register" PRIMARY KEY ("issuer_unit_id", "doc_type", "year")
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "outgoing_register"`);
    await db.query(`DROP TABLE "reply_document"`);
  }
}
