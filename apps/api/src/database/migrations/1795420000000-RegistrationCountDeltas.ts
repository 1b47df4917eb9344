import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts of an event's registrations per status kept by the database itself, so the staff's
 * table and event view need not count 100,000 rows (docs/benchmarks.md, docs/adr/0022).
 *
 * Every change of a registration's event, status or attendance appends a row of differences
 * (+1 here, −1 there) in the same transaction, by trigger: no code path can forget it, and no two
 * registrations wait for each other, as they would updating one counter row per event during a
 * burst. `registration_count_compact()` sums each event's rows into one per status (every minute,
 * MaintenanceJobs.compactCounts), so a count reads a handful of rows.
 */
export class RegistrationCountDeltas1795420000000 implements MigrationInterface {
  name = 'RegistrationCountDeltas1795420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registration_count_delta" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "event_id" uuid NOT NULL,
        "status" character varying(24) NOT NULL,
        "count" integer NOT NULL,
        "attended" integer NOT NULL,
        CONSTRAINT "PK_registration_count_delta" PRIMARY KEY ("id"))`,
    );
    // No foreign key: deleting an event deletes its registrations, whose triggers still append
    // rows for it; compaction drops the rows of events that are gone.
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_count_delta_event" ON "registration_count_delta" ("event_id")
        INCLUDE ("status", "count", "attended")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "registration_count_delta"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN
            INSERT INTO registration_count_delta (event_id, status, count, attended)
            VALUES (OLD.event_id, OLD.status, -1, -(OLD.attended_at IS NOT NULL)::int);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            INSERT INTO registration_count_delta (event_id, status, count, attended)
            VALUES (NEW.event_id, NEW.status, 1, (NEW.attended_at IS NOT NULL)::int);
          END IF;
          RETURN NULL;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "registration_count_insert_delete" AFTER INSERT OR DELETE ON "registration"
        FOR EACH ROW EXECUTE FUNCTION "registration_count_delta"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "registration_count_update"
        AFTER UPDATE OF "event_id", "status", "attended_at" ON "registration" FOR EACH ROW
        WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id OR OLD.status IS DISTINCT FROM NEW.status
              OR (OLD.attended_at IS NULL) <> (NEW.attended_at IS NULL))
        EXECUTE FUNCTION "registration_count_delta"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "registration_count_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM registration_count_delta;
          RETURN NULL;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "registration_count_truncate" AFTER TRUNCATE ON "registration"
        FOR EACH STATEMENT EXECUTE FUNCTION "registration_count_truncated"()`,
    );
    // Concurrent deletes skip what another compaction took; rows appended meanwhile stay.
    await queryRunner.query(
      `CREATE FUNCTION "registration_count_compact"() RETURNS integer LANGUAGE sql AS $$
        WITH moved AS (
          DELETE FROM registration_count_delta RETURNING event_id, status, count, attended
        ), summed AS (
          INSERT INTO registration_count_delta (event_id, status, count, attended)
          SELECT m.event_id, m.status, sum(m.count), sum(m.attended) FROM moved m
           WHERE EXISTS (SELECT 1 FROM event e WHERE e.id = m.event_id)
           GROUP BY m.event_id, m.status
          HAVING sum(m.count) <> 0 OR sum(m.attended) <> 0
        )
        SELECT count(*)::int FROM moved
      $$`,
    );
    // The triggers exist (and hold off writers) before the counts start.
    await queryRunner.query(
      `INSERT INTO registration_count_delta (event_id, status, count, attended)
       SELECT event_id, status, count(*), count(attended_at) FROM registration
        GROUP BY event_id, status`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "registration_count_compact"()`);
    await queryRunner.query(`DROP TRIGGER "registration_count_truncate" ON "registration"`);
    await queryRunner.query(`DROP FUNCTION "registration_count_truncated"()`);
    await queryRunner.query(`DROP TRIGGER "registration_count_update" ON "registration"`);
    await queryRunner.query(`DROP TRIGGER "registration_count_insert_delete" ON "registration"`);
    await queryRunner.query(`DROP FUNCTION "registration_count_delta"()`);
    await queryRunner.query(`DROP TABLE "registration_count_delta"`);
  }
}
