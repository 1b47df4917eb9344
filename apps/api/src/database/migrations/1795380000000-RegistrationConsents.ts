import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationConsents1795380000000 implements MigrationInterface {
  name = 'RegistrationConsents1795380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "registration_consents" jsonb NOT NULL DEFAULT '["newsletter", "participant_list", "photos_recording"]'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "registration_consents"
        `);
  }
}
