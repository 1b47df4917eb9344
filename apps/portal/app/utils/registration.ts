import type { Locale } from '@stadtgespraech/domain/common';
import { formatDeadline } from '@stadtgespraech/domain/rules';
import type { EventDetail } from '@stadtgespraech/api-client';

/** What the registration box of an event page says, in order. */
export type RegistrationNotice =
  | { kind: 'none' }
  | { kind: 'external-link'; url: string }
  | { kind: 'free' }
  | { kind: 'deadline'; date: string }
  | { kind: 'deadline-passed' }
  | { kind: 'opens'; date: string }
  | { kind: 'form-soon' }
  | { kind: 'running' }
  | { kind: 'past' };

/**
 * The registration box of an event, or null when the page shows none (cancelled events and
 * teasers). The registration form itself comes later; the join link is never shown here.
 */
export function registrationNotices(
  event: Pick<EventDetail, 'status' | 'isTeaser' | 'phase' | 'registration'>,
  now: Date,
  locale: Locale = 'de',
): RegistrationNotice[] | null {
  if (event.status === 'cancelled' || event.isTeaser) return null;
  const { registration, phase } = event;
  switch (registration.mode) {
    case 'none':
      return phase === 'past' ? [{ kind: 'past' }] : [{ kind: 'none' }];
    case 'external':
      if (phase === 'past') return [{ kind: 'past' }];
      return registration.externalUrl
        ? [{ kind: 'external-link', url: registration.externalUrl }]
        : [{ kind: 'form-soon' }];
    case 'internal': {
      const notices: RegistrationNotice[] = [{ kind: 'free' }];
      const deadline = registration.deadline ? new Date(registration.deadline) : null;
      const opensAt = registration.opensAt ? new Date(registration.opensAt) : null;
      if (deadline) notices.push({ kind: 'deadline', date: formatDeadline(deadline, locale) });
      if (phase === 'past') notices.push({ kind: 'past' });
      else if (phase === 'running') notices.push({ kind: 'running' });
      else if (deadline && deadline.getTime() <= now.getTime()) {
        notices.push({ kind: 'deadline-passed' });
      } else if (opensAt && opensAt.getTime() > now.getTime()) {
        notices.push({ kind: 'opens', date: formatDeadline(opensAt, locale) });
      } else notices.push({ kind: 'form-soon' });
      return notices;
    }
  }
}
