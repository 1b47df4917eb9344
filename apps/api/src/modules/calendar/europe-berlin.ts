import type { ICalDayJsStub } from 'ical-generator';

export const BERLIN = 'Europe/Berlin';

/**
 * VTIMEZONE of Europe/Berlin with the EU rules in force since 1996 (last Sunday of March 02:00
 * CET to CEST, last Sunday of October 03:00 CEST to CET), written out: no time zone package.
 */
export const EUROPE_BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The generator ical-generator calls once per time zone its events use. */
export const vtimezoneGenerator = (zone: string): string | null =>
  zone === BERLIN ? EUROPE_BERLIN_VTIMEZONE : null;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, zone: string) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}${parts.month}${parts.day}`,
    time: `${parts.hour}${parts.minute}${parts.second}`,
  };
}

/**
 * An instant that ical-generator formats in a given zone. Native `Date`s with a TZID are printed
 * with the process's local clock (TZ), which would be wrong on any server not set to Berlin; this
 * stub (the documented day.js shape) reads the wall clock of the zone through Intl instead.
 */
export function zonedInstant(instant: Date, zone = 'UTC'): ICalDayJsStub {
  return {
    tz: (target?: string) => zonedInstant(instant, target ?? zone),
    utc: () => zonedInstant(instant, 'UTC'),
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => new Date(instant),
    toJSON: () => instant.toISOString(),
    format: (pattern?: string) => {
      const { date, time } = wallClock(instant, zone);
      if (pattern === 'YYYYMMDD') return date;
      if (pattern === 'HHmmss') return time;
      throw new Error(`zonedInstant cannot format "${pattern}"`);
    },
  };
}
