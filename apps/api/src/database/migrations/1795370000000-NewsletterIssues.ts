import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsletterIssues1795370000000 implements MigrationInterface {
  name = 'NewsletterIssues1795370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "newsletter_issue" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject" character varying(200) NOT NULL,
                "intro" text,
                "subject_en" character varying(200),
                "intro_en" text,
                "event_ids" jsonb NOT NULL,
                "recipient_count" integer NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cabad28d5edffd1df799653910b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "newsletter_issue"
            ADD CONSTRAINT "FK_newsletter_issue_created_by" FOREIGN KEY ("created_by_id") REFERENCES "staff_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "newsletter_issue" DROP CONSTRAINT "FK_newsletter_issue_created_by"
        `);
    await queryRunner.query(`
            DROP TABLE "newsletter_issue"
        `);
  }
}
