import { Injectable } from '@nestjs/common';
import {
  certificateTopics,
  type AgendaItemKind,
  type EventFormat,
  type Venue,
} from '@stadtgespraech/domain';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';

/** What printed documents say about an event. */
export interface EventSheet {
  id: string;
  title: string;
  subtitle: string | null;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  venue: Venue | null;
  /** Hosts and co-hosts first, partners last, each in their order. */
  organisers: string[];
  /** The agenda's contents for a certificate. */
  topics: string[];
}

@Injectable()
export class EventSheetRepository {
  async sheet(manager: EntityManager, eventId: string): Promise<EventSheet> {
    const [row]: (Omit<EventSheet, 'topics'> & {
      agenda: { kind: AgendaItemKind; title: string }[];
    })[] = await manager.query(
      `SELECT e.id, e.title, e.subtitle, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
              e.format, e.venue,
              coalesce((SELECT array_agg(o.name ORDER BY eo.role = 'partner', eo.position)
                          FROM event_organiser eo JOIN organisation o ON o.id = eo.organisation_id
                         WHERE eo.event_id = e.id), '{}') AS organisers,
              coalesce((SELECT jsonb_agg(jsonb_build_object('kind', a.kind, 'title', a.title)
                                         ORDER BY a.starts_at, a.position)
                          FROM agenda_item a WHERE a.event_id = e.id), '[]') AS agenda
         FROM event e WHERE e.id = $1`,
      [eventId],
    );
    if (!row) throw new ProblemException('EVENT.ID_NOT_FOUND');
    const { agenda, ...sheet } = row;
    return { ...sheet, topics: certificateTopics(agenda) };
  }
}
