import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kept registration counts indexed by event and status: a seat decision reads and sums only
 * the confirmed and waitlisted rows of its event (RegistrationsRepository.seatState), not the
 * row per pending registration that a burst appends (docs/benchmarks.md).
 */
export class SeatCountsByStatus1795430000000 implements MigrationInterface {
  name = 'SeatCountsByStatus1795430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_count_delta_event_status" ON "registration_count_delta"
        ("event_id", "status") INCLUDE ("count", "attended")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_registration_count_delta_event"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_count_delta_event" ON "registration_count_delta" ("event_id")
        INCLUDE ("status", "count", "attended")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_registration_count_delta_event_status"`);
  }
}
