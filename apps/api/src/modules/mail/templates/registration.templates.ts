import { registrantName, type Locale } from '@stadtgespraech/domain';
import { cancelCalendar, requestCalendar } from '../../calendar/calendar-files.js';
import { MailTemplate, type RegistrationMailData } from '../mail.types.js';
import { writtenParagraphs, type Block } from './layout.js';
import {
  closing,
  dateLine,
  eventFacts,
  formatMoment,
  greeting,
  quoted,
  registrationFooter,
  tr,
} from './phrases.js';
import {
  type RenderContext,
  type RenderedMail,
  requireFields,
  type TemplateRenderer,
  toRenderedMail,
} from './rendered-mail.js';

/** What one registration mail says; the shared frame adds facts, links and footer. */
interface RegistrationMailSpec {
  subject(title: string, locale: Locale, data: RegistrationMailData): string;
  /** What happened: the first paragraphs after the greeting (and the main call to action). */
  lead(data: RegistrationMailData, locale: Locale): Block[];
  /** After the facts, before the personal link. */
  after?(data: RegistrationMailData, locale: Locale): Block[];
  /** The personal join link belongs in this mail (when the sender gives one). */
  join?: boolean;
}

type RegistrationTemplate = Exclude<
  MailTemplate,
  | 'newsletter-confirm'
  | 'newsletter-dates'
  | 'contact-receipt'
  | 'contact-forward'
  | 'staff-invitation'
  | 'staff-password-reset'
  | 'staff-second-factor-reset'
>;

const text = (value: string): Block => ({ kind: 'text', text: value });

const SPECS: Record<RegistrationTemplate, RegistrationMailSpec> = {
  [MailTemplate.ConfirmAddress]: {
    subject: (title, l) =>
      tr(
        l,
        `Bitte bestätigen Sie Ihre Anmeldung: ${title}`,
        `Please confirm your registration: ${title}`,
      ),
    lead: (d, l) => [
      text(
        tr(
          l,
          `vielen Dank für Ihre Anmeldung zu ${quoted(d.event.title, l)}. Bitte bestätigen Sie Ihre E-Mail-Adresse; erst dann ist Ihre Anmeldung gültig.`,
          `Thank you for registering for ${quoted(d.event.title, l)}. Please confirm your e-mail address; only then is your registration valid.`,
        ),
      ),
      ...(d.links.confirm
        ? [
            {
              kind: 'action' as const,
              label: tr(l, 'Anmeldung bestätigen', 'Confirm registration'),
              url: d.links.confirm,
            },
          ]
        : []),
      ...(d.confirmBy
        ? [
            text(
              tr(
                l,
                `Bitte bestätigen bis ${formatMoment(d.confirmBy, l)}. Danach verfällt die Anmeldung.`,
                `Please confirm by ${formatMoment(d.confirmBy, l)}. After that the registration expires.`,
              ),
            ),
          ]
        : []),
    ],
    after: (_, l) => [
      text(
        tr(
          l,
          'Falls Sie sich nicht angemeldet haben, müssen Sie nichts tun: Ohne Bestätigung wird die Anmeldung gelöscht.',
          'If you did not register, you need not do anything: without confirmation the registration is deleted.',
        ),
      ),
    ],
  },

  [MailTemplate.AlreadyRegistered]: {
    subject: (title, l) => tr(l, `Ihre Anmeldung: ${title}`, `Your registration: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `soeben wurde mit Ihrer E-Mail-Adresse erneut eine Anmeldung zu ${quoted(d.event.title, l)} abgeschickt. Für diese Adresse besteht bereits eine Anmeldung; eine zweite wird nicht angelegt.`,
          `Someone has just registered again with your e-mail address for ${quoted(d.event.title, l)}. There already is a registration for this address; no second one is created.`,
        ),
      ),
      text(
        tr(
          l,
          'Über Ihren persönlichen Link sehen Sie Ihre Anmeldung und können sie ändern oder stornieren. Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
          'Your personal link shows your registration and lets you change or cancel it. If this was not you, you can ignore this e-mail.',
        ),
      ),
    ],
  },

  [MailTemplate.Confirmed]: {
    subject: (title, l) =>
      tr(l, `Anmeldung bestätigt: ${title}`, `Registration confirmed: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `Ihre Anmeldung zu ${quoted(d.event.title, l)} ist bestätigt. Wir freuen uns auf Ihre Teilnahme.`,
          `Your registration for ${quoted(d.event.title, l)} is confirmed. We look forward to seeing you.`,
        ),
      ),
    ],
    join: true,
  },

  [MailTemplate.Waitlisted]: {
    subject: (title, l) => tr(l, `Warteliste: ${title}`, `Waiting list: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `vielen Dank für die Bestätigung Ihrer Adresse. ${quoted(d.event.title, l)} ist zurzeit ausgebucht.`,
          `Thank you for confirming your address. ${quoted(d.event.title, l)} is fully booked at the moment.`,
        ),
      ),
      text(
        d.waitlistPosition
          ? tr(
              l,
              `Sie stehen auf Platz ${d.waitlistPosition} der Warteliste.`,
              `You are number ${d.waitlistPosition} on the waiting list.`,
            )
          : tr(l, 'Sie stehen auf der Warteliste.', 'You are on the waiting list.'),
      ),
      text(
        tr(
          l,
          'Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail.',
          'As soon as a seat becomes free, you move up automatically and receive an e-mail.',
        ),
      ),
    ],
  },

  [MailTemplate.Promoted]: {
    subject: (title, l) =>
      tr(l, `Ein Platz ist frei geworden: ${title}`, `A seat has become free: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `gute Nachricht: Für ${quoted(d.event.title, l)} ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und nun verbindlich angemeldet.`,
          `Good news: a seat has become free for ${quoted(d.event.title, l)}. You have moved up from the waiting list and are now registered.`,
        ),
      ),
    ],
    after: (_, l) => [
      text(
        tr(
          l,
          'Falls Sie nicht mehr teilnehmen können, stornieren Sie bitte über Ihren persönlichen Link, damit der Platz weitergegeben werden kann.',
          'If you can no longer attend, please cancel through your personal link so that the seat can be passed on.',
        ),
      ),
    ],
    join: true,
  },

  [MailTemplate.AwaitingApproval]: {
    subject: (title, l) =>
      tr(l, `Anmeldung eingegangen: ${title}`, `Registration received: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `vielen Dank für die Bestätigung Ihrer Adresse. Die Teilnahme an ${quoted(d.event.title, l)} wird von den Veranstaltenden bestätigt. Sie erhalten eine weitere E-Mail, sobald über Ihre Anmeldung entschieden ist.`,
          `Thank you for confirming your address. The organisers approve participation in ${quoted(d.event.title, l)}. You will receive another e-mail as soon as your registration has been decided.`,
        ),
      ),
    ],
  },

  [MailTemplate.Approved]: {
    subject: (title, l) =>
      tr(l, `Anmeldung angenommen: ${title}`, `Registration approved: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `Ihre Anmeldung zu ${quoted(d.event.title, l)} wurde angenommen. Wir freuen uns auf Ihre Teilnahme.`,
          `Your registration for ${quoted(d.event.title, l)} has been approved. We look forward to seeing you.`,
        ),
      ),
    ],
    join: true,
  },

  [MailTemplate.Rejected]: {
    subject: (title, l) => tr(l, `Ihre Anmeldung: ${title}`, `Your registration: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `vielen Dank für Ihr Interesse an ${quoted(d.event.title, l)}. Leider können wir Ihre Anmeldung nicht berücksichtigen.`,
          `Thank you for your interest in ${quoted(d.event.title, l)}. Unfortunately we cannot accept your registration.`,
        ),
      ),
    ],
  },

  [MailTemplate.ChangedByYou]: {
    subject: (title, l) =>
      tr(l, `Ihre Angaben wurden geändert: ${title}`, `Your details have been changed: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `Ihre Angaben zur Anmeldung für ${quoted(d.event.title, l)} wurden geändert.`,
          `Your registration details for ${quoted(d.event.title, l)} have been changed.`,
        ),
      ),
    ],
    after: (d, l) => [
      text(
        tr(
          l,
          `Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich bitte an ${d.event.contactEmail ?? d.event.organiserName}.`,
          `If you did not make this change, please contact ${d.event.contactEmail ?? d.event.organiserName}.`,
        ),
      ),
    ],
  },

  [MailTemplate.CancelledByYou]: {
    subject: (title, l) =>
      tr(l, `Abmeldung bestätigt: ${title}`, `Cancellation confirmed: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `Ihre Anmeldung zu ${quoted(d.event.title, l)} ist storniert. Schade, dass Sie nicht dabei sein können.`,
          `Your registration for ${quoted(d.event.title, l)} is cancelled. We are sorry you cannot make it.`,
        ),
      ),
    ],
  },

  [MailTemplate.CancelledByOrganiser]: {
    subject: (title, l) =>
      tr(
        l,
        `Ihre Anmeldung wurde storniert: ${title}`,
        `Your registration was cancelled: ${title}`,
      ),
    lead: (d, l) => [
      text(
        tr(
          l,
          `die Veranstaltenden haben Ihre Anmeldung zu ${quoted(d.event.title, l)} storniert. Bei Fragen wenden Sie sich bitte an ${d.event.contactEmail ?? d.event.organiserName}.`,
          `The organisers have cancelled your registration for ${quoted(d.event.title, l)}. If you have questions, please contact ${d.event.contactEmail ?? d.event.organiserName}.`,
        ),
      ),
    ],
  },

  [MailTemplate.EventChanged]: {
    subject: (title, l) => tr(l, `Geänderte Veranstaltung: ${title}`, `Event changed: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `die Veranstaltung ${quoted(d.event.title, l)}, zu der Sie angemeldet sind, hat sich geändert${d.changes?.length ? ':' : '. Die aktuellen Angaben:'}`,
          `The event ${quoted(d.event.title, l)}, which you are registered for, has changed${d.changes?.length ? ':' : '. The current details:'}`,
        ),
      ),
      ...(d.changes?.length ? [{ kind: 'list' as const, items: d.changes }] : []),
    ],
    after: (_, l) => [
      text(
        tr(
          l,
          'Falls Sie unter den neuen Bedingungen nicht teilnehmen können, stornieren Sie bitte über Ihren persönlichen Link.',
          'If you cannot attend under the new conditions, please cancel through your personal link.',
        ),
      ),
    ],
  },

  [MailTemplate.EventCancelled]: {
    subject: (title, l) => tr(l, `Abgesagt: ${title}`, `Cancelled: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `leider müssen wir ${quoted(d.event.title, l)} am ${dateLine(d.event, l)} absagen. Ihre Anmeldung entfällt damit; Sie müssen nichts weiter tun.`,
          `Unfortunately we have to cancel ${quoted(d.event.title, l)} on ${dateLine(d.event, l)}. Your registration lapses; you need not do anything.`,
        ),
      ),
      ...(d.changes?.length ? [{ kind: 'list' as const, items: d.changes }] : []),
      text(tr(l, 'Wir bitten um Ihr Verständnis.', 'We apologise for the inconvenience.')),
    ],
  },

  [MailTemplate.Reminder]: {
    subject: (title, l) => tr(l, `Erinnerung: ${title}`, `Reminder: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `wir erinnern Sie an die Veranstaltung ${quoted(d.event.title, l)}, zu der Sie angemeldet sind.`,
          `This is a reminder of the event ${quoted(d.event.title, l)}, which you are registered for.`,
        ),
      ),
    ],
    after: (_, l) => [
      text(
        tr(
          l,
          'Falls Sie nicht teilnehmen können, stornieren Sie bitte über Ihren persönlichen Link, damit jemand von der Warteliste nachrücken kann.',
          'If you cannot attend, please cancel through your personal link so that someone from the waiting list can take your seat.',
        ),
      ),
    ],
    join: true,
  },

  [MailTemplate.FollowUp]: {
    subject: (title, l) => tr(l, `Dokumentation: ${title}`, `Documentation: ${title}`),
    lead: (d, l) => [
      text(
        tr(
          l,
          `vielen Dank für Ihr Interesse an ${quoted(d.event.title, l)}. Die Dokumentation mit Ergebnissen und Präsentationen ist jetzt online.`,
          `Thank you for your interest in ${quoted(d.event.title, l)}. The documentation with results and presentations is now online.`,
        ),
      ),
      {
        kind: 'action',
        label: tr(l, 'Zur Dokumentation', 'Open the documentation'),
        url: d.documentationUrl ?? d.event.url,
      },
    ],
  },

  [MailTemplate.Mailing]: {
    subject: (title, _, d) => d.message?.subject ?? title,
    lead: (d) => writtenParagraphs(d.message?.body),
    join: true,
  },
};

function joinBlocks(join: string, locale: Locale): Block[] {
  return [
    {
      kind: 'action',
      label: tr(locale, 'Online teilnehmen', 'Join online'),
      url: join,
    },
    text(
      tr(
        locale,
        'Ihr persönlicher Link öffnet den Online-Raum ab kurz vor Beginn. Bitte geben Sie ihn nicht weiter.',
        'Your personal link opens the online room shortly before the start. Please do not share it.',
      ),
    ),
  ];
}

function noteBlocks(note: string, locale: Locale): Block[] {
  return [
    text(tr(locale, 'Nachricht der Veranstaltenden:', 'A note from the organisers:')),
    { kind: 'quote', text: note },
  ];
}

function calendarNote(calendar: 'request' | 'cancel', locale: Locale): Block {
  return text(
    calendar === 'request'
      ? tr(
          locale,
          'Im Anhang finden Sie den Termin für Ihren Kalender (invite.ics).',
          'The attached file (invite.ics) adds the event to your calendar.',
        )
      : tr(
          locale,
          'Im Anhang finden Sie die Absage für Ihren Kalender (invite.ics).',
          'The attached file (invite.ics) removes the event from your calendar.',
        ),
  );
}

function renderRegistrationMail(
  template: RegistrationTemplate,
  data: RegistrationMailData,
  locale: Locale,
  context: RenderContext,
): RenderedMail {
  const spec = SPECS[template];
  const { event, recipient, links } = data;
  const blocks: Block[] = [
    ...spec.lead(data, locale),
    ...(data.note ? noteBlocks(data.note, locale) : []),
    eventFacts(event, locale),
    ...(spec.join && links.join ? joinBlocks(links.join, locale) : []),
    ...(data.calendar ? [calendarNote(data.calendar, locale)] : []),
    ...(spec.after?.(data, locale) ?? []),
    ...(links.manage
      ? [
          {
            kind: 'link' as const,
            label: tr(
              locale,
              'Ihre Anmeldung ansehen, ändern oder stornieren',
              'View, change or cancel your registration',
            ),
            url: links.manage,
          },
        ]
      : []),
  ];
  const invitation = {
    organizerEmail: context.organizerEmail,
    attendee: { email: recipient.email, name: registrantName(recipient) || null },
    manageUrl: links.manage ?? null,
    locale,
  };
  return toRenderedMail(
    {
      locale,
      subject: spec.subject(event.title, locale, data),
      greeting: greeting(recipient, locale),
      blocks,
      closing: closing(event.organiserName, locale),
      footer: registrationFooter(event, locale),
    },
    {
      ...(event.contactEmail ? { replyTo: event.contactEmail } : {}),
      ...(data.calendar === 'request'
        ? {
            calendar: {
              method: 'REQUEST',
              content: requestCalendar(event, invitation, context.now),
            },
          }
        : data.calendar === 'cancel'
          ? {
              calendar: {
                method: 'CANCEL',
                content: cancelCalendar(event, invitation, context.now),
              },
            }
          : {}),
    },
  );
}

/** Renderers of every registration template, from ConfirmAddress to FollowUp. */
export const REGISTRATION_TEMPLATES = Object.fromEntries(
  (Object.keys(SPECS) as RegistrationTemplate[]).map((template) => [
    template,
    ((data, locale, context) =>
      renderRegistrationMail(
        template,
        requireFields<RegistrationMailData>(data, template, [
          'event',
          'recipient',
          'links',
          ...(template === MailTemplate.Mailing ? ['message'] : []),
        ]),
        locale,
        context,
      )) satisfies TemplateRenderer,
  ]),
) as Record<RegistrationTemplate, TemplateRenderer>;
