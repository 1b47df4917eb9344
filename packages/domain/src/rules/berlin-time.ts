// Wall-clock times in Berlin, where every event of the platform is planned.
const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const partsOf = (instant: Date) =>
  Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));

function berlinOffsetMinutes(instant: Date): number {
  const p = partsOf(instant);
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a wall-clock time in Berlin, e.g. `berlin('2024-07-03', '10:00')`. */
export function berlin(date: string, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  const firstGuess = new Date(naive.getTime() - berlinOffsetMinutes(naive) * 60_000);
  return new Date(naive.getTime() - berlinOffsetMinutes(firstGuess) * 60_000);
}

/** The Berlin calendar date `days` after the Berlin date of `now`, as YYYY-MM-DD. */
export function berlinDatePlus(now: Date, days: number): string {
  const p = partsOf(now);
  const date = new Date(Date.UTC(+p.year!, +p.month! - 1, +p.day! + days));
  return date.toISOString().slice(0, 10);
}

/** The Berlin wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant: what a form shows. */
export function berlinWallClock(instant: Date | string): { date: string; time: string } {
  const p = partsOf(instant instanceof Date ? instant : new Date(instant));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The instant shifted so that its UTC fields read the Berlin wall-clock time, for formats
 * without time zones (spreadsheet cells): 10:00 in Berlin becomes `…T10:00:00Z`.
 */
export function berlinFloatingTime(instant: Date): Date {
  return new Date(instant.getTime() + berlinOffsetMinutes(instant) * 60_000);
}
