import type { EventSummary } from '@stadtgespraech/api-client';
import {
  eventPhase,
  formatDateLine,
  formatShortDate,
  formatTimeRange,
} from '@stadtgespraech/domain/rules';
import { t } from '../../i18n';

/** The two lines of the Datum column: the day, and the time or the last day. */
export function eventDateCell(event: { startsAt: string; endsAt: string }): {
  date: string;
  detail: string;
} {
  const date = formatShortDate(event.startsAt);
  const start = Date.parse(event.startsAt);
  const end = Date.parse(event.endsAt);
  // An end at midnight belongs to the day before, as in the date line of the domain package.
  const lastDay = end > start ? formatShortDate(new Date(end - 60_000)) : date;
  return lastDay === date
    ? { date, detail: formatTimeRange(event) }
    : { date, detail: t('events.until', { date: lastDay }) };
}

/** "03. Juli 2024 | Online | 10:00-11:00 Uhr", the date line of the domain package. */
export function eventDateLine(event: EventSummary): string {
  const venue = event.venue
    ? { name: event.venue.name, address: event.venue.address ?? null }
    : null;
  return formatDateLine({ ...event, venue });
}

export type EventMarker = 'running' | 'teaser' | 'demo';

/** Markers beside the title: running now, announced date without details, demo content. */
export function eventMarkers(
  event: Pick<EventSummary, 'startsAt' | 'endsAt' | 'isTeaser' | 'isDemo'>,
  now = new Date(),
): EventMarker[] {
  const markers: EventMarker[] = [];
  if (eventPhase(event, now) === 'running') markers.push('running');
  if (event.isTeaser) markers.push('teaser');
  if (event.isDemo) markers.push('demo');
  return markers;
}

/** "12 von 30" seats taken, or "12" when the seats are unlimited. */
export function seatsTaken(event: { confirmed: number; capacity: number | null }): string {
  return event.capacity === null
    ? t('events.seatsUnlimited', { confirmed: event.confirmed })
    : t('events.seats', { confirmed: event.confirmed, capacity: event.capacity });
}
