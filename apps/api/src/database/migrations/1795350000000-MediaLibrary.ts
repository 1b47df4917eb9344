import { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaLibrary1795350000000 implements MigrationInterface {
  name = 'MediaLibrary1795350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "media_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "media_type" character varying(100) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "title" character varying(200) NOT NULL,
                "alt" character varying(1000) NOT NULL DEFAULT '',
                "credit" character varying(200),
                "size_bytes" integer NOT NULL,
                "width" integer,
                "height" integer,
                "original_file" character varying(40) NOT NULL,
                "variants" jsonb NOT NULL DEFAULT '[]',
                "uploaded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ca307a9a9117b0c8edc6eb4cd97" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_media_item_created_at" ON "media_item" ("created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "media_item"
            ADD CONSTRAINT "FK_media_item_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "staff_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "media_item" DROP CONSTRAINT "FK_media_item_uploaded_by"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_media_item_created_at"
        `);
    await queryRunner.query(`
            DROP TABLE "media_item"
        `);
  }
}
