import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for the search of the staff's registration table (`ILIKE '%…%'` over name,
 * address and organisation, registration-table.repository.ts): on an event with 100,000
 * registrations the search read every one of them (docs/benchmarks.md). pg_trgm is a trusted
 * extension shipped with PostgreSQL: the database owner may create it, also on managed servers.
 * The expressions must stay those of the search.
 */
export class RegistrationSearchTrigrams1795410000000 implements MigrationInterface {
  name = 'RegistrationSearchTrigrams1795410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_search_name" ON "registration"
        USING gin (("first_name" || ' ' || "last_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_search_email" ON "registration" USING gin ("email" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_search_organisation" ON "registration"
        USING gin ("organisation" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_registration_search_organisation"`);
    await queryRunner.query(`DROP INDEX "IDX_registration_search_email"`);
    await queryRunner.query(`DROP INDEX "IDX_registration_search_name"`);
    // The extension stays: other objects may use it by now, and it costs nothing unused.
  }
}
