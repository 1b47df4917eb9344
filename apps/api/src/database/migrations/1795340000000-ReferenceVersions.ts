import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceVersions1795340000000 implements MigrationInterface {
  name = 'ReferenceVersions1795340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "series"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "person"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "person" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "series" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "version"
        `);
  }
}
