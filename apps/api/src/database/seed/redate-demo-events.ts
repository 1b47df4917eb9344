import type { DataSource } from 'typeorm';
import { demoEvents } from './demo-events.seed.js';

/**
 * Moves the demo events back to their planned place relative to `now` (the talk that starts
 * within the hour, registration open, deadline passed, …), so a demo database that has been
 * around for days still shows every situation. Each demo event shifts as a whole — times,
 * registration window and agenda — and keeps its registrations; other events are never touched.
 * Returns how many events moved.
 */
export async function redateDemoEvents(dataSource: DataSource, now = new Date()): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('stadtgespraech.seed'))");
    let moved = 0;
    for (const planned of demoEvents(now)) {
      const [stored] = await manager.query(
        'SELECT id, starts_at AS "startsAt" FROM event WHERE slug = $1 AND is_demo',
        [planned.slug],
      );
      if (!stored) continue;
      const seconds = (planned.startsAt.getTime() - new Date(stored.startsAt).getTime()) / 1000;
      if (seconds === 0) continue;
      await manager.query(
        `UPDATE event SET
           starts_at = starts_at + make_interval(secs => $2),
           ends_at = ends_at + make_interval(secs => $2),
           registration_opens_at = registration_opens_at + make_interval(secs => $2),
           registration_deadline = registration_deadline + make_interval(secs => $2)
         WHERE id = $1`,
        [stored.id, seconds],
      );
      await manager.query(
        `UPDATE agenda_item SET
           starts_at = starts_at + make_interval(secs => $2),
           ends_at = ends_at + make_interval(secs => $2)
         WHERE event_id = $1`,
        [stored.id, seconds],
      );
      moved++;
    }
    return moved;
  });
}
