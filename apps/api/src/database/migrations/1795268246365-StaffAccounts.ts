import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAccounts1795268246365 implements MigrationInterface {
  name = 'StaffAccounts1795268246365';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "staff_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "email_normalized" character varying(254) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "password_hash" character varying(255),
                "role" character varying(16) NOT NULL,
                "totp_secret_sealed" text,
                "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
                "totp_last_step" integer,
                "recovery_code_hashes" text array NOT NULL DEFAULT '{}',
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4d2399aabd15dae3014759ae87d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_staff_account_email" ON "staff_account" ("email_normalized")
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_login_failure" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject_hash" character(64) NOT NULL,
                "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_41e603dc4a52799da05d3009e68" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_staff_login_failure_subject" ON "staff_login_failure" ("subject_hash", "failed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_session" (
                "token_hash" character(64) NOT NULL,
                "account_id" uuid NOT NULL,
                "csrf_token" character(43) NOT NULL,
                "complete" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_bd04302ff5686f90da181a7176d" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_staff_session_account" ON "staff_session" ("account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_staff_session_expires" ON "staff_session" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_account_organisation" (
                "account_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_b8d145cee8fe8639815902a62cc" PRIMARY KEY ("account_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9604f9ad8b82be0d61e6961584" ON "staff_account_organisation" ("account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_21ade2e5f21003943992fb072e" ON "staff_account_organisation" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_session"
            ADD CONSTRAINT "FK_staff_session_account" FOREIGN KEY ("account_id") REFERENCES "staff_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_account_organisation"
            ADD CONSTRAINT "FK_9604f9ad8b82be0d61e69615841" FOREIGN KEY ("account_id") REFERENCES "staff_account"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_account_organisation"
            ADD CONSTRAINT "FK_21ade2e5f21003943992fb072eb" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "staff_account_organisation" DROP CONSTRAINT "FK_21ade2e5f21003943992fb072eb"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_account_organisation" DROP CONSTRAINT "FK_9604f9ad8b82be0d61e69615841"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_session" DROP CONSTRAINT "FK_staff_session_account"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_21ade2e5f21003943992fb072e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9604f9ad8b82be0d61e6961584"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_account_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_staff_session_expires"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_staff_session_account"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_staff_login_failure_subject"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_login_failure"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_staff_account_email"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_account"
        `);
  }
}
