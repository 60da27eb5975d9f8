import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each page's review image (JPEG, in file storage by sha256) is made once, when the page is read,
 * instead of being drawn again from the original at every request. Null for pages read before.
 */
export class AddPageImage1764140000001 implements MigrationInterface {
  name = 'AddPageImage1764140000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document_page" ADD "image_sha256" character(64)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "document_page" DROP COLUMN "image_sha256"`);
  }
}
