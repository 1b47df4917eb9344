import type { DateInput } from '../common/types.js';
import { toInstant } from './instant.js';
import type { EventTimes } from './event-phase.js';

/** What can be wrong with the timing of an agenda item. */
export const AgendaIssueCode = {
  /** The item starts before the event starts or ends after the event ends. */
  OutsideEvent: 'outside_event',
  /** The item overlaps the time of another item. */
  Overlap: 'overlap',
} as const;
export type AgendaIssueCode = (typeof AgendaIssueCode)[keyof typeof AgendaIssueCode];

/** One finding of `agendaIssues`. */
export interface AgendaIssue {
  code: AgendaIssueCode;
  /** Position of the item in the list given. */
  index: number;
  /** For overlaps: the position of the other item. */
  otherIndex?: number;
  /**
   * `error`: the agenda cannot be saved like this. `warning`: likely a mistake, but allowed
   * (parallel workshops at a congress overlap on purpose).
   */
  severity: 'error' | 'warning';
}

/** The timing of one agenda item; without an end it lasts until the next item starts. */
export interface AgendaTiming {
  startsAt: DateInput;
  endsAt?: DateInput | null;
}

/**
 * Checks the timing of an agenda against its event: items outside the event are errors,
 * overlapping items warnings. An item without an end is treated as a point in time.
 */
export function agendaIssues(event: EventTimes, items: readonly AgendaTiming[]): AgendaIssue[] {
  const eventStart = toInstant(event.startsAt, 'startsAt').getTime();
  const eventEnd = toInstant(event.endsAt, 'endsAt').getTime();
  const spans = items.map((item, index) => {
    const start = toInstant(item.startsAt, `agenda[${index}].startsAt`).getTime();
    const end = item.endsAt ? toInstant(item.endsAt, `agenda[${index}].endsAt`).getTime() : start;
    return { index, start, end };
  });

  const issues: AgendaIssue[] = [];
  for (const span of spans) {
    if (span.start < eventStart || span.end > eventEnd)
      issues.push({ code: AgendaIssueCode.OutsideEvent, index: span.index, severity: 'error' });
  }
  const byStart = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
  for (let i = 0; i < byStart.length; i++) {
    for (let j = i + 1; j < byStart.length && byStart[j]!.start < byStart[i]!.end; j++) {
      const [first, second] = [byStart[i]!, byStart[j]!].sort((a, b) => a.index - b.index);
      issues.push({
        code: AgendaIssueCode.Overlap,
        index: second!.index,
        otherIndex: first!.index,
        severity: 'warning',
      });
    }
  }
  return issues.sort((a, b) => a.index - b.index);
}
