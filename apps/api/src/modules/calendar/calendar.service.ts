import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { EventsRepository } from '../events/events.repository.js';
import { toMailEventFacts } from '../mail/mail-event-facts.js';
import { publishCalendar } from './calendar-files.js';
import type { CalendarFeedQueryDto } from './dto/calendar-feed-query.dto.js';

/** Most events in one feed; more than a year of dates for the whole network. */
const FEED_LIMIT = 500;

/** The public calendar files (METHOD:PUBLISH). */
@Injectable()
export class CalendarService {
  constructor(
    private readonly events: EventsRepository,
    private readonly config: AppConfig,
  ) {}

  /** One public event (published or cancelled) as a calendar file. */
  async eventFile(slug: string, now = new Date()): Promise<string> {
    const event = await this.events.findPublicBySlug(slug);
    if (!event) throw new ProblemException('EVENT.NOT_FOUND');
    return publishCalendar([toMailEventFacts(event, this.config.PORTAL_URL)], {
      organizerEmail: this.config.MAIL_ORGANIZER,
      now,
    });
  }

  /** Upcoming public events, optionally of one series and/or topic. */
  async feed(query: CalendarFeedQueryDto, now = new Date()): Promise<string> {
    const events = await this.events.findUpcomingForCalendar(query, now, FEED_LIMIT);
    const series = query.series ? events[0]?.series?.title : undefined;
    return publishCalendar(
      events.map((event) => toMailEventFacts(event, this.config.PORTAL_URL)),
      {
        organizerEmail: this.config.MAIL_ORGANIZER,
        name: series ? `Stadtgespräch – ${series}` : 'Stadtgespräch',
        now,
      },
    );
  }
}
