import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Incoming documents matched to the tasks they answer (closed loop), with the evidence. */
export class AddReplyMatches1764190000000 implements MigrationInterface {
  name = 'AddReplyMatches1764190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "reply_match" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "directive_id" uuid,
        "unit_id" uuid,
        "status" text NOT NULL,
        "reason" text,
        "candidate_ids" uuid array NOT NULL DEFAULT '{}',
        "evidence" jsonb NOT NULL,
        "tasks" jsonb NOT NULL DEFAULT '[]',
        "decided_by_id" uuid,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reply_match" PRIMARY KEY ("id"),
        CONSTRAINT "FK_reply_match_document_id" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_reply_match_directive_id" FOREIGN KEY ("directive_id") REFERENCES "document"("id") ON DELETE RESTRICT
      )`);
    await db.query(`CREATE UNIQUE INDEX "IDX_reply_match_document_id" ON "reply_match" ("document_id")`);
    await db.query(`CREATE INDEX "IDX_reply_match_directive_id" ON "reply_match" ("directive_id")`);
    await db.query(`CREATE INDEX "IDX_reply_match_status" ON "reply_match" ("status")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "reply_match"`);
  }
}
