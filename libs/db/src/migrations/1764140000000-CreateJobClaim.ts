import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which worker process runs which pipeline job. pg-boss knows a job is active, not who runs it; a
 * claim names the owner's liveness session, so a job whose worker died is handed back to the queue
 * within seconds instead of after pg-boss's expiry (see libs/jobs, recoverOrphanedJobs).
 */
export class CreateJobClaim1764140000000 implements MigrationInterface {
  name = 'CreateJobClaim1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "job_claim" (
      "job_id" uuid PRIMARY KEY,
      "queue" text NOT NULL,
      "owner" varchar(48) NOT NULL,
      "claimed_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "job_claim"`);
  }
}
