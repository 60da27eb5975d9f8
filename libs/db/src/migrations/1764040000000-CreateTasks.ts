import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTasks1764040000000 implements MigrationInterface {
  name = 'CreateTasks1764040000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "task" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "requirement_ref" text NOT NULL,
        "requirement_text" text NOT NULL,
        "unit_id" uuid NOT NULL,
        "recipient_line" text NOT NULL,
        "due_on" date,
        "occurrence" text NOT NULL DEFAULT '',
        "deadline_text" text,
        "report_to" text array NOT NULL DEFAULT '{}',
        "status" text NOT NULL DEFAULT 'open',
        "closed_at" timestamptz,
        "last_reminded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_task" PRIMARY KEY ("id"),
        CONSTRAINT "FK_task_document_id" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_task_unit_id" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_task_document_id_requirement_ref_unit_id_occurrence" ON "task" ("document_id", "requirement_ref", "unit_id", "occurrence")`,
    );
    await db.query(`CREATE INDEX "IDX_task_unit_id_status_due_on" ON "task" ("unit_id", "status", "due_on")`);
    await db.query(`
      CREATE TABLE "task_response" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "task_id" uuid NOT NULL,
        "author_id" uuid,
        "text" text NOT NULL,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_task_response" PRIMARY KEY ("id"),
        CONSTRAINT "FK_task_response_task_id" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "IDX_task_response_task_id" ON "task_response" ("task_id")`);
    await db.query(`
      CREATE TABLE "task_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "task_id" uuid NOT NULL,
        "actor_id" uuid,
        "from_status" text,
        "to_status" text NOT NULL,
        "reason" text,
        "at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_task_event" PRIMARY KEY ("id"),
        CONSTRAINT "FK_task_event_task_id" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "IDX_task_event_task_id" ON "task_event" ("task_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "task_event"`);
    await db.query(`DROP TABLE "task_response"`);
    await db.query(`DROP TABLE "task"`);
  }
}
