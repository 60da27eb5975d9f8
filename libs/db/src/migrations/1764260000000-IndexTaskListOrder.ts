import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task lists are ordered by due day, creation and id (the id makes the order total, so pages never
 * repeat or skip a task). The inbox index ended at created_at, so PostgreSQL read every task of the
 * unit and sorted them for each page; with the id in the index, a page reads only its own rows
 * however long the unit's history (bench/tasking-curve.bench.ts). It replaces the shorter index.
 */
export class IndexTaskListOrder1764260000000 implements MigrationInterface {
  name = 'IndexTaskListOrder1764260000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX "IDX_task_unit_id_due_on_created_at_id" ON "task" ("unit_id", "due_on", "created_at", "id")`,
    );
    await db.query(`DROP INDEX "IDX_task_unit_id_due_on_created_at"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_task_unit_id_due_on_created_at" ON "task" ("unit_id", "due_on", "created_at")`);
    await db.query(`DROP INDEX "IDX_task_unit_id_due_on_created_at_id"`);
  }
}
