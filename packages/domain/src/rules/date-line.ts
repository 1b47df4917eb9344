import { PLATFORM_TIME_ZONE, type DateInput, type Locale } from '../common/types.js';
import { EventFormat } from '../events/event.js';
import { toInstant } from './instant.js';

/** The parts of an event a date line shows; a full `Event` fits. */
export interface DateLineEvent {
  startsAt: DateInput;
  endsAt: DateInput;
  format: EventFormat;
  venue?: { name: string; address: { city: string } | null } | null;
}

interface CivilTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

let berlinClock: Intl.DateTimeFormat | undefined;

// Wall-clock time in Berlin through Intl, so the process time zone (TZ) never matters; the
// month and weekday names come from our own tables so ICU updates cannot change the output.
function inBerlin(date: Date): CivilTime {
  berlinClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PLATFORM_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of berlinClock.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthName = (t: CivilTime, locale: Locale): string => MONTHS[locale][t.month - 1] ?? '';
const weekdayName = (t: CivilTime, locale: Locale): string =>
  // A civil date's weekday is calendar arithmetic; UTC avoids the process time zone.
  WEEKDAYS[locale][new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()] ?? '';
const sameDay = (a: CivilTime, b: CivilTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;
const clock = (t: CivilTime): string => `${pad(t.hour)}:${pad(t.minute)}`;

/** Start and end in Berlin; an end at midnight belongs to the day before and reads "24:00". */
function span(event: Pick<DateLineEvent, 'startsAt' | 'endsAt'>): {
  start: CivilTime;
  end: CivilTime;
  endClock: string | null;
} {
  const startsAt = toInstant(event.startsAt, 'startsAt');
  const endsAt = toInstant(event.endsAt, 'endsAt');
  const start = inBerlin(startsAt);
  if (endsAt.getTime() <= startsAt.getTime()) return { start, end: start, endClock: null };
  const end = inBerlin(endsAt);
  if (end.hour === 0 && end.minute === 0) {
    return { start, end: inBerlin(new Date(endsAt.getTime() - 60_000)), endClock: '24:00' };
  }
  return { start, end, endClock: clock(end) };
}

function dateRange(start: CivilTime, end: CivilTime, locale: Locale): string {
  if (locale === 'en') {
    const full = (t: CivilTime): string => `${t.day} ${monthName(t, locale)} ${t.year}`;
    if (sameDay(start, end)) return full(start);
    if (start.year !== end.year) return `${full(start)}-${full(end)}`;
    if (start.month !== end.month) {
      return `${start.day} ${monthName(start, locale)}-${full(end)}`;
    }
    return `${start.day}-${full(end)}`;
  }
  const full = (t: CivilTime): string => `${pad(t.day)}. ${monthName(t, locale)} ${t.year}`;
  if (sameDay(start, end)) return full(start);
  if (start.year !== end.year) return `${full(start)}-${full(end)}`;
  if (start.month !== end.month)
    return `${pad(start.day)}. ${monthName(start, locale)}-${full(end)}`;
  return `${pad(start.day)}.-${full(end)}`;
}

function place(event: DateLineEvent, locale: Locale): string | null {
  const venue = event.venue ?? null;
  const where = venue?.address?.city.trim() || venue?.name.trim() || null;
  switch (event.format) {
    case EventFormat.Online:
      return 'Online';
    case EventFormat.Hybrid:
      if (locale === 'en') return where ? `Online and ${where}` : 'Online and on site';
      return where ? `Online und ${where}` : 'Online und vor Ort';
    default:
      return where;
  }
}

/**
 * The time of an event in Berlin as the seeds print it: "10:00-11:00 Uhr" (German) or
 * "10:00-11:00" (English, 24-hour clock). An end at or before the start is left out.
 */
export function formatTimeRange(
  event: Pick<DateLineEvent, 'startsAt' | 'endsAt'>,
  locale: Locale = 'de',
): string {
  const { start, endClock } = span(event);
  const range = endClock === null ? clock(start) : `${clock(start)}-${endClock}`;
  return locale === 'de' ? `${range} Uhr` : range;
}

/**
 * The date line of an event in Berlin time, exactly as the seeds print it:
 * "03. Juli 2024 | Online | 10:00-11:00 Uhr", in English "3 July 2024 | Online | 10:00-11:00".
 *
 * The place is "Online", the venue's city (or the venue's name without address) in person, and
 * "Online und Wittenberge" / "Online and Wittenberge" for hybrid events, so both ways to join
 * stay visible. Events spanning several days show the days and no times: "17.-18. Juni 2025",
 * "30. Juni-01. Juli 2025", "30. Dezember 2025-02. Januar 2026".
 */
export function formatDateLine(event: DateLineEvent, locale: Locale = 'de'): string {
  const { start, end } = span(event);
  const oneDay = sameDay(start, end);
  return [
    dateRange(start, end, locale),
    place(event, locale),
    oneDay ? formatTimeRange(event, locale) : null,
  ]
    .filter((segment): segment is string => Boolean(segment))
    .join(' | ');
}

/**
 * The days of an event in Berlin without place or time: "03. Juli 2024", "17.-18. Juni 2025";
 * English "3 July 2024", "17-18 June 2025".
 */
export function formatDateSpan(
  event: Pick<DateLineEvent, 'startsAt' | 'endsAt'>,
  locale: Locale = 'de',
): string {
  const { start, end } = span(event);
  return dateRange(start, end, locale);
}

/** Whether an event begins and ends on the same day in Berlin (an end at midnight included). */
export function isOneDay(event: Pick<DateLineEvent, 'startsAt' | 'endsAt'>): boolean {
  const { start, end } = span(event);
  return sameDay(start, end);
}

/** Where an event happens, as its date line shows it: "Online", "Wittenberge", "Online und …". */
export function formatPlace(event: DateLineEvent, locale: Locale = 'de'): string | null {
  return place(event, locale);
}

/**
 * A deadline's day in Berlin as in "Anmeldeschluss ist Montag, der 1. Juli 2024.";
 * English "Monday, 1 July 2024".
 */
export function formatDeadline(date: DateInput, locale: Locale = 'de'): string {
  const t = inBerlin(toInstant(date));
  const weekday = weekdayName(t, locale);
  const month = monthName(t, locale);
  return locale === 'en'
    ? `${weekday}, ${t.day} ${month} ${t.year}`
    : `${weekday}, der ${t.day}. ${month} ${t.year}`;
}

/** A day in Berlin in short numeric form: "04.03.2021"; English (British order) "04/03/2021". */
export function formatShortDate(date: DateInput, locale: Locale = 'de'): string {
  const t = inBerlin(toInstant(date));
  const separator = locale === 'en' ? '/' : '.';
  return [pad(t.day), pad(t.month), String(t.year)].join(separator);
}
