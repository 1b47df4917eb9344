import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EventListQueryDto } from '@stadtgespraech/domain/events';
import { In, Repository, type EntityManager } from 'typeorm';
import { EventEntity } from './event.entity.js';
import { PUBLIC_STATUSES } from './public-statuses.js';

/** The German full-text document of an event; identical to the expression of IDX_event_search. */
export const EVENT_SEARCH_DOCUMENT =
  "to_tsvector('german', coalesce(event.title, '') || ' ' || coalesce(event.subtitle, '') || ' ' || " +
  "coalesce(event.summary, '') || ' ' || coalesce(event.description, '') || ' ' || coalesce(event.discussion_questions::text, ''))";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const LIST_RELATIONS = {
  series: true,
  topics: true,
  organisers: { organisation: true },
  contributors: { person: { organisation: true } },
} as const;

/** What the event page shows beyond the list: the agenda with its people. */
const PAGE_RELATIONS = {
  ...LIST_RELATIONS,
  agenda: { contributors: { person: { organisation: true } } },
} as const;

/** Builds every query on events; services never do. */
@Injectable()
export class EventsRepository {
  constructor(@InjectRepository(EventEntity) private readonly events: Repository<EventEntity>) {}

  /** One page of public events matching the filters, and the total count. */
  async findPublicPage(
    query: EventListQueryDto,
    now: Date,
  ): Promise<{ rows: EventEntity[]; total: number }> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.events
      .createQueryBuilder('event')
      .select('event.id', 'id')
      .where('event.status IN (:...statuses)', { statuses: PUBLIC_STATUSES });

    if (query.time === 'upcoming') qb.andWhere('event.ends_at >= :now', { now });
    if (query.time === 'past') qb.andWhere('event.ends_at < :now', { now });
    if (query.type) qb.andWhere('event.type = :type', { type: query.type });
    if (query.format) qb.andWhere('event.format = :format', { format: query.format });
    if (query.series) {
      qb.andWhere('event.series_id = (SELECT s.id FROM series s WHERE s.slug = :series)', {
        series: query.series,
      });
    }
    if (query.topic) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM event_topic et JOIN topic t ON t.id = et.topic_id WHERE et.event_id = event.id AND t.slug = :topic)',
        { topic: query.topic },
      );
    }
    if (query.organisation) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM event_organiser eo JOIN organisation o ON o.id = eo.organisation_id WHERE eo.event_id = event.id AND o.slug = :organisation)',
        { organisation: query.organisation },
      );
    }
    // Dates without a time mean whole days in Berlin; `to` includes its day.
    if (query.from) {
      qb.andWhere(
        DATE_ONLY.test(query.from)
          ? "event.starts_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Berlin')"
          : 'event.starts_at >= CAST(:from AS timestamptz)',
        { from: query.from },
      );
    }
    if (query.to) {
      qb.andWhere(
        DATE_ONLY.test(query.to)
          ? "event.starts_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')"
          : 'event.starts_at <= CAST(:to AS timestamptz)',
        { to: query.to },
      );
    }
    if (query.q)
      qb.andWhere(`${EVENT_SEARCH_DOCUMENT} @@ websearch_to_tsquery('german', :q)`, { q: query.q });

    const total = await qb.clone().getCount();
    const direction = query.time === 'past' ? 'DESC' : 'ASC';
    const ids: { id: string }[] = await qb
      .orderBy('event.starts_at', direction)
      .addOrderBy('event.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany();
    if (ids.length === 0) return { rows: [], total };

    const rows = await this.events.find({
      where: { id: In(ids.map((r) => r.id)) },
      relations: LIST_RELATIONS,
    });
    const order = new Map(ids.map((r, index) => [r.id, index]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { rows, total };
  }

  /**
   * Public events that have not ended, soonest first, for calendar feeds; with series and
   * organisers (the feed names them). Filters are slugs; an unknown slug matches nothing.
   */
  findUpcomingForCalendar(
    filter: { series?: string; topic?: string },
    now: Date,
    limit: number,
  ): Promise<EventEntity[]> {
    const qb = this.events
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.series', 'series')
      .leftJoinAndSelect('event.organisers', 'organiser')
      .leftJoinAndSelect('organiser.organisation', 'organisation')
      .where('event.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
      .andWhere('event.ends_at >= :now', { now });
    if (filter.series) qb.andWhere('series.slug = :series', { series: filter.series });
    if (filter.topic) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM event_topic et JOIN topic t ON t.id = et.topic_id WHERE et.event_id = event.id AND t.slug = :topic)',
        { topic: filter.topic },
      );
    }
    return qb.orderBy('event.startsAt', 'ASC').addOrderBy('event.id', 'ASC').take(limit).getMany();
  }

  /** A public event with everything its page shows. */
  findPublicBySlug(slug: string): Promise<EventEntity | null> {
    return this.events.findOne({
      where: { slug, status: In([...PUBLIC_STATUSES]) },
      relations: PAGE_RELATIONS,
    });
  }

  /** The organisations hosting an event, or null when there is no such event (staff scope). */
  async organiserIds(manager: EntityManager, eventId: string): Promise<string[] | null> {
    const [row]: { ids: string[] | null }[] = await manager.query(
      `SELECT (SELECT array_agg(organisation_id) FROM event_organiser WHERE event_id = e.id) AS ids
         FROM event e WHERE e.id = $1`,
      [eventId],
    );
    return row ? (row.ids ?? []) : null;
  }

  /** An event in any status (a draft, for its preview) with everything its page shows. */
  findForPage(id: string): Promise<EventEntity | null> {
    return this.events.findOne({ where: { id }, relations: PAGE_RELATIONS });
  }
}
