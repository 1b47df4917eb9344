import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A collation named `german` for sorting names as a German reader expects (Ä with A, Ć with C,
 * not after Z): ICU's German rules where the server has ICU (the embedded PostgreSQL and the
 * common distributions do), byte order elsewhere, so queries can always say `COLLATE german`.
 */
export class GermanCollation1795290000000 implements MigrationInterface {
  name = 'GermanCollation1795290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_collation WHERE collprovider = 'i') THEN
          CREATE COLLATION IF NOT EXISTS public.german (provider = icu, locale = 'de-DE');
        ELSE
          CREATE COLLATION IF NOT EXISTS public.german FROM "C";
        END IF;
      END $$
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP COLLATION IF EXISTS public.german`);
  }
}
