import type { DateInput } from '../common/types.js';

/** Internal: a `DateInput` as a valid `Date`; throws on garbage rather than computing with NaN. */
export function toInstant(input: DateInput, name = 'date'): Date {
  const date = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} is not a valid date: ${String(input)}`);
  }
  return date;
}
