import { Injectable } from '@nestjs/common';
import {
  AttendanceFilter,
  RegistrationSort,
  RegistrationStatus,
  SortDirection,
  type RegistrationFilterDto,
  type StaffRegistrationListQueryDto,
} from '@stadtgespraech/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { StaffRegistrationRowDto } from './dto/staff-registration.dto.js';
import type { ExportRow } from './export-columns.js';
import type { StatusTotals } from '../registrations/registrations.repository.js';
import { decodeCursor, encodeCursor } from './registration-cursor.js';

interface SortKey {
  expression: string;
  /** The type the key's text form is cast back to in the cursor comparison. */
  type: 'timestamptz' | 'text' | 'int' | 'uuid';
}

// The table's status order: who holds or waits for a seat first, closed ones last.
const STATUS_ORDER = [
  RegistrationStatus.Confirmed,
  RegistrationStatus.Waitlisted,
  RegistrationStatus.AwaitingApproval,
  RegistrationStatus.PendingConfirmation,
  RegistrationStatus.Cancelled,
  RegistrationStatus.Rejected,
  RegistrationStatus.Expired,
];

// Names sort by the `german` collation (migration GermanCollation): "Ćwikła" before "Zander".
const SORT_KEYS: Record<RegistrationSort, SortKey[]> = {
  [RegistrationSort.Registered]: [{ expression: 'r.created_at', type: 'timestamptz' }],
  [RegistrationSort.Name]: [
    { expression: 'lower(r.last_name) COLLATE german', type: 'text' },
    { expression: 'lower(r.first_name) COLLATE german', type: 'text' },
  ],
  [RegistrationSort.Organisation]: [
    { expression: "lower(coalesce(r.organisation, '')) COLLATE german", type: 'text' },
  ],
  [RegistrationSort.Status]: [
    {
      expression: `array_position(ARRAY[${STATUS_ORDER.map((s) => `'${s}'`).join(',')}], r.status::text)`,
      type: 'int',
    },
  ],
};

// Ties of the order's keys are broken by the id, so every row has one place.
const ID_KEY: SortKey = { expression: 'r.id', type: 'uuid' };

type Row = Omit<StaffRegistrationRowDto, 'createdAt' | 'attendedAt' | 'waitlistPosition'> & {
  createdAt: Date;
  attendedAt: Date | null;
  waitlistPosition: string | null;
  keys: string[];
  /** The count of all filtered rows, read with the first page of a filtered table. */
  filteredTotal?: number;
};

/** Positional parameters of one query; `add` returns the placeholder of a value. */
class QueryParams {
  readonly values: unknown[] = [];
  add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** The SQL of a keyset order: its keys as text (for the cursor), the order, and "after a row". */
function keyset(keys: readonly SortKey[], descending: boolean) {
  const expressions = keys.map((key) => key.expression).join(', ');
  return {
    select: `ARRAY[${keys.map((key) => `(${key.expression})::text`).join(', ')}] AS keys`,
    orderBy: keys.map((key) => `${key.expression} ${descending ? 'DESC' : 'ASC'}`).join(', '),
    /** Rows strictly after the one with these key values: a row comparison, whatever the keys. */
    after: (values: readonly string[], params: QueryParams) =>
      `(${expressions}) ${descending ? '<' : '>'} (${keys
        .map((key, i) => `${params.add(values[i])}::${key.type}`)
        .join(', ')})`,
  };
}

/** The staff's registration table: filters, search and keyset paging over one event. */
@Injectable()
export class RegistrationTableRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page; `totals` (the event's counts per status) answer the total unless filtered. */
  async page(
    eventId: string,
    query: StaffRegistrationListQueryDto,
    totals: StatusTotals,
  ): Promise<{ items: StaffRegistrationRowDto[]; nextCursor: string | null; total: number }> {
    const keys = [...SORT_KEYS[query.sort], ID_KEY];
    const order = keyset(keys, query.direction === SortDirection.Desc);
    const after = query.cursor
      ? decodeCursor(query.cursor, {
          sort: query.sort,
          direction: query.direction,
          keyCount: keys.length,
        })
      : null;
    const params = new QueryParams();
    const conditions = this.conditions(eventId, query, params);
    // Counting 100,000 rows costs tens of milliseconds: the kept counts answer the unfiltered
    // table, and the first page of a filtered one counts its rows in the same query (a search
    // reads its matches once, not twice).
    const filtered = this.filters({ ...query, status: undefined }, () => '').length > 0;
    const countedInPage = filtered && !after;
    const countQuery = `SELECT count(*)::int AS total FROM registration r WHERE ${conditions.join(' AND ')}`;
    const countParams = [...params.values];
    if (after) conditions.push(order.after(after, params));
    const rows: Row[] = await this.dataSource.query(
      `WITH waitlist AS (
         SELECT id, row_number() OVER (ORDER BY queued_at, id) AS position
           FROM registration WHERE event_id = $1 AND status = 'waitlisted'
       )
       SELECT r.id, r.status, r.source, r.email, r.academic_title AS "academicTitle",
              r.first_name AS "firstName", r.last_name AS "lastName", r.organisation,
              r.organisation_type AS "organisationType", r.function, r.bundesland,
              r.question_for_speakers AS "questionForSpeakers", r.answers,
              w.position AS "waitlistPosition", r.created_at AS "createdAt",
              r.attended_at AS "attendedAt", ${order.select}
              ${countedInPage ? ', count(*) OVER ()::int AS "filteredTotal"' : ''}
         FROM registration r LEFT JOIN waitlist w ON w.id = r.id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${order.orderBy}
        LIMIT ${params.add(query.limit + 1)}`,
      params.values,
    );
    const total = !filtered
      ? totals.total(query.status)
      : countedInPage
        ? (rows[0]?.filteredTotal ?? 0)
        : ((await this.dataSource.query(countQuery, countParams)) as { total: number }[])[0]!.total;
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(
        ({
          keys: _keys,
          filteredTotal: _total,
          createdAt,
          attendedAt,
          waitlistPosition,
          ...row
        }) => ({
          ...row,
          waitlistPosition: waitlistPosition === null ? null : Number(waitlistPosition),
          createdAt: createdAt.toISOString(),
          attendedAt: attendedAt?.toISOString() ?? null,
        }),
      ),
      nextCursor:
        more && last
          ? encodeCursor({ sort: query.sort, direction: query.direction, keys: last.keys })
          : null,
      total,
    };
  }

  /**
   * Every registration matching `filters`, by name, read in batches after the last one (keyset):
   * the memory an export needs does not grow with the number of rows.
   */
  async *exportRows(
    eventId: string,
    filters: RegistrationFilterDto,
    batchSize = 1_000,
  ): AsyncGenerator<ExportRow> {
    const order = keyset([...SORT_KEYS[RegistrationSort.Name], ID_KEY], false);
    let after: string[] | null = null;
    for (;;) {
      const params = new QueryParams();
      const conditions = this.conditions(eventId, filters, params);
      if (after) conditions.push(order.after(after, params));
      const rows: (ExportRow & { keys: string[] })[] = await this.dataSource.query(
        `SELECT r.status, r.salutation, r.academic_title AS "academicTitle",
                r.first_name AS "firstName", r.last_name AS "lastName", r.email, r.organisation,
                r.organisation_type AS "organisationType", r.function, r.bundesland,
                r.question_for_speakers AS "questionForSpeakers", r.locale, r.source,
                r.created_at AS "createdAt", r.queued_at AS "queuedAt",
                r.attended_at AS "attendedAt", r.cancelled_at AS "cancelledAt", r.answers,
                ${order.select}
           FROM registration r
          WHERE ${conditions.join(' AND ')}
          ORDER BY ${order.orderBy}
          LIMIT ${params.add(batchSize)}`,
        params.values,
      );
      for (const { keys: _keys, ...row } of rows) yield row;
      if (rows.length < batchSize) return;
      after = rows.at(-1)!.keys;
    }
  }

  /**
   * Ids of the registrations in one of `statuses` that match `filters`, by name: the recipients
   * of a mailing, read in the caller's transaction. Anonymised ones have no address to mail.
   */
  async ids(
    manager: EntityManager,
    eventId: string,
    filters: Omit<RegistrationFilterDto, 'status'>,
    statuses: readonly RegistrationStatus[],
  ): Promise<string[]> {
    const params = new QueryParams();
    const conditions = this.conditions(eventId, filters, params);
    conditions.push(`r.status = ANY(${params.add(statuses)})`, 'r.anonymised_at IS NULL');
    const order = keyset([...SORT_KEYS[RegistrationSort.Name], ID_KEY], false);
    const rows: { id: string }[] = await manager.query(
      `SELECT r.id FROM registration r WHERE ${conditions.join(' AND ')} ORDER BY ${order.orderBy}`,
      params.values,
    );
    return rows.map((row) => row.id);
  }

  /** The event (always `$1`, which the waiting list's CTE uses too) and the filters. */
  private conditions(eventId: string, query: RegistrationFilterDto, params: QueryParams) {
    return [`r.event_id = ${params.add(eventId)}`, ...this.filters(query, params.add)];
  }

  private filters(query: RegistrationFilterDto, param: (value: unknown) => string) {
    const conditions: string[] = [];
    if (query.status) conditions.push(`r.status = ${param(query.status)}`);
    if (query.organisationType)
      conditions.push(`r.organisation_type = ${param(query.organisationType)}`);
    if (query.bundesland) conditions.push(`r.bundesland = ${param(query.bundesland)}`);
    if (query.attended)
      conditions.push(
        `r.attended_at IS ${query.attended === AttendanceFilter.Yes ? 'NOT NULL' : 'NULL'}`,
      );
    if (query.answer) {
      const split = query.answer.indexOf(':');
      const key = param(query.answer.slice(0, split));
      const value = param(query.answer.slice(split + 1));
      // A text answer equals the value, a list of options contains it, a checkbox is true/false.
      conditions.push(
        `((r.answers -> ${key}) @> to_jsonb(${value}::text)
          OR (jsonb_typeof(r.answers -> ${key}) = 'boolean' AND r.answers ->> ${key} = ${value}))`,
      );
    }
    if (query.q) {
      const like = param(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(
        `((r.first_name || ' ' || r.last_name) ILIKE ${like} OR r.email ILIKE ${like}
          OR r.organisation ILIKE ${like})`,
      );
    }
    return conditions;
  }
}
