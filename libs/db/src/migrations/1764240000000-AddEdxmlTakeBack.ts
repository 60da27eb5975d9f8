import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Taking an exchanged document back (status 13 → 15 agreed / 16 refused), in both directions. */
export class AddEdxmlTakeBack1764240000000 implements MigrationInterface {
  name = 'AddEdxmlTakeBack1764240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "edxml_take_back" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "direction" text NOT NULL,
         "subject_id" uuid NOT NULL,
         "package_document_id" text,
         "counterpart_organ_id" text,
         "state" text NOT NULL DEFAULT 'requested',
         "reason" text,
         "answer" text,
         "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "decided_at" TIMESTAMP WITH TIME ZONE,
         "decided_by_id" uuid,
         CONSTRAINT "PK_edxml_take_back" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_edxml_take_back_direction_subject_id" ON "edxml_take_back" ("direction", "subject_id")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_edxml_take_back_direction_subject_id"`);
    await db.query(`DROP TABLE "edxml_take_back"`);
  }
}
