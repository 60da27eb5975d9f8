import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API tokens for other systems: one organisation, a set of permissions, the secret stored hashed. */
export class AddApiTokens1764230000000 implements MigrationInterface {
  name = 'AddApiTokens1764230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "api_token" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "name" text NOT NULL,
         "organisation" text NOT NULL,
         "permissions" text array NOT NULL,
         "token_hash" text NOT NULL,
         "prefix" text NOT NULL,
         "created_by" uuid NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "last_used_at" TIMESTAMP WITH TIME ZONE,
         "revoked_at" TIMESTAMP WITH TIME ZONE,
         CONSTRAINT "PK_api_token" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "IDX_api_token_token_hash" ON "api_token" ("token_hash")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_api_token_token_hash"`);
    await db.query(`DROP TABLE "api_token"`);
  }
}
