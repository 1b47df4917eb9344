import type {
  StaffRegistration,
  StaffRegistrationPage,
  StaffRegistrationRow,
} from '@stadtgespraech/api-client';
import { STAFF_EVENT } from './staffEvent';

/** A row of the registration table; `changes` make the others. */
export function registrationRow(changes: Partial<StaffRegistrationRow> = {}): StaffRegistrationRow {
  return {
    id: '3c1e7a52-0b5d-4b8e-9f41-5a0d6c2e7b01',
    status: 'confirmed',
    source: 'portal',
    email: 'jana.beispiel@gudensberg.example',
    academicTitle: null,
    firstName: 'Jana',
    lastName: 'Beispiel',
    organisation: 'Stadt Gudensberg',
    organisationType: 'municipality',
    function: 'Stadtplanung',
    bundesland: 'DE-HE',
    questionForSpeakers: null,
    answers: { workshop: 'Klima' },
    waitlistPosition: null,
    createdAt: '2026-11-20T09:30:00.000Z',
    attendedAt: null,
    ...changes,
  };
}

export function registrationPage(
  items: StaffRegistrationRow[],
  changes: Partial<StaffRegistrationPage> = {},
): StaffRegistrationPage {
  return {
    items,
    nextCursor: null,
    total: items.length,
    counts: {
      pendingConfirmation: 0,
      confirmed: items.filter((r) => r.status === 'confirmed').length,
      waitlisted: items.filter((r) => r.status === 'waitlisted').length,
      awaitingApproval: 0,
      cancelled: 0,
      rejected: 0,
      attended: items.filter((r) => r.attendedAt).length,
    },
    ...changes,
  };
}

/** One registration as the detail page loads it. */
export function staffRegistration(changes: Partial<StaffRegistration> = {}): StaffRegistration {
  return {
    ...registrationRow(),
    salutation: null,
    locale: 'de',
    version: 3,
    consents: [
      {
        purpose: 'privacy',
        granted: true,
        text: 'Ich habe die Datenschutzhinweise gelesen.',
        textVersion: '2026-01',
        recordedAt: '2026-11-20T09:30:00.000Z',
      },
    ],
    queuedAt: '2026-11-20T09:35:00.000Z',
    cancelledAt: null,
    allowedStatuses: ['waitlisted', 'cancelled'],
    editable: true,
    mails: [
      { template: 'confirm-address', state: 'sent', at: '2026-11-20T09:30:05.000Z' },
      { template: 'registration-confirmed', state: 'queued', at: '2026-11-20T09:35:00.000Z' },
    ],
    history: [],
    event: {
      id: STAFF_EVENT.id,
      title: STAFF_EVENT.title,
      startsAt: STAFF_EVENT.startsAt,
      questions: STAFF_EVENT.registration.questions,
    },
    ...changes,
  };
}
