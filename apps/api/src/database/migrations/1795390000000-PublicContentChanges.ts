import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables whose rows the public endpoints show. A write to any of them tells every API process
 * (LISTEN public_content_changed) to drop its cached public answers. A table added later that the
 * public endpoints read needs the trigger too (public-cache.integration-spec.ts asks for every
 * table to be classified).
 */
const PUBLIC_CONTENT_TABLES = [
  'agenda_item',
  'agenda_item_contributor',
  'app_setting',
  'consent_text',
  'contact_person',
  'event',
  'event_contributor',
  'event_organiser',
  'event_topic',
  'media_item',
  'news_post',
  'organisation',
  'person',
  'series',
  'series_organiser',
  'topic',
];

export class PublicContentChanges1795390000000 implements MigrationInterface {
  name = 'PublicContentChanges1795390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Notifications are sent on commit and folded per transaction: one per statement is plenty.
    await queryRunner.query(`
            CREATE FUNCTION "notify_public_content_changed"() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('public_content_changed', TG_TABLE_NAME);
                RETURN NULL;
            END
            $$
        `);
    for (const table of PUBLIC_CONTENT_TABLES) {
      await queryRunner.query(`
            CREATE TRIGGER "public_content_changed"
            AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
            FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_content_changed"()
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PUBLIC_CONTENT_TABLES) {
      await queryRunner.query(`DROP TRIGGER "public_content_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "notify_public_content_changed"()`);
  }
}
