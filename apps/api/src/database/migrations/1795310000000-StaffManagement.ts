import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffManagement1795310000000 implements MigrationInterface {
  name = 'StaffManagement1795310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "staff_link" (
                "token_hash" character(64) NOT NULL,
                "account_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_a0dc641d7fe4662c8c94feb082e" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_staff_link_account" ON "staff_link" ("account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_staff_link_expires" ON "staff_link" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "app_setting" (
                "key" character varying(100) NOT NULL,
                "value" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by_id" uuid,
                CONSTRAINT "PK_0d66bfb0d9f93124a4549d21af0" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_account"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_link"
            ADD CONSTRAINT "FK_staff_link_account" FOREIGN KEY ("account_id") REFERENCES "staff_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "staff_link" DROP CONSTRAINT "FK_staff_link_account"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_account" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            DROP TABLE "app_setting"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_staff_link_expires"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_staff_link_account"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_link"
        `);
  }
}
