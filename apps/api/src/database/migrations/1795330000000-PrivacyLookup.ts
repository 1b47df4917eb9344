import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the privacy tools, which look up one address across events and sent mails. */
export class PrivacyLookup1795330000000 implements MigrationInterface {
  name = 'PrivacyLookup1795330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_registration_email" ON "registration" ("email_normalized")
        `);
    // An expression index, which the entity cannot declare (synchronize: false there).
    await queryRunner.query(`
            CREATE INDEX "IDX_sent_message_recipient" ON "sent_message" (lower("recipient"))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sent_message_recipient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_registration_email"
        `);
  }
}
