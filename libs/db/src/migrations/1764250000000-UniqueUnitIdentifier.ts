import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mã định danh names one organ: unique across the registry (units without one are many), checked
 * at commit so that one import may move identifiers between units. Packages name their sender by it.
 */
export class UniqueUnitIdentifier1764250000000 implements MigrationInterface {
  name = 'UniqueUnitIdentifier1764250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "UQ_unit_identifier" UNIQUE ("identifier") DEFERRABLE INITIALLY DEFERRED`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "unit" DROP CONSTRAINT "UQ_unit_identifier"`);
  }
}
