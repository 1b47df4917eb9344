import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by the scale benchmark (tooling/bench `bench:scale`, docs/benchmarks.md) on
 * 10,000 events and 1,000,000 registrations. Expressions, INCLUDE and a partial predicate, which
 * TypeORM cannot declare: the entities name them with `synchronize: false`.
 */
export class ScaleIndexes1795400000000 implements MigrationInterface {
  name = 'ScaleIndexes1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The public list (upcoming or past, by start): an index-only scan instead of reading every event.
    // The statuses are PUBLIC_STATUSES (public-statuses.ts).
    await queryRunner.query(
      `CREATE INDEX "IDX_event_public_ends" ON "event" ("ends_at") INCLUDE ("starts_at", "id")
        WHERE "status" IN ('published', 'cancelled')`,
    );
    // The counts per status of the staff's table and dashboard from the index alone.
    await queryRunner.query(`DROP INDEX "IDX_registration_event_status_queued"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_event_status_queued" ON "registration" ("event_id", "status", "queued_at")
        INCLUDE ("attended_at")`,
    );
    // The staff's table sorted by name or organisation pages through an index (keyset).
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_event_name" ON "registration"
        ("event_id", (lower("last_name") COLLATE german), (lower("first_name") COLLATE german), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_event_organisation" ON "registration"
        ("event_id", (lower(coalesce("organisation", '')) COLLATE german), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_registration_event_organisation"`);
    await queryRunner.query(`DROP INDEX "IDX_registration_event_name"`);
    await queryRunner.query(`DROP INDEX "IDX_registration_event_status_queued"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_event_status_queued" ON "registration" ("event_id", "status", "queued_at")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_event_public_ends"`);
  }
}
