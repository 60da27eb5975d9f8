import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764020000000 implements MigrationInterface {
  name = 'CreateIdentity1764020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "user_account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "username" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "unit_id" uuid,
        "password_hash" text NOT NULL,
        "password_changed_at" timestamptz NOT NULL,
        "failed_login_count" integer NOT NULL DEFAULT 0,
        "locked_until" timestamptz,
        "lock_reason" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_user_account" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "IDX_user_account_username" ON "user_account" ("username")`);
    await db.query(`
      CREATE TABLE "password_history" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "password_hash" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_password_history" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_password_history_user_id" ON "password_history" ("user_id")`);
    await db.query(`
      CREATE TABLE "session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "ip" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_session" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_session_user_id" ON "session" ("user_id")`);
    await db.query(`CREATE UNIQUE INDEX "IDX_session_token_hash" ON "session" ("token_hash")`);
    await db.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" text NOT NULL,
        "target_type" text,
        "target_id" text,
        "ip" text,
        "details" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_audit_event_actor_id" ON "audit_event" ("actor_id")`);
    await db.query(`CREATE INDEX "IDX_audit_event_action_at" ON "audit_event" ("action", "at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "audit_event"`);
    await db.query(`DROP TABLE "session"`);
    await db.query(`DROP TABLE "password_history"`);
    await db.query(`DROP TABLE "user_account"`);
  }
}
