import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventVersion1795273281371 implements MigrationInterface {
  name = 'EventVersion1795273281371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "version"
        `);
  }
}
