import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseCalendar } from '../../../test/ical.js';
import { eventFacts, LINKS, recipient } from '../../../test/mail-fixtures.js';
import {
  calendarUid,
  cancelCalendar,
  locationText,
  publishCalendar,
  requestCalendar,
} from './calendar-files.js';

const ORGANIZER = 'veranstaltungen@example.org';
const NOW = new Date('2025-06-01T12:00:00Z');
const invitation = {
  organizerEmail: ORGANIZER,
  attendee: { email: recipient().email, name: 'Dr. Jana Beispiel' },
  manageUrl: LINKS.manage,
  locale: 'de' as const,
};

describe('calendar files', () => {
  it('publishes without attendees, with UID, SEQUENCE, URL and the organiser', () => {
    const ics = publishCalendar([eventFacts()], { organizerEmail: ORGANIZER, now: NOW });
    const calendar = parseCalendar(ics);
    expect(calendar.method).toBe('PUBLISH');
    expect(ics).not.toContain('ATTENDEE');
    const [event] = calendar.events;
    expect(event).toMatchObject({
      uid: `${eventFacts().id}@stadtgespraech`,
      sequence: 2,
      status: 'CONFIRMED',
      summary: 'Klimaschutz und Klimaanpassung in Kleinstädten',
      url: eventFacts().url,
      location: 'Online (Webex)',
      organizer: `mailto:${ORGANIZER}`,
    });
    expect(event!.description).toContain('Wie kleine Städte große Aufgaben angehen.');
    expect(ics).toContain('DTSTAMP:20250601T120000Z');
  });

  it('lists cancelled events in a feed as STATUS:CANCELLED', () => {
    const ics = publishCalendar(
      [
        eventFacts(),
        eventFacts({ id: 'a2b9a1c0-1111-4222-8333-944455556666', status: 'cancelled' }),
      ],
      { organizerEmail: ORGANIZER, name: 'Kleinstadt Web-Talks' },
    );
    const calendar = parseCalendar(ics);
    expect(calendar.events.map((e) => e.status)).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(ics).toContain('X-WR-CALNAME:Kleinstadt Web-Talks');
  });

  it('invites exactly one attendee, the registrant, without asking for a reply', () => {
    const calendar = parseCalendar(requestCalendar(eventFacts(), invitation, NOW));
    expect(calendar.method).toBe('REQUEST');
    const [event] = calendar.events;
    expect(event!.attendees).toEqual([
      {
        address: `mailto:${recipient().email}`,
        cn: 'Dr. Jana Beispiel',
        rsvp: 'FALSE',
        partstat: 'ACCEPTED',
      },
    ]);
    expect(event!.organizer).toBe(`mailto:${ORGANIZER}`);
    expect(event!.uid).toBe(calendarUid(eventFacts().id));
    expect(event!.sequence).toBe(2);
    expect(event!.status).toBe('CONFIRMED');
    expect(event!.description).toContain(`Ihre Anmeldung: ${LINKS.manage}`);
  });

  it('keeps the UID and carries the raised SEQUENCE in an update', () => {
    const first = parseCalendar(requestCalendar(eventFacts(), invitation, NOW)).events[0]!;
    const update = parseCalendar(
      requestCalendar(eventFacts({ calendarSequence: 3 }), invitation, NOW),
    ).events[0]!;
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBe(3);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and the same UID', () => {
    const calendar = parseCalendar(
      cancelCalendar(eventFacts({ calendarSequence: 4 }), { ...invitation, locale: 'en' }, NOW),
    );
    expect(calendar.method).toBe('CANCEL');
    expect(calendar.events[0]).toMatchObject({
      uid: calendarUid(eventFacts().id),
      sequence: 4,
      status: 'CANCELLED',
    });
    expect(calendar.events[0]!.attendees).toHaveLength(1);
    expect(calendar.events[0]!.description).toContain(`Your registration: ${LINKS.manage}`);
  });

  it.each([
    [
      'summer (CEST)',
      '2025-07-03T08:00:00.000Z',
      '2025-07-03T09:30:00.000Z',
      '2025-07-03T10:00',
      '2025-07-03T11:30',
    ],
    [
      'winter (CET)',
      '2025-01-15T09:00:00.000Z',
      '2025-01-15T10:00:00.000Z',
      '2025-01-15T10:00',
      '2025-01-15T11:00',
    ],
    [
      'across the night clocks go forward',
      '2025-03-30T00:30:00.000Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-30T01:30',
      '2025-03-30T03:30',
    ],
  ])(
    'writes DTSTART/DTEND in Berlin wall-clock time with a VTIMEZONE, %s',
    (_, startsAt, endsAt, start, end) => {
      const event = eventFacts({ startsAt, endsAt });
      for (const ics of [
        publishCalendar([event], { organizerEmail: ORGANIZER }),
        requestCalendar(event, invitation),
        cancelCalendar(event, invitation),
      ]) {
        const calendar = parseCalendar(ics);
        expect(calendar.timezones).toEqual(['Europe/Berlin']);
        expect(ics).toContain(`DTSTART;TZID=Europe/Berlin:${start.replace(/[-:]/g, '')}00`);
        const [parsed] = calendar.events;
        expect(parsed!.start).toEqual({
          tzid: 'Europe/Berlin',
          wallClock: start,
          instant: new Date(startsAt),
        });
        expect(parsed!.end).toEqual({
          tzid: 'Europe/Berlin',
          wallClock: end,
          instant: new Date(endsAt),
        });
      }
    },
  );

  it('reads the Berlin wall clock whatever the time zone of the process', () => {
    // A fresh process, since a running one keeps its zone; ical-generator alone would print the
    // local clock of the server there.
    const module = pathToFileURL(resolve(import.meta.dirname, 'europe-berlin.ts')).href;
    const script = `const { zonedInstant } = await import(${JSON.stringify(module)});
      const at = zonedInstant(new Date('2025-07-03T08:00:00Z'));
      process.stdout.write([new Date('2025-07-03T08:00:00Z').getHours(), at.tz('Europe/Berlin').format('HHmmss'), at.utc().format('HHmmss')].join(' '));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
    }).toString();
    expect(output).toBe('22 100000 080000');
  });

  it.each([
    ['online', { format: 'online' as const }, 'Online (Webex)'],
    ['online without platform', { format: 'online' as const, onlinePlatform: null }, 'Online'],
    [
      'in person',
      {
        format: 'in_person' as const,
        onlinePlatform: null,
        venue: {
          name: 'Rathaus',
          address: { street: 'Markt 1', postalCode: '19322', city: 'Wittenberge' },
          accessibilityNotes: null,
        },
      },
      'Rathaus, Markt 1, 19322 Wittenberge',
    ],
    [
      'hybrid',
      {
        format: 'hybrid' as const,
        venue: { name: 'Kulturhaus', address: null, accessibilityNotes: null },
      },
      'Kulturhaus / Online (Webex)',
    ],
  ])('names the place of an event %s', (_, overrides, expected) => {
    expect(locationText(eventFacts(overrides))).toBe(expected);
  });
});
