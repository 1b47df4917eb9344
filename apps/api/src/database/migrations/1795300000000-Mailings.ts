import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mailings1795300000000 implements MigrationInterface {
  name = 'Mailings1795300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "mailing" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "subject_en" character varying(200),
                "body_en" text,
                "segment" jsonb NOT NULL,
                "recipient_count" integer NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3d8e2e47d6d644c38d1192fcb15" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_mailing_event_created" ON "mailing" ("event_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "sent_message"
            ADD "mailing_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_sent_message_mailing" ON "sent_message" ("mailing_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "mailing"
            ADD CONSTRAINT "FK_mailing_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mailing"
            ADD CONSTRAINT "FK_mailing_created_by" FOREIGN KEY ("created_by_id") REFERENCES "staff_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mailing" DROP CONSTRAINT "FK_mailing_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailing" DROP CONSTRAINT "FK_mailing_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sent_message_mailing"
        `);
    await queryRunner.query(`
            ALTER TABLE "sent_message" DROP COLUMN "mailing_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_mailing_event_created"
        `);
    await queryRunner.query(`
            DROP TABLE "mailing"
        `);
  }
}
