import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDocuments1764030000000 implements MigrationInterface {
  name = 'CreateDocuments1764030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "document" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "sha256" text NOT NULL,
        "original_name" text NOT NULL,
        "mime_type" text,
        "size_bytes" integer NOT NULL,
        "status" text NOT NULL,
        "failure" jsonb,
        "pages_done" integer NOT NULL DEFAULT 0,
        "page_count" integer,
        "text_source" text,
        "uploaded_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_document" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "IDX_document_sha256" ON "document" ("sha256")`);
    await db.query(`CREATE INDEX "IDX_document_status" ON "document" ("status")`);
    await db.query(`
      CREATE TABLE "document_page" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "page_index" integer NOT NULL,
        "text" text NOT NULL,
        "normalised_text" text NOT NULL,
        "source" text NOT NULL,
        "confidence" real,
        "words" jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT "PK_document_page" PRIMARY KEY ("id"),
        CONSTRAINT "FK_document_page_document_id" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_document_page_document_id_page_index" ON "document_page" ("document_id", "page_index")`,
    );
    // Accent-insensitive search: unaccent is only STABLE, so wrap it to index it.
    await db.query(
      `CREATE FUNCTION congvan_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await db.query(
      `CREATE INDEX "IDX_document_page_search" ON "document_page" USING gin (congvan_fold("normalised_text") gin_trgm_ops)`,
    );
    await db.query(`
      CREATE TABLE "directive_draft" (
        "document_id" uuid NOT NULL,
        "extracted" jsonb NOT NULL,
        "evidence" jsonb NOT NULL,
        "warnings" jsonb NOT NULL DEFAULT '[]',
        "reviewed" jsonb,
        "reviewed_by_id" uuid,
        "confirmed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_directive_draft" PRIMARY KEY ("document_id"),
        CONSTRAINT "FK_directive_draft_document_id" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "directive_draft"`);
    await db.query(`DROP TABLE "document_page"`);
    await db.query(`DROP FUNCTION congvan_fold(text)`);
    await db.query(`DROP TABLE "document"`);
  }
}
