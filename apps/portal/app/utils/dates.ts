import type { Locale } from '@stadtgespraech/domain/common';
import { formatDateLine } from '@stadtgespraech/domain/rules';
import type { EventSummary } from '@stadtgespraech/api-client';

const TIME_ZONE = 'Europe/Berlin';
/** The language tags of the portal's languages; British English writes "17 April 2025". */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { de: 'de-DE', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
// Intl formatters are costly to create; one per language and purpose serves every render.
function format(locale: Locale, purpose: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}:${purpose}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** Wall-clock time in Berlin, "09:30", whatever the time zone of the process or browser. */
export function berlinClock(instant: string | Date): string {
  return format('de', 'clock', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** An agenda slot in Berlin time: "10:00–10:15 Uhr" ("10:00–10:15" in English), or the start. */
export function agendaTime(
  item: { startsAt: string; endsAt?: string | null },
  locale: Locale = 'de',
): string {
  const suffix = locale === 'de' ? ' Uhr' : '';
  const start = berlinClock(item.startsAt);
  if (!item.endsAt || new Date(item.endsAt).getTime() <= new Date(item.startsAt).getTime()) {
    return `${start}${suffix}`;
  }
  return `${start}–${berlinClock(item.endsAt)}${suffix}`;
}

/** A publication day in Berlin: "17. April 2025" ("17 April 2025"). */
export function longDate(instant: string | Date, locale: Locale = 'de'): string {
  return format(locale, 'day', {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** A moment in Berlin with day and time, for records: "21. November 2026 um 14:05". */
export function longDateTime(instant: string | Date, locale: Locale = 'de'): string {
  return format(locale, 'moment', {
    timeZone: TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(instant));
}

/** A calendar month: "November 2026". Month 1–12. */
export function monthTitle(year: number, month: number, locale: Locale = 'de'): string {
  return format(locale, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** A calendar day given as "2026-11-21": "Samstag, 21. November" ("Saturday 21 November"). */
export function weekdayDate(day: string, locale: Locale = 'de'): string {
  return format(locale, 'weekday', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** The seeds' date line ("03. Juli 2024 | Online | 10:00-11:00 Uhr") for an API event. */
export function eventDateLine(
  event: Pick<EventSummary, 'startsAt' | 'endsAt' | 'format'> & {
    venue?: { name: string; address?: { city: string } | null } | null;
  },
  locale: Locale = 'de',
): string {
  const venue = event.venue
    ? {
        name: event.venue.name,
        address: event.venue.address ? { city: event.venue.address.city } : null,
      }
    : null;
  return formatDateLine(
    { startsAt: event.startsAt, endsAt: event.endsAt, format: event.format, venue },
    locale,
  );
}
