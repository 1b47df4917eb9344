import { MigrationInterface, QueryRunner } from 'typeorm';

export class Retention1795320000000 implements MigrationInterface {
  name = 'Retention1795320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "retention_days" integer NOT NULL DEFAULT '90'
        `);
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "registrations_anonymised_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "registration"
            ADD "anonymised_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration" DROP COLUMN "anonymised_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "registrations_anonymised_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "retention_days"
        `);
  }
}
