import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationsMailNewsletterContact1795259146545 implements MigrationInterface {
  name = 'RegistrationsMailNewsletterContact1795259146545';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "idempotency_key" (
                "scope" character varying(200) NOT NULL,
                "key" character varying(100) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "status" smallint NOT NULL,
                "body" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("scope", "key")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_idempotency_key_created_at" ON "idempotency_key" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_limit_window" (
                "key" character varying(200) NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL,
                CONSTRAINT "PK_rate_limit_window" PRIMARY KEY ("key", "window_start")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_rate_limit_window_start" ON "rate_limit_window" ("window_start")
        `);
    await queryRunner.query(`
            CREATE TABLE "consent_text" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "purpose" character varying(32) NOT NULL,
                "locale" character varying(2) NOT NULL,
                "version" character varying(40) NOT NULL,
                "text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_623fc45881cbc67cd52dba5ecb6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_consent_text_version" ON "consent_text" ("purpose", "locale", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "contact_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "email" character varying(254) NOT NULL,
                "organisation" character varying(200),
                "subject" character varying(200) NOT NULL,
                "message" text NOT NULL,
                "organisation_id" uuid,
                "locale" character varying(2) NOT NULL,
                "consent_text" text NOT NULL,
                "consent_version" character varying(40) NOT NULL,
                "status" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d74ea9b4efcf950e4f98d14b173" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_contact_request_status" ON "contact_request" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "sent_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "send_key" character varying(200) NOT NULL,
                "template" character varying(60) NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "event_id" uuid,
                "registration_id" uuid,
                "message_id" character varying(300),
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_37efcdbf204194da12b5b6b03ca" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_sent_message_send_key" ON "sent_message" ("send_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_sent_message_sent_at" ON "sent_message" ("sent_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_sent_message_registration" ON "sent_message" ("registration_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "newsletter_subscription" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "email_normalized" character varying(254) NOT NULL,
                "status" character varying(16) NOT NULL,
                "series" jsonb NOT NULL,
                "topics" jsonb NOT NULL,
                "locale" character varying(2) NOT NULL,
                "consent_text" text NOT NULL,
                "consent_version" character varying(40) NOT NULL,
                "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "confirm_token_hash" character(64),
                "unsubscribe_token_hash" character(64) NOT NULL,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0e447c9eba4ae7ebdbaef097bc3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_newsletter_subscription_email" ON "newsletter_subscription" ("email_normalized")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_newsletter_subscription_status" ON "newsletter_subscription" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_newsletter_subscription_confirm_token" ON "newsletter_subscription" ("confirm_token_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_newsletter_subscription_unsubscribe_token" ON "newsletter_subscription" ("unsubscribe_token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "registration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "status" character varying(24) NOT NULL,
                "email" character varying(254) NOT NULL,
                "email_normalized" character varying(254) NOT NULL,
                "salutation" character varying(8),
                "academic_title" character varying(40),
                "first_name" character varying(100) NOT NULL,
                "last_name" character varying(100) NOT NULL,
                "organisation" character varying(200),
                "organisation_type" character varying(32),
                "function" character varying(200),
                "bundesland" character varying(5),
                "question_for_speakers" text,
                "answers" jsonb NOT NULL,
                "locale" character varying(2) NOT NULL,
                "confirmation_token_hash" character(64),
                "confirmation_expires_at" TIMESTAMP WITH TIME ZONE,
                "manage_token_hash" character(64) NOT NULL,
                "join_token_hash" character(64) NOT NULL,
                "queued_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "attended_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_registration_confirmation_token" ON "registration" ("confirmation_token_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_registration_manage_token" ON "registration" ("manage_token_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_registration_join_token" ON "registration" ("join_token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_registration_event_status_queued" ON "registration" ("event_id", "status", "queued_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_registration_event_email" ON "registration" ("event_id", "email_normalized")
        `);
    await queryRunner.query(`
            CREATE TABLE "registration_consent" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "registration_id" uuid NOT NULL,
                "purpose" character varying(32) NOT NULL,
                "granted" boolean NOT NULL,
                "text" text NOT NULL,
                "text_version" character varying(40) NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_4a493c14ec87fd229fbcab43295" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_registration_consent_registration" ON "registration_consent" ("registration_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "join_info" text
        `);
    await queryRunner.query(`
            ALTER TABLE "event"
            ADD "calendar_sequence" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "contact_request"
            ADD CONSTRAINT "FK_contact_request_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "registration"
            ADD CONSTRAINT "FK_registration_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "registration_consent"
            ADD CONSTRAINT "FK_registration_consent_registration" FOREIGN KEY ("registration_id") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // The consent texts in force at launch; later versions are added, never edited.
    await queryRunner.query(`
            INSERT INTO "consent_text" ("purpose", "locale", "version", "text") VALUES
                ('privacy', 'de', '2026-11-21', 'Ich habe die Datenschutzhinweise zur Kenntnis genommen. Ich stimme zu, dass meine Angaben zur Durchführung der Veranstaltung, zur Zusendung des Zugangslinks und von Erinnerungen elektronisch gespeichert und verarbeitet werden. Ich kann meine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, indem ich meine Anmeldung über meinen persönlichen Link storniere.'),
                ('privacy', 'en', '2026-11-21', 'I have read the privacy notice. I agree that my details are stored and processed electronically to run the event and to send me the join link and reminders. I can withdraw my consent at any time with effect for the future by cancelling my registration through my personal link.'),
                ('newsletter', 'de', '2026-11-21', 'Ich möchte per E-Mail über neue Termine informiert werden. Die Abmeldung ist jederzeit über den Link in jeder E-Mail möglich.'),
                ('newsletter', 'en', '2026-11-21', 'I would like to be told about new dates by e-mail. I can unsubscribe at any time through the link in every e-mail.'),
                ('participant_list', 'de', '2026-11-21', 'Mein Name, meine Organisation und meine Funktion dürfen in der Teilnehmendenliste erscheinen, die an die Teilnehmenden der Veranstaltung verteilt wird.'),
                ('participant_list', 'en', '2026-11-21', 'My name, organisation and function may appear on the list of participants given to the participants of the event.'),
                ('photos_recording', 'de', '2026-11-21', 'Ich bin einverstanden, dass während der Veranstaltung Fotos oder eine Aufzeichnung entstehen, auf denen ich zu sehen oder zu hören sein kann, und dass diese in der Dokumentation der Veranstaltung veröffentlicht werden.'),
                ('photos_recording', 'en', '2026-11-21', 'I agree that photos or a recording in which I can be seen or heard may be made during the event and published in its documentation.'),
                ('newsletter_subscription', 'de', '2026-11-21', 'Ich möchte Termin-Empfehlungen per E-Mail erhalten. Meine E-Mail-Adresse wird nur für den Zeitraum gespeichert, in dem ich die Termin-Empfehlungen abonniert habe. Die Abmeldung ist jederzeit über den Link in jeder E-Mail möglich.'),
                ('newsletter_subscription', 'en', '2026-11-21', 'I would like to receive recommendations of dates by e-mail. My e-mail address is stored only while I am subscribed. I can unsubscribe at any time through the link in every e-mail.'),
                ('contact', 'de', '2026-11-21', 'Ich habe die Datenschutzerklärung zur Kenntnis genommen. Ich stimme zu, dass meine Angaben und Daten zur Beantwortung meiner Anfrage elektronisch erhoben und gespeichert werden. Ich kann meine Einwilligung jederzeit für die Zukunft per E-Mail widerrufen.'),
                ('contact', 'en', '2026-11-21', 'I have read the privacy notice. I agree that my details are collected and stored electronically to answer my request. I can withdraw my consent at any time for the future by e-mail.')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration_consent" DROP CONSTRAINT "FK_registration_consent_registration"
        `);
    await queryRunner.query(`
            ALTER TABLE "registration" DROP CONSTRAINT "FK_registration_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "contact_request" DROP CONSTRAINT "FK_contact_request_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "calendar_sequence"
        `);
    await queryRunner.query(`
            ALTER TABLE "event" DROP COLUMN "join_info"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_registration_consent_registration"
        `);
    await queryRunner.query(`
            DROP TABLE "registration_consent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_registration_event_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_registration_event_status_queued"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_registration_join_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_registration_manage_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_registration_confirmation_token"
        `);
    await queryRunner.query(`
            DROP TABLE "registration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_newsletter_subscription_unsubscribe_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_newsletter_subscription_confirm_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_newsletter_subscription_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_newsletter_subscription_email"
        `);
    await queryRunner.query(`
            DROP TABLE "newsletter_subscription"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sent_message_registration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sent_message_sent_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_sent_message_send_key"
        `);
    await queryRunner.query(`
            DROP TABLE "sent_message"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_contact_request_status"
        `);
    await queryRunner.query(`
            DROP TABLE "contact_request"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_consent_text_version"
        `);
    await queryRunner.query(`
            DROP TABLE "consent_text"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_rate_limit_window_start"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_limit_window"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_idempotency_key_created_at"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_key"
        `);
  }
}
