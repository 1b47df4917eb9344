import type { Locale } from '@stadtgespraech/domain';
import { tr } from '../mail/templates/phrases.js';
import type { EventEntity } from '../events/event.entity.js';

/** The facts of an event registrants rely on: changing one tells them and updates their calendars. */
export type MaterialFact = 'time' | 'format' | 'venue' | 'platform';

type Facts = Pick<EventEntity, 'startsAt' | 'endsAt' | 'format' | 'venue' | 'onlinePlatform'>;

/** Which material facts differ between two states of an event. */
export function materialChanges(before: Facts, after: Facts): MaterialFact[] {
  const changes: MaterialFact[] = [];
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  )
    changes.push('time');
  if (before.format !== after.format) changes.push('format');
  if (JSON.stringify(before.venue ?? null) !== JSON.stringify(after.venue ?? null))
    changes.push('venue');
  if ((before.onlinePlatform ?? null) !== (after.onlinePlatform ?? null)) changes.push('platform');
  return changes;
}

/** The changes as the short phrases of the "event changed" mail, in the registrant's language. */
export function changePhrases(changes: MaterialFact[], locale: Locale): string[] {
  const phrases: Record<MaterialFact, string> = {
    time: tr(locale, 'Datum oder Uhrzeit', 'Date or time'),
    format: tr(
      locale,
      'Art der Durchführung (online / vor Ort)',
      'How it takes place (online / on site)',
    ),
    venue: tr(locale, 'Veranstaltungsort', 'Venue'),
    platform: tr(locale, 'Online-Plattform', 'Online platform'),
  };
  return changes.map((change) => phrases[change]);
}
