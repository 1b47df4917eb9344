// Reads iCalendar text with ical.js (the parser Thunderbird uses), resolving times through the
// file's own VTIMEZONE only.
import ICAL from 'ical.js';

export interface ParsedTime {
  tzid: string | null;
  /** Wall clock as written, `YYYY-MM-DDTHH:mm`. */
  wallClock: string;
  /** The instant, computed with the file's VTIMEZONE. */
  instant: Date;
}

export interface ParsedAttendee {
  address: string;
  cn: string | null;
  rsvp: string | null;
  partstat: string | null;
}

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: string | null;
  attendees: ParsedAttendee[];
  start: ParsedTime;
  end: ParsedTime;
}

export interface ParsedCalendar {
  method: string | null;
  timezones: string[];
  events: ParsedEvent[];
}

const pad = (n: number) => String(n).padStart(2, '0');
// The URI scheme is case-insensitive; writers differ (MAILTO: / mailto:).
const mailto = (value: string | null) => value?.replace(/^mailto:/i, 'mailto:') ?? null;

function time(event: ICAL.Component, name: string): ParsedTime {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`no ${name}`);
  const value = property.getFirstValue() as ICAL.Time;
  return {
    tzid: (property.getParameter('tzid') as string | undefined) ?? null,
    wallClock: `${value.year}-${pad(value.month)}-${pad(value.day)}T${pad(value.hour)}:${pad(value.minute)}`,
    instant: new Date(value.toUnixTime() * 1000),
  };
}

const text = (component: ICAL.Component, name: string): string | null => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
};

export function parseCalendar(source: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(source));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of timezones) {
    const tzid = String(zone.getFirstPropertyValue('tzid'));
    if (ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.remove(tzid);
    ICAL.TimezoneService.register(zone);
  }
  return {
    method: text(calendar, 'method'),
    timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events: calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: String(event.getFirstPropertyValue('uid')),
      sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
      status: text(event, 'status'),
      summary: text(event, 'summary') ?? '',
      description: text(event, 'description') ?? '',
      location: text(event, 'location'),
      url: text(event, 'url'),
      organizer: mailto(text(event, 'organizer')),
      attendees: event.getAllProperties('attendee').map((attendee) => ({
        address: mailto(String(attendee.getFirstValue()))!,
        cn: (attendee.getParameter('cn') as string | undefined) ?? null,
        rsvp: (attendee.getParameter('rsvp') as string | undefined) ?? null,
        partstat: (attendee.getParameter('partstat') as string | undefined) ?? null,
      })),
      start: time(event, 'dtstart'),
      end: time(event, 'dtend'),
    })),
  };
}
