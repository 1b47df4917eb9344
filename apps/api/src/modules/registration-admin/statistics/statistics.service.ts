import { Injectable } from '@nestjs/common';
import { ADDRESS_CONFIRMED_STATUSES, eventRates, fillLevel, rate } from '@stadtgespraech/domain';
import { DataSource } from 'typeorm';
import type { StaffActor } from '../../staff/staff-actor.js';
import { staffScope } from '../../staff/staff-scope.js';
import { EventReach } from '../event-reach.js';
import type {
  EventStatisticsDto,
  RegistrationTimelineDto,
  SeriesStatisticsDto,
  ShareDto,
  StatisticsDto,
  UpcomingFillDto,
} from './statistics.dto.js';

/** Published events the staff member may see: $1 every event, or those of organisations $2. */
const SCOPED = `SELECT e.* FROM event e
   WHERE e.status = 'published'
     AND ($1::boolean OR EXISTS (SELECT 1 FROM event_organiser o
                                  WHERE o.event_id = e.id AND o.organisation_id = ANY($2::uuid[])))`;

/** Seats taken (participants) and participants marked present, of the joined registrations r. */
const PARTICIPATION = `count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS participants,
  count(r.id) FILTER (WHERE r.status = 'confirmed' AND r.attended_at IS NOT NULL)::int AS attended`;

const RECENT_EVENTS = 20;
const UPCOMING_DAYS = 90;

/**
 * The dashboard's figures, computed in PostgreSQL over the events the staff member may see
 * (organisers: their organisations'). Anonymised registrations still count: retention keeps
 * status, attendance, organisation type and Bundesland for exactly this.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reach: EventReach,
  ) {}

  async overview(actor: StaffActor, now = new Date()): Promise<StatisticsDto> {
    const scope = staffScope(actor.staff.account);
    const params = [scope.allEvents, scope.organisationIds, now];
    const [upcoming, recent, organisationTypes, bundeslaender, series] = await Promise.all([
      this.upcoming(params),
      this.recent(params),
      this.shares('organisation_type', params),
      this.shares('bundesland', params),
      this.series(params),
    ]);
    return { upcoming, recent, organisationTypes, bundeslaender, series };
  }

  /** Registrations of one event by Berlin day, from the first one up to the event (or today). */
  async timeline(eventId: string, actor: StaffActor): Promise<RegistrationTimelineDto> {
    await this.reach.check(this.dataSource.manager, eventId, actor);
    const days: { day: string; registrations: number; total: number }[] =
      await this.dataSource.query(
        `WITH per_day AS (
           SELECT (created_at AT TIME ZONE 'Europe/Berlin')::date AS day, count(*)::int AS n
             FROM registration WHERE event_id = $1 GROUP BY 1
         ), span AS (
           SELECT min(day) AS first,
                  greatest(max(day), least((SELECT (starts_at AT TIME ZONE 'Europe/Berlin')::date
                                              FROM event WHERE id = $1),
                                           (now() AT TIME ZONE 'Europe/Berlin')::date)) AS last
             FROM per_day
         )
         SELECT to_char(d, 'YYYY-MM-DD') AS day,
                coalesce(p.n, 0)::int AS registrations,
                (sum(coalesce(p.n, 0)) OVER (ORDER BY d))::int AS total
           FROM span
          CROSS JOIN generate_series(span.first, span.last, interval '1 day') AS d
           LEFT JOIN per_day p ON p.day = d::date
          ORDER BY d`,
        [eventId],
      );
    return { eventId, days };
  }

  private async upcoming(params: unknown[]): Promise<UpcomingFillDto[]> {
    const rows: (Omit<UpcomingFillDto, 'fillLevel' | 'startsAt'> & { startsAt: Date })[] =
      await this.dataSource.query(
        `SELECT s.id, s.title, s.starts_at AS "startsAt", s.capacity,
                count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS participants,
                count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted
           FROM (${SCOPED}) s
           LEFT JOIN registration r ON r.event_id = s.id
          WHERE s.starts_at > $3 AND s.starts_at < $3::timestamptz + interval '${UPCOMING_DAYS} days'
            AND NOT s.is_teaser
          GROUP BY s.id, s.title, s.starts_at, s.capacity
          ORDER BY s.starts_at`,
        params,
      );
    return rows.map((row) => ({
      ...row,
      startsAt: row.startsAt.toISOString(),
      fillLevel: fillLevel(row.capacity, row.participants),
    }));
  }

  private async recent(params: unknown[]): Promise<EventStatisticsDto[]> {
    const rows: (Omit<EventStatisticsDto, 'confirmationRate' | 'attendanceRate' | 'startsAt'> & {
      startsAt: Date;
    })[] = await this.dataSource.query(
      `SELECT s.id, s.title, s.starts_at AS "startsAt", ser.title AS series,
              count(r.id)::int AS registrations,
              count(r.id) FILTER (WHERE r.status = ANY($4::text[]))::int AS "addressConfirmed",
              ${PARTICIPATION}
         FROM (${SCOPED}) s
         LEFT JOIN series ser ON ser.id = s.series_id
         LEFT JOIN registration r ON r.event_id = s.id
        WHERE s.ends_at <= $3 AND s.registration_mode = 'internal'
        GROUP BY s.id, s.title, s.starts_at, ser.title
        ORDER BY s.starts_at DESC
        LIMIT ${RECENT_EVENTS}`,
      [...params, ADDRESS_CONFIRMED_STATUSES],
    );
    return rows.map((row) => ({
      ...row,
      startsAt: row.startsAt.toISOString(),
      ...eventRates(row),
    }));
  }

  /** Participants of the past events by one of their answers; `column` is a fixed name. */
  private shares(
    column: 'organisation_type' | 'bundesland',
    params: unknown[],
  ): Promise<ShareDto[]> {
    return this.dataSource.query(
      `SELECT r.${column} AS key, count(*)::int AS count
         FROM (${SCOPED}) s
         JOIN registration r ON r.event_id = s.id AND r.status = 'confirmed'
        WHERE s.ends_at <= $3
        GROUP BY r.${column}
        ORDER BY count(*) DESC, r.${column} NULLS LAST`,
      params,
    );
  }

  private async series(params: unknown[]): Promise<SeriesStatisticsDto[]> {
    const rows: {
      id: string | null;
      title: string | null;
      events: number;
      participants: number;
      attended: number;
    }[] = await this.dataSource.query(
      `SELECT ser.id, ser.title,
                count(DISTINCT s.id)::int AS events,
                ${PARTICIPATION}
           FROM (${SCOPED}) s
           LEFT JOIN series ser ON ser.id = s.series_id
           LEFT JOIN registration r ON r.event_id = s.id
          WHERE s.ends_at <= $3 AND s.registration_mode = 'internal'
          GROUP BY ser.id, ser.title
          ORDER BY participants DESC, ser.title NULLS LAST`,
      params,
    );
    return rows.map((row) => ({
      ...row,
      participantsPerEvent: rate(row.participants, row.events),
      attendanceRate: rate(row.attended, row.participants),
    }));
  }
}
