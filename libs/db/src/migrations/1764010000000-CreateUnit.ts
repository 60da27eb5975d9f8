import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUnit1764010000000 implements MigrationInterface {
  name = 'CreateUnit1764010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE "unit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "parent_id" uuid,
        "head_title" text,
        "aliases" text array NOT NULL DEFAULT '{}',
        "valid_from" date,
        "valid_to" date,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_unit" PRIMARY KEY ("id"),
        CONSTRAINT "FK_unit_parent_id" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT
      )`);
    await db.query(`CREATE UNIQUE INDEX "IDX_unit_code" ON "unit" ("code")`);
    await db.query(`CREATE INDEX "IDX_unit_parent_id" ON "unit" ("parent_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "unit"`);
  }
}
