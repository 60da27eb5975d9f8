import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A directive its sender took back (edXML status 15, Quyết định 28/2018/QĐ-TTg) cancels the work
 * still open on it: a task gains the state `cancelled` (no longer reported, reminded or overdue;
 * kept, with its history) and the document records when it was given back and to whom. The task
 * states, free text until now, are checked by the database from here on.
 */
export class TaskCancellation1764290000000 implements MigrationInterface {
  name = 'TaskCancellation1764290000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "task" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(
      `ALTER TABLE "task" ADD CONSTRAINT "CHK_task_status" CHECK ("status" IN ('open', 'closed', 'accepted', 'returned', 'cancelled'))`,
    );
    await db.query(
      `ALTER TABLE "task_event" ADD CONSTRAINT "CHK_task_event_to_status" CHECK ("to_status" IN ('open', 'closed', 'accepted', 'returned', 'cancelled'))`,
    );
    await db.query(`ALTER TABLE "document" ADD "taken_back_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`ALTER TABLE "document" ADD "taken_back_by" text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document" DROP COLUMN "taken_back_by"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "taken_back_at"`);
    await db.query(`ALTER TABLE "task_event" DROP CONSTRAINT "CHK_task_event_to_status"`);
    await db.query(`UPDATE "task" SET "status" = 'open' WHERE "status" = 'cancelled'`);
    await db.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_status"`);
    await db.query(`ALTER TABLE "task" DROP COLUMN "cancelled_at"`);
  }
}
