import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two-level local government of 1 July 2025: a unit carries its mã định danh and, once merged
 * or dissolved, the unit that succeeded it and the day it did; an organisation may pin the format
 * version of its documents (e.g. keep HD 36 until its templates are checked); a task sent to a unit's successor
 * says which units it was addressed to.
 */
export class UnitSuccession1764220000000 implements MigrationInterface {
  name = 'UnitSuccession1764220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "unit" ADD "identifier" text`);
    await db.query(`ALTER TABLE "unit" ADD "successor_id" uuid`);
    await db.query(`ALTER TABLE "unit" ADD "successor_since" date`);
    await db.query(`ALTER TABLE "unit" ADD "format_overrides" jsonb NOT NULL DEFAULT '{}'`);
    await db.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_unit_successor_id" FOREIGN KEY ("successor_id") REFERENCES "unit"("id") ON DELETE SET NULL`,
    );
    await db.query(`CREATE INDEX "IDX_unit_successor_id" ON "unit" ("successor_id")`);
    await db.query(`ALTER TABLE "task" ADD "transfer_note" text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "task" DROP COLUMN "transfer_note"`);
    await db.query(`DROP INDEX "IDX_unit_successor_id"`);
    await db.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_unit_successor_id"`);
    await db.query(`ALTER TABLE "unit" DROP COLUMN "format_overrides"`);
    await db.query(`ALTER TABLE "unit" DROP COLUMN "successor_since"`);
    await db.query(`ALTER TABLE "unit" DROP COLUMN "successor_id"`);
    await db.query(`ALTER TABLE "unit" DROP COLUMN "identifier"`);
  }
}
