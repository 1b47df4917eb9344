const TIME_ZONE = 'Europe/Berlin';
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A calendar month, `month` 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

export interface CalendarDay<T> {
  /** The calendar date, "2025-03-30". */
  date: string;
  day: number;
  inMonth: boolean;
  isToday: boolean;
  events: T[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Berlin calendar day of an instant, "2025-03-30". */
export function berlinDay(instant: string | Date): string {
  return dayKeyFormat.format(new Date(instant));
}

/** "2025-03" */
export function monthKey({ year, month }: CalendarMonth): string {
  return `${year}-${pad(month)}`;
}

/** The month a `monat=YYYY-MM` parameter names, or the current Berlin month when it is missing or malformed. */
export function parseMonth(value: unknown, now: Date = new Date()): CalendarMonth {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    if (year >= 2000 && year <= 2100) return { year, month: Number(match[2]) };
  }
  const [year, month] = berlinDay(now).split('-').map(Number) as [number, number];
  return { year, month };
}

/** The month `offset` months away. */
export function shiftMonth({ year, month }: CalendarMonth, offset: number): CalendarMonth {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysInMonth({ year, month }: CalendarMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last calendar day of the month, as the API's `from` and `to` (Berlin dates). */
export function monthRange(m: CalendarMonth): { from: string; to: string } {
  return { from: `${monthKey(m)}-01`, to: `${monthKey(m)}-${pad(daysInMonth(m))}` };
}

/**
 * The weeks of a month as a table shows them: Monday to Sunday, padded with the neighbouring
 * months' days (`inMonth: false`). Each event goes to the Berlin day it starts on.
 */
export function monthGrid<T extends { startsAt: string }>(
  m: CalendarMonth,
  events: readonly T[],
  now: Date = new Date(),
): CalendarDay<T>[][] {
  const today = berlinDay(now);
  const byDay = new Map<string, T[]>();
  for (const event of events) {
    const key = berlinDay(event.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), event]);
  }
  const first = Date.UTC(m.year, m.month - 1, 1);
  // 0 = Monday … 6 = Sunday
  const lead = (new Date(first).getUTCDay() + 6) % 7;
  const cells = Math.ceil((lead + daysInMonth(m)) / 7) * 7;
  const weeks: CalendarDay<T>[][] = [];
  for (let i = 0; i < cells; i++) {
    const date = new Date(first + (i - lead) * 86_400_000);
    const key = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({
      date: key,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === m.month - 1,
      isToday: key === today,
      events: byDay.get(key) ?? [],
    });
  }
  return weeks;
}
