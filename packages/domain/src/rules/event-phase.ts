import type { DateInput } from '../common/types.js';
import { EventPhase } from '../events/event.js';
import { toInstant } from './instant.js';

/** Start and end of an event, as stored or as `Date`s. */
export interface EventTimes {
  startsAt: DateInput;
  endsAt: DateInput;
}

/**
 * Where an event stands at `now`: upcoming before its start, running from its start until its end,
 * past from its end on (the end instant itself is already past).
 */
export function eventPhase(event: EventTimes, now: Date): EventPhase {
  const t = now.getTime();
  if (t < toInstant(event.startsAt, 'startsAt').getTime()) return EventPhase.Upcoming;
  if (t < toInstant(event.endsAt, 'endsAt').getTime()) return EventPhase.Running;
  return EventPhase.Past;
}
