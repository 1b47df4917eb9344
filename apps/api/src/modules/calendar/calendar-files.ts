import { EventFormat, EventStatus, type Locale, type Venue } from '@stadtgespraech/domain';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from 'ical-generator';
import type { MailEventFacts } from '../mail/mail.types.js';
import { BERLIN, vtimezoneGenerator, zonedInstant } from './europe-berlin.js';

/** A mailbox in a calendar file (ORGANIZER, ATTENDEE). */
export interface CalendarParty {
  email: string;
  name: string | null;
}

/** What a personal file (REQUEST, CANCEL) needs beyond the event. */
export interface Invitation {
  /** The organiser mailbox (MAIL_ORGANIZER); the event's organiser name is its CN. */
  organizerEmail: string;
  /** The one registrant the file is for. */
  attendee: CalendarParty;
  /** Personal self-service page, named in the DESCRIPTION. */
  manageUrl?: string | null;
  locale: Locale;
}

/** One iCalendar UID per event, kept for the event's whole life, so updates replace the entry. */
export const calendarUid = (eventId: string): string => `${eventId}@stadtgespraech`;

const PROD_ID = { company: 'Stadtgespraech', product: 'Veranstaltungen', language: 'DE' };

function venueText(venue: Venue | null): string | null {
  if (!venue) return null;
  const address = venue.address;
  return [
    venue.name,
    address?.addition,
    address?.street,
    address ? `${address.postalCode} ${address.city}`.trim() : null,
  ]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(', ');
}

/** LOCATION: the venue, "Online (platform)", or both for hybrid events. */
export function locationText(event: MailEventFacts): string | null {
  const online = event.onlinePlatform ? `Online (${event.onlinePlatform})` : 'Online';
  const place = venueText(event.venue);
  switch (event.format) {
    case EventFormat.Online:
      return online;
    case EventFormat.Hybrid:
      return place ? `${place} / ${online}` : online;
    default:
      return place;
  }
}

function newCalendar(method: ICalCalendarMethod, name?: string): ICalCalendar {
  return ical({
    method,
    prodId: PROD_ID,
    ...(name ? { name } : {}),
    // No name: DTSTAMP stays in UTC; the generator still writes the VTIMEZONE for Berlin events.
    timezone: { name: null, generator: vtimezoneGenerator },
  });
}

function addEvent(
  calendar: ICalCalendar,
  event: MailEventFacts,
  now: Date,
  extra: {
    description: string;
    organizer: CalendarParty;
    status: ICalEventStatus;
    attendee?: CalendarParty;
  },
) {
  calendar.createEvent({
    id: calendarUid(event.id),
    sequence: event.calendarSequence,
    stamp: zonedInstant(now),
    start: zonedInstant(new Date(event.startsAt)),
    end: zonedInstant(new Date(event.endsAt)),
    timezone: BERLIN,
    summary: event.title,
    description: extra.description,
    location: locationText(event),
    url: event.url,
    status: extra.status,
    organizer: {
      name: extra.organizer.name ?? extra.organizer.email,
      email: extra.organizer.email,
    },
    attendees: extra.attendee
      ? [
          {
            email: extra.attendee.email,
            name: extra.attendee.name,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.ACCEPTED,
            rsvp: false,
          },
        ]
      : [],
  });
}

const paragraphs = (...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join('\n\n');

/**
 * METHOD:PUBLISH for the public download and the feeds: no attendees, never a join link.
 * Cancelled events stay in with STATUS:CANCELLED, so subscribed calendars drop them.
 */
export function publishCalendar(
  events: MailEventFacts[],
  options: { organizerEmail: string; name?: string; now?: Date },
): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, options.name);
  const now = options.now ?? new Date();
  for (const event of events) {
    addEvent(calendar, event, now, {
      description: paragraphs(event.subtitle, event.summary, event.url),
      organizer: { email: options.organizerEmail, name: event.organiserName },
      status:
        event.status === EventStatus.Cancelled
          ? ICalEventStatus.CANCELLED
          : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

function personalCalendar(
  method: ICalCalendarMethod.REQUEST | ICalCalendarMethod.CANCEL,
  event: MailEventFacts,
  invitation: Invitation,
  now: Date,
): string {
  const calendar = newCalendar(method);
  const manage = invitation.manageUrl
    ? `${invitation.locale === 'en' ? 'Your registration' : 'Ihre Anmeldung'}: ${invitation.manageUrl}`
    : null;
  addEvent(calendar, event, now, {
    description: paragraphs(event.subtitle, event.summary, event.url, manage),
    organizer: { email: invitation.organizerEmail, name: event.organiserName },
    attendee: invitation.attendee,
    status:
      method === ICalCalendarMethod.CANCEL || event.status === EventStatus.Cancelled
        ? ICalEventStatus.CANCELLED
        : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** METHOD:REQUEST for one confirmed registrant: the organiser mailbox and only that registrant. */
export const requestCalendar = (event: MailEventFacts, invitation: Invitation, now = new Date()) =>
  personalCalendar(ICalCalendarMethod.REQUEST, event, invitation, now);

/** METHOD:CANCEL with the same UID: removes the entry from the registrant's calendar. */
export const cancelCalendar = (event: MailEventFacts, invitation: Invitation, now = new Date()) =>
  personalCalendar(ICalCalendarMethod.CANCEL, event, invitation, now);
