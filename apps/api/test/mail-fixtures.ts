// Sample mail data shared by the mail and calendar specs.
import type {
  MailEventFacts,
  MailRecipient,
  RegistrationMailData,
} from '../src/modules/mail/mail.types.js';

export const PORTAL = 'https://portal.example.org';

export function eventFacts(overrides: Partial<MailEventFacts> = {}): MailEventFacts {
  return {
    id: '0b9f6f3e-4a57-4c43-9d0e-0c7f2c1d5a11',
    slug: 'klimaschutz-in-kleinstaedten',
    title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
    subtitle: 'Kleinstadt Web-Talk',
    summary: 'Wie kleine Städte große Aufgaben angehen.',
    // 10:00-11:00 in Berlin (CEST)
    startsAt: '2025-07-03T08:00:00.000Z',
    endsAt: '2025-07-03T09:00:00.000Z',
    format: 'online',
    status: 'published',
    venue: null,
    onlinePlatform: 'Webex',
    url: `${PORTAL}/veranstaltungen/klimaschutz-in-kleinstaedten`,
    calendarSequence: 2,
    organiserName: 'vhw und Kleinstadt Akademie',
    contactEmail: 'kleinstadt@example.org',
    ...overrides,
  };
}

export function recipient(overrides: Partial<MailRecipient> = {}): MailRecipient {
  return {
    email: 'jana.beispiel@example.org',
    firstName: 'Jana',
    lastName: 'Beispiel',
    salutation: 'frau',
    academicTitle: 'Dr.',
    ...overrides,
  };
}

export const LINKS = {
  confirm: `${PORTAL}/anmeldung/bestaetigen/confirm-token`,
  manage: `${PORTAL}/anmeldung/manage-token`,
  join: `${PORTAL}/api/v1/join/join-token`,
  documentation: `${PORTAL}/veranstaltungen/klimaschutz-in-kleinstaedten#dokumentation`,
  unsubscribe: `${PORTAL}/api/v1/newsletter/unsubscribe/unsubscribe-token`,
  unsubscribePage: `${PORTAL}/newsletter/abmelden/unsubscribe-token`,
  newsletterConfirm: `${PORTAL}/newsletter/bestaetigen/newsletter-token`,
  staffLogin: 'https://verwaltung.example.org/anmelden',
  staffPassword: 'https://verwaltung.example.org/passwort-setzen#link-token',
};

/** Registration mail data with every optional part filled in. */
export function registrationData(
  overrides: Partial<RegistrationMailData> = {},
): RegistrationMailData {
  return {
    event: eventFacts(),
    recipient: recipient(),
    links: { confirm: LINKS.confirm, manage: LINKS.manage, join: LINKS.join },
    confirmBy: '2025-06-30T15:30:00.000Z',
    waitlistPosition: 3,
    changes: ['Neue Uhrzeit: 11:00-12:00 Uhr'],
    documentationUrl: LINKS.documentation,
    message: {
      subject: 'Unterlagen zum Web-Talk',
      body: 'die Folien finden Sie auf der Seite der Veranstaltung.\n\nBei Fragen melden Sie sich gern.\nIhr Team',
    },
    ...overrides,
  };
}
