import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EventStatus, RegistrationStatus } from '@stadtgespraech/domain';
import { type EntityManager, Repository } from 'typeorm';
import { ContentChanges } from '../../common/public-cache/content-changes.js';
import { deepFreeze, KeptValues } from '../../common/public-cache/kept-values.js';
import { AppConfig } from '../../config/app-config.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { EventEntity } from '../events/event.entity.js';
import type { MailEvent } from '../mail/mail-event-facts.js';
import { PUBLIC_STATUSES } from '../events/public-statuses.js';
import { RegistrationEntity } from './registration.entity.js';

/** Registrations of an event per status; `attended` counts confirmed ones marked present. */
export interface RegistrationCounts {
  pendingConfirmation: number;
  confirmed: number;
  waitlisted: number;
  awaitingApproval: number;
  cancelled: number;
  rejected: number;
  attended: number;
}

/** An event as registering and confirming read it: window, seats, questions, consents, mail facts. */
export type RegistrationEvent = MailEvent &
  Pick<
    EventEntity,
    | 'registrationMode'
    | 'registrationOpensAt'
    | 'registrationDeadline'
    | 'capacity'
    | 'waitlistEnabled'
    | 'approvalRequired'
    | 'registrationQuestions'
    | 'registrationConsents'
  >;

// Plain SQL on the hottest read of a registration burst: TypeORM's query builder spent more CPU
// building this query with its joins (1.4 ms) than all other statements of a registration.
const REGISTRATION_EVENT_SQL = `
  SELECT e.id, e.slug, e.title, e.subtitle, e.summary, e.starts_at AS "startsAt",
         e.ends_at AS "endsAt", e.format, e.status, e.venue, e.online_platform AS "onlinePlatform",
         e.calendar_sequence AS "calendarSequence", e.registration_mode AS "registrationMode",
         e.registration_opens_at AS "registrationOpensAt",
         e.registration_deadline AS "registrationDeadline", e.capacity,
         e.waitlist_enabled AS "waitlistEnabled", e.approval_required AS "approvalRequired",
         e.registration_questions AS "registrationQuestions",
         e.registration_consents AS "registrationConsents",
         CASE WHEN s.id IS NOT NULL
              THEN json_build_object('title', s.title, 'contactEmail', s.contact_email) END AS series,
         coalesce((SELECT json_agg(json_build_object('role', o.role, 'position', o.position,
                           'organisation', json_build_object('name', g.name,
                             'shortName', g.short_name, 'email', g.email)))
                     FROM event_organiser o JOIN organisation g ON g.id = o.organisation_id
                    WHERE o.event_id = e.id), '[]') AS organisers
    FROM event e LEFT JOIN series s ON s.id = e.series_id`;

/** An event's seats and who holds or waits for them, as a seat decision reads them. */
export interface SeatState {
  confirmed: number;
  waitlisted: number;
  capacity: number | null;
  waitlistEnabled: boolean;
  approvalRequired: boolean;
  eventStatus: EventStatus;
}

/** Counts of an event's registrations per status, and the total of one status or of all. */
export interface StatusTotals {
  counts: RegistrationCounts;
  total(status?: RegistrationStatus): number;
}

interface StatusRow {
  status: RegistrationStatus;
  count: number;
  attended: number;
}

function toCounts(rows: StatusRow[]): RegistrationCounts {
  const of = (status: RegistrationStatus) => rows.find((r) => r.status === status)?.count ?? 0;
  return {
    pendingConfirmation: of(RegistrationStatus.PendingConfirmation),
    confirmed: of(RegistrationStatus.Confirmed),
    waitlisted: of(RegistrationStatus.Waitlisted),
    awaitingApproval: of(RegistrationStatus.AwaitingApproval),
    cancelled: of(RegistrationStatus.Cancelled),
    rejected: of(RegistrationStatus.Rejected),
    attended: rows.find((r) => r.status === RegistrationStatus.Confirmed)?.attended ?? 0,
  };
}

// Namespace of the per-event advisory lock that serialises seat decisions (any process).
const SEAT_LOCK_NAMESPACE = 7301;

/** Every query on registrations; services never build one. */
@Injectable()
export class RegistrationsRepository {
  // The events registering and confirming read, kept until content changes (ADR 0019): in a
  // burst every request would read the same event. Seats and status are read fresh under the
  // seat lock (`seatState`).
  private readonly keptEvents: KeptValues<RegistrationEvent>;
  private readonly byTokenQueries = new Map<string, string>();

  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(RegistrationEntity)
    private readonly registrations: Repository<RegistrationEntity>,
    contentChanges: ContentChanges,
    config: AppConfig,
  ) {
    this.keptEvents = contentChanges.keep(
      new KeptValues({ ttlMs: config.PUBLIC_CACHE_SECONDS * 1000, maxEntries: 500 }),
    );
  }

  /** A public event as registration reads it (shared: do not change it). */
  async findPublicEvent(slug: string): Promise<RegistrationEvent | null> {
    const event = await this.keptEvents.through(`slug ${slug}`, async () => {
      const [row] = await preparedQuery<RegistrationEvent[]>(
        this.events.manager,
        `${REGISTRATION_EVENT_SQL} WHERE e.slug = $1 AND e.status = ANY($2)`,
        [slug, PUBLIC_STATUSES],
      );
      return row && deepFreeze(row);
    });
    return event ?? null;
  }

  /**
   * An event as registration reads it, by id (it exists: registrations go with their event);
   * shared: do not change it. Read through `manager`: inside a transaction, a read on another
   * pooled connection could wait for one forever while every connection waits the same way.
   */
  async findRegistrationEvent(manager: EntityManager, eventId: string): Promise<RegistrationEvent> {
    const event = await this.keptEvents.through(`id ${eventId}`, async () => {
      const [row] = await preparedQuery<RegistrationEvent[]>(
        manager,
        `${REGISTRATION_EVENT_SQL} WHERE e.id = $1`,
        [eventId],
      );
      return row && deepFreeze(row);
    });
    if (!event) throw new Error(`No event ${eventId}`);
    return event;
  }

  /** An event with what its mails need, the secret join link and dial-in included. */
  async findEventWithSecrets(manager: EntityManager, eventId: string): Promise<EventEntity> {
    const event = await this.eventForMails(manager)
      .addSelect(['e.joinUrl', 'e.joinInfo'])
      .where('e.id = :eventId', { eventId })
      .getOne();
    if (!event) throw new Error(`No event ${eventId}`);
    return event;
  }

  // One query with joins: `findOne` with relations costs two (a DISTINCT query for the id first).
  private eventForMails(manager: EntityManager) {
    return manager
      .createQueryBuilder(EventEntity, 'e')
      .leftJoinAndSelect('e.series', 'series')
      .leftJoinAndSelect('e.organisers', 'organiser')
      .leftJoinAndSelect('organiser.organisation', 'organisation');
  }

  /** Waits for, then holds until commit, the right to decide about the seats of one event. */
  async lockSeats(manager: EntityManager, eventId: string): Promise<void> {
    await preparedQuery(manager, 'SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      SEAT_LOCK_NAMESPACE,
      eventId,
    ]);
  }

  /** The database server's current time (not the transaction's start). */
  async databaseNow(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query('SELECT clock_timestamp() AS now');
    return row.now;
  }

  /**
   * What a seat decision starts from: the event's confirmed and waitlisted registrations, and its
   * seats, waiting list, approval and status as they are now. Under the seat lock nobody else
   * confirms or queues until the lock is released.
   *
   * The counts come from those the database keeps (ADR 0022), not from counting registrations: on
   * the way the statement sums this event's rows for the two statuses into one each, so a seat
   * decision reads about three rows however long the waiting list grows (counting it cost 1.5 ms
   * under the lock).
   */
  async seatState(manager: EntityManager, eventId: string): Promise<SeatState> {
    // All parts of one statement see the rows as it began, so the sums are those before the move.
    // Rows the compaction job holds are left to it (SKIP LOCKED: waiting for them under the seat
    // lock could deadlock with the job, which deletes in another order) and counted once: by the
    // SELECT's snapshot here, and in the job's sum afterwards.
    const [row] = await preparedQuery<SeatState[]>(
      manager,
      `WITH moved AS (
         DELETE FROM registration_count_delta
          WHERE id IN (SELECT id FROM registration_count_delta
                        WHERE event_id = $1::uuid AND status IN ($2, $3)
                          FOR UPDATE SKIP LOCKED)
         RETURNING status, count, attended
       ), summed AS (
         INSERT INTO registration_count_delta (event_id, status, count, attended)
         SELECT $1::uuid, status, sum(count), sum(attended) FROM moved GROUP BY status
         HAVING sum(count) <> 0 OR sum(attended) <> 0
       )
       SELECT coalesce(sum(d.count) FILTER (WHERE d.status = $2), 0)::int AS confirmed,
              coalesce(sum(d.count) FILTER (WHERE d.status = $3), 0)::int AS waitlisted,
              e.capacity, e.waitlist_enabled AS "waitlistEnabled",
              e.approval_required AS "approvalRequired", e.status AS "eventStatus"
         FROM event e
         LEFT JOIN registration_count_delta d ON d.event_id = e.id AND d.status IN ($2, $3)
        WHERE e.id = $1::uuid
        GROUP BY e.id`,
      [eventId, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted],
    );
    if (!row) throw new Error(`No event ${eventId}`);
    return row;
  }

  /**
   * Records the outcome of a confirmed address in one statement: the new status, its place in the
   * queue on the database's clock (call under the seat lock, so the order is the lock's order).
   */
  async recordConfirmation(
    manager: EntityManager,
    registration: RegistrationEntity,
    status: RegistrationStatus,
  ): Promise<void> {
    // Plain and prepared: it runs under the seat lock, where every statement's cost counts.
    // TypeORM answers an UPDATE with its rows and their count.
    const [[row]] = await preparedQuery<
      [[{ queuedAt: Date; version: number; updatedAt: Date }], number]
    >(
      manager,
      `UPDATE registration
          SET status = $2, confirmation_expires_at = NULL, queued_at = clock_timestamp(),
              version = version + 1, updated_at = CURRENT_TIMESTAMP
        WHERE id = $1
    RETURNING queued_at AS "queuedAt", version, updated_at AS "updatedAt"`,
      [registration.id, status],
    );
    Object.assign(registration, { status, confirmationExpiresAt: null, ...row });
  }

  async countConfirmed(manager: EntityManager, eventId: string): Promise<number> {
    const [row] = await manager.query(
      'SELECT count(*)::int AS count FROM registration WHERE event_id = $1 AND status = $2',
      [eventId, RegistrationStatus.Confirmed],
    );
    return row.count;
  }

  /**
   * How many registrations an event has in each status, and how many of them were present: kept
   * by the database as it changes (migration RegistrationCountDeltas), so nothing is counted here.
   */
  async countsByStatus(manager: EntityManager, eventId: string): Promise<RegistrationCounts> {
    return toCounts(await this.statusRows(manager, eventId));
  }

  /** `countsByStatus`, and the number of registrations of one status or of all. */
  async statusTotals(manager: EntityManager, eventId: string): Promise<StatusTotals> {
    const rows = await this.statusRows(manager, eventId);
    return {
      counts: toCounts(rows),
      total: (status) =>
        rows.filter((row) => !status || row.status === status).reduce((n, r) => n + r.count, 0),
    };
  }

  private statusRows(manager: EntityManager, eventId: string): Promise<StatusRow[]> {
    return manager.query(
      `SELECT status, sum(count)::int AS count, sum(attended)::int AS attended
         FROM registration_count_delta WHERE event_id = $1 GROUP BY status`,
      [eventId],
    );
  }

  /** Waitlisted registrations of an event, first in line first, locked for the transaction. */
  async waitlist(manager: EntityManager, eventId: string): Promise<RegistrationEntity[]> {
    return manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId AND r.status = :status', {
        eventId,
        status: RegistrationStatus.Waitlisted,
      })
      .orderBy('r.queued_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** 1-based place on the waiting list. */
  async waitlistPosition(
    manager: EntityManager,
    registration: RegistrationEntity,
  ): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int + 1 AS position FROM registration
        WHERE event_id = $1 AND status = $2 AND (queued_at, id) < ($3, $4)`,
      [registration.eventId, RegistrationStatus.Waitlisted, registration.queuedAt, registration.id],
    );
    return row.position;
  }

  /** Inserts unless the address is already registered for the event; true when inserted. */
  async insertIfNew(
    manager: EntityManager,
    registration: Partial<RegistrationEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RegistrationEntity)
      .values(registration)
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  findByEmail(
    manager: EntityManager,
    eventId: string,
    emailNormalized: string,
  ): Promise<RegistrationEntity | null> {
    return manager.findOne(RegistrationEntity, {
      where: { eventId, emailNormalized },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** By the hash of a token, locked for the transaction. */
  async findByTokenHash(
    manager: EntityManager,
    column: 'confirmationTokenHash' | 'manageTokenHash' | 'joinTokenHash',
    hash: string,
  ): Promise<RegistrationEntity | null> {
    // Plain and prepared: the first statement of every confirmation in a burst, where TypeORM's
    // `findOne` cost more CPU than the query.
    const [row] = await preparedQuery<RegistrationEntity[]>(manager, this.byTokenSql(column), [
      hash,
    ]);
    return row ? Object.assign(new RegistrationEntity(), row) : null;
  }

  /**
   * The query of `findByTokenHash`, built once per token column from the entity's metadata:
   * `"column" AS "property"` for every column, so rows come as entities have them.
   */
  private byTokenSql(column: string): string {
    let sql = this.byTokenQueries.get(column);
    if (!sql) {
      const { columns } = this.registrations.metadata;
      const byToken = columns.find((c) => c.propertyName === column)!.databaseName;
      const select = columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', ');
      sql = `SELECT ${select} FROM registration WHERE "${byToken}" = $1 FOR UPDATE`;
      this.byTokenQueries.set(column, sql);
    }
    return sql;
  }

  findWithConsents(manager: EntityManager, id: string): Promise<RegistrationEntity> {
    return manager.findOneOrFail(RegistrationEntity, {
      where: { id },
      relations: { consents: true },
    });
  }

  /** Deletes registrations whose address was not confirmed in time; returns how many. */
  async deleteUnconfirmedBefore(now: Date): Promise<number> {
    const [, count] = await this.registrations.query(
      'DELETE FROM registration WHERE status = $1 AND confirmation_expires_at < $2',
      [RegistrationStatus.PendingConfirmation, now],
    );
    return count;
  }

  /** Confirmed registrations of events starting within `withinMinutes`, confirmed before that moment. */
  async dueForReminder(
    now: Date,
    withinMinutes: number,
  ): Promise<{ registrationId: string; eventId: string }[]> {
    return this.registrations.query(
      `SELECT r.id AS "registrationId", r.event_id AS "eventId"
         FROM registration r JOIN event e ON e.id = r.event_id
        WHERE r.status = $1 AND e.status = 'published'
          AND e.starts_at > $2 AND e.starts_at <= $2 + make_interval(mins => $3)
          AND r.queued_at < e.starts_at - make_interval(mins => $3)`,
      [RegistrationStatus.Confirmed, now, withinMinutes],
    );
  }
}
