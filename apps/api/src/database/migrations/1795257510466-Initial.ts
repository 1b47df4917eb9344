import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795257510466 implements MigrationInterface {
  name = 'Initial1795257510466';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "contact_person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "function" character varying(200),
                "email" character varying(254),
                "phone" character varying(40),
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_12d9c34f76290c4e2ad2aa5e33f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_contact_person_organisation" ON "contact_person" ("organisation_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "name" character varying(200) NOT NULL,
                "short_name" character varying(100),
                "type" character varying(32) NOT NULL,
                "website" character varying(2000),
                "email" character varying(254),
                "phone" character varying(40),
                "address" jsonb,
                "logo" jsonb,
                "description" text,
                "bundesland" character varying(5),
                "population" integer,
                "ags" character(8),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_organisation_slug" ON "organisation" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "academic_title" character varying(40),
                "first_name" character varying(100) NOT NULL,
                "last_name" character varying(100) NOT NULL,
                "function" character varying(300),
                "organisation_id" uuid,
                "bio" text,
                "photo" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_person_slug" ON "person" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_person_organisation" ON "person" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "series_organiser" (
                "series_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_series_organiser" PRIMARY KEY ("series_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_series_organiser_organisation" ON "series_organiser" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "series" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "title" character varying(200) NOT NULL,
                "subtitle" character varying(300),
                "description" text,
                "contact_email" character varying(254),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e725676647382eb54540d7128ba" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_series_slug" ON "series" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "topic" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "name" character varying(100) NOT NULL,
                CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_topic_slug" ON "topic" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_contributor" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "contribution_title" character varying(200),
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_6bbe3cf89f1cce1ed0c7ece063f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_contributor_person" ON "event_contributor" ("person_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_contributor_event" ON "event_contributor" ("event_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_organiser" (
                "event_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_event_organiser" PRIMARY KEY ("event_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_organiser_organisation" ON "event_organiser" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "title" character varying(200) NOT NULL,
                "subtitle" character varying(300),
                "summary" character varying(1000),
                "description" text,
                "type" character varying(32) NOT NULL,
                "format" character varying(16) NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "is_teaser" boolean NOT NULL DEFAULT false,
                "is_demo" boolean NOT NULL DEFAULT false,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "venue" jsonb,
                "online_platform" character varying(100),
                "join_url" character varying(2000),
                "series_id" uuid,
                "discussion_questions" jsonb NOT NULL,
                "cover_image" jsonb,
                "registration_mode" character varying(16) NOT NULL DEFAULT 'internal',
                "registration_opens_at" TIMESTAMP WITH TIME ZONE,
                "registration_deadline" TIMESTAMP WITH TIME ZONE,
                "capacity" integer,
                "waitlist_enabled" boolean NOT NULL DEFAULT true,
                "approval_required" boolean NOT NULL DEFAULT false,
                "external_registration_url" character varying(2000),
                "registration_questions" jsonb NOT NULL,
                "documentation" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_event_slug" ON "event" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_series" ON "event" ("series_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_status_starts_at" ON "event" ("status", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "agenda_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "position" smallint NOT NULL DEFAULT '0',
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "title" character varying(300) NOT NULL,
                "description" text,
                "kind" character varying(16) NOT NULL,
                CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_event" ON "agenda_item" ("event_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "agenda_item_contributor" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "agenda_item_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "contribution_title" character varying(200),
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_61914fc39184e750c04378f1275" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_contributor_person" ON "agenda_item_contributor" ("person_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_contributor_item" ON "agenda_item_contributor" ("agenda_item_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "news_post" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "title" character varying(200) NOT NULL,
                "teaser" character varying(1000),
                "body" text NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "image" jsonb,
                "organisation_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f3da2059a86af58f909bded384c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_news_post_slug" ON "news_post" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_news_post_published_at" ON "news_post" ("published_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_topic" (
                "event_id" uuid NOT NULL,
                "topic_id" uuid NOT NULL,
                CONSTRAINT "PK_d4c8b9a49e68640781199877c54" PRIMARY KEY ("event_id", "topic_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c84647993dc22e01a3782b88b2" ON "event_topic" ("event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7569a3e65903cc43105d1b083a" ON "event_topic" ("topic_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "contact_person"
            ADD CONSTRAINT "FK_contact_person_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "person"
            ADD CONSTRAINT "FK_person_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "series_organiser"
            ADD CONSTRAINT "FK_series_organiser_series" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "series_organiser"
            ADD CONSTRAINT "FK_series_organiser_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_contributor"
            ADD CONSTRAINT "FK_event_contributor_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_contributor"
            ADD CONSTRAINT "FK_event_contributor_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organiser"
            ADD CONSTRAINT "FK_event_organiser_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organiser"
            ADD CONSTRAINT "FK_event_organiser_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD CONSTRAINT "FK_event_series" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_agenda_item_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item_contributor"
            ADD CONSTRAINT "FK_agenda_item_contributor_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item_contributor"
            ADD CONSTRAINT "FK_agenda_item_contributor_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "news_post"
            ADD CONSTRAINT "FK_news_post_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_topic"
            ADD CONSTRAINT "FK_event_topic_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "event_topic"
            ADD CONSTRAINT "FK_event_topic_topic" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    // German full-text search over events (see EVENT_SEARCH_DOCUMENT in events.repository.ts).
    await queryRunner.query(`
            CREATE INDEX "IDX_event_search" ON "event" USING gin (to_tsvector('german', coalesce(title, '') || ' ' || coalesce(subtitle, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(description, '') || ' ' || coalesce(discussion_questions::text, '')))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_event_search"`);
    await queryRunner.query(`
            ALTER TABLE "event_topic" DROP CONSTRAINT "FK_event_topic_topic"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_topic" DROP CONSTRAINT "FK_event_topic_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "news_post" DROP CONSTRAINT "FK_news_post_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item_contributor" DROP CONSTRAINT "FK_agenda_item_contributor_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item_contributor" DROP CONSTRAINT "FK_agenda_item_contributor_item"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_agenda_item_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "event" DROP CONSTRAINT "FK_event_series"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organiser" DROP CONSTRAINT "FK_event_organiser_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organiser" DROP CONSTRAINT "FK_event_organiser_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_contributor" DROP CONSTRAINT "FK_event_contributor_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_contributor" DROP CONSTRAINT "FK_event_contributor_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "series_organiser" DROP CONSTRAINT "FK_series_organiser_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "series_organiser" DROP CONSTRAINT "FK_series_organiser_series"
        `);
    await queryRunner.query(`
            ALTER TABLE "person" DROP CONSTRAINT "FK_person_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "contact_person" DROP CONSTRAINT "FK_contact_person_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7569a3e65903cc43105d1b083a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c84647993dc22e01a3782b88b2"
        `);
    await queryRunner.query(`
            DROP TABLE "event_topic"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_news_post_published_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_news_post_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "news_post"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_contributor_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_contributor_person"
        `);
    await queryRunner.query(`
            DROP TABLE "agenda_item_contributor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_event"
        `);
    await queryRunner.query(`
            DROP TABLE "agenda_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_status_starts_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_series"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_event_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_organiser_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "event_organiser"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_contributor_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_contributor_person"
        `);
    await queryRunner.query(`
            DROP TABLE "event_contributor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_topic_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "topic"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_series_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "series"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_series_organiser_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "series_organiser"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_person_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_person_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_organisation_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_contact_person_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "contact_person"
        `);
  }
}
