import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationSource1795275227286 implements MigrationInterface {
  name = 'RegistrationSource1795275227286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration"
            ADD "source" character varying(8) NOT NULL DEFAULT 'portal'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_registration_event_created" ON "registration" ("event_id", "created_at", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_registration_event_created"
        `);
    await queryRunner.query(`
            ALTER TABLE "registration" DROP COLUMN "source"
        `);
  }
}
