import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outgoing edXML packages (status packages, exported replies) and their delivery. */
export class AddEdxmlOutbox1764200000000 implements MigrationInterface {
  name = 'AddEdxmlOutbox1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "edxml_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "status_code" text NOT NULL DEFAULT '',
        "to_organ_id" text,
        "file_name" text NOT NULL,
        "sha256" text NOT NULL,
        "state" text NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        CONSTRAINT "PK_edxml_outbox" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_edxml_outbox_kind_subject_id_status_code" ON "edxml_outbox" ("kind", "subject_id", "status_code")`,
    );
    await db.query(`CREATE INDEX "IDX_edxml_outbox_state_created_at" ON "edxml_outbox" ("state", "created_at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "edxml_outbox"`);
  }
}
