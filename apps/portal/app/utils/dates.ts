import { formatDateLine } from '@stadtgespraech/domain/rules';
import type { EventSummary } from '@stadtgespraech/api-client';

const TIME_ZONE = 'Europe/Berlin';

const clockFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dayFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Wall-clock time in Berlin, "09:30", whatever the time zone of the process or browser. */
export function berlinClock(instant: string | Date): string {
  return clockFormat.format(new Date(instant));
}

/** An agenda slot in Berlin time: "10:00–10:15 Uhr", or "10:00 Uhr" without an end. */
export function agendaTime(item: { startsAt: string; endsAt?: string | null }): string {
  const start = berlinClock(item.startsAt);
  if (!item.endsAt || new Date(item.endsAt).getTime() <= new Date(item.startsAt).getTime()) {
    return `${start} Uhr`;
  }
  return `${start}–${berlinClock(item.endsAt)} Uhr`;
}

/** A publication day in Berlin: "17. April 2025". */
export function longDate(instant: string | Date): string {
  return dayFormat.format(new Date(instant));
}

/** The seeds' date line ("03. Juli 2024 | Online | 10:00-11:00 Uhr") for an API event. */
export function eventDateLine(
  event: Pick<EventSummary, 'startsAt' | 'endsAt' | 'format'> & {
    venue?: { name: string; address?: { city: string } | null } | null;
  },
): string {
  const venue = event.venue
    ? {
        name: event.venue.name,
        address: event.venue.address ? { city: event.venue.address.city } : null,
      }
    : null;
  return formatDateLine(
    { startsAt: event.startsAt, endsAt: event.endsAt, format: event.format, venue },
    'de',
  );
}
