import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795271262195 implements MigrationInterface {
  name = 'AuditLog1795271262195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "account_id" uuid,
                "account_email" character varying(254),
                "action" character varying(64) NOT NULL,
                "subject_type" character varying(40),
                "subject_id" character varying(64),
                "before" jsonb,
                "after" jsonb,
                "client_ip" character varying(64),
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_entry_subject" ON "audit_entry" ("subject_type", "subject_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_entry_account" ON "audit_entry" ("account_id", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_entry_at" ON "audit_entry" ("at")
        `);
    // Append-only: no row of the audit log can be changed or deleted, not even by the API.
    await queryRunner.query(`
            CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entry is append-only';
            END
            $$ LANGUAGE plpgsql
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "audit_entry_append_only" ON "audit_entry"
        `);
    await queryRunner.query(`
            DROP FUNCTION "audit_entry_append_only"()
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_entry_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_entry_account"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_entry_subject"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
  }
}
