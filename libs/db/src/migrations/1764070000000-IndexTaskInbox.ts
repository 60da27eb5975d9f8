import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit's inbox is read in due order (overdue first, undated last, then oldest): this index
 * gives it in that order, so a page costs its own rows whatever the unit's history. Measured by
 * bench/tasking.bench.ts.
 */
export class IndexTaskInbox1764070000000 implements MigrationInterface {
  name = 'IndexTaskInbox1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_task_unit_id_due_on_created_at" ON "task" ("unit_id", "due_on", "created_at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_task_unit_id_due_on_created_at"`);
  }
}
