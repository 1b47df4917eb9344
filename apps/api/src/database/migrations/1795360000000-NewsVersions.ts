import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsVersions1795360000000 implements MigrationInterface {
  name = 'NewsVersions1795360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "news_post"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "news_post" DROP COLUMN "version"
        `);
  }
}
