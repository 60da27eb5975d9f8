import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReplyTemplates1764060000000 implements MigrationInterface {
  name = 'AddReplyTemplates1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "reply_template" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "system" text NOT NULL,
        "source" text NOT NULL,
        "created_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reply_template" PRIMARY KEY ("id")
      )`);
    await db.query(`ALTER TABLE "reply_document" ADD "template_id" uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "reply_document" DROP COLUMN "template_id"`);
    await db.query(`DROP TABLE "reply_template"`);
  }
}
