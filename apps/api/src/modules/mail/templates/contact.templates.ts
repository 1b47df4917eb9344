import type { Locale } from '@stadtgespraech/domain';
import { type ContactMailData, MailTemplate } from '../mail.types.js';
import type { Block } from './layout.js';
import { closing, greeting, PLATFORM_NAME, tr } from './phrases.js';
import { requireFields, type TemplateRenderer, toRenderedMail } from './rendered-mail.js';

const FIELDS = ['name', 'email', 'subject', 'message'];

function details(data: ContactMailData, locale: Locale): Block[] {
  return [
    {
      kind: 'facts',
      rows: [
        { label: tr(locale, 'Name', 'Name'), value: data.name },
        { label: tr(locale, 'E-Mail', 'E-mail'), value: data.email },
        ...(data.organisation
          ? [{ label: tr(locale, 'Organisation', 'Organisation'), value: data.organisation }]
          : []),
        { label: tr(locale, 'Betreff', 'Subject'), value: data.subject },
      ],
    },
    { kind: 'quote', text: data.message },
  ];
}

const contactReceipt: TemplateRenderer = (raw, locale) => {
  const data = requireFields<ContactMailData>(raw, MailTemplate.ContactReceipt, FIELDS);
  return toRenderedMail({
    locale,
    subject: tr(locale, `Ihre Nachricht: ${data.subject}`, `Your message: ${data.subject}`),
    greeting: greeting({ firstName: data.name }, locale),
    blocks: [
      {
        kind: 'text',
        text: tr(
          locale,
          'vielen Dank für Ihre Nachricht. Wir haben sie an die zuständigen Ansprechpersonen weitergeleitet und melden uns so bald wie möglich. Zur Kontrolle Ihre Angaben:',
          'Thank you for your message. We have passed it on to the people in charge and will get back to you as soon as possible. For your records:',
        ),
      },
      ...details(data, locale),
    ],
    closing: closing(PLATFORM_NAME, locale),
    footer: [
      tr(
        locale,
        'Sie erhalten diese E-Mail, weil mit Ihrer Adresse das Kontaktformular abgeschickt wurde.',
        'You receive this e-mail because the contact form was sent with your address.',
      ),
    ],
  });
};

const contactForward: TemplateRenderer = (raw, locale) => {
  const data = requireFields<ContactMailData>(raw, MailTemplate.ContactForward, FIELDS);
  return toRenderedMail(
    {
      locale,
      subject: tr(locale, `Kontaktanfrage: ${data.subject}`, `Contact request: ${data.subject}`),
      greeting: greeting(null, locale),
      blocks: [
        {
          kind: 'text',
          text: tr(
            locale,
            `über das Kontaktformular ist eine Nachricht eingegangen. Antworten Sie einfach auf diese E-Mail; die Antwort geht an ${data.name} <${data.email}>.`,
            `A message has arrived through the contact form. Just reply to this e-mail; the answer goes to ${data.name} <${data.email}>.`,
          ),
        },
        ...details(data, locale),
      ],
      closing: closing(PLATFORM_NAME, locale),
      footer: [
        tr(
          locale,
          `Weitergeleitet vom Kontaktformular des ${PLATFORM_NAME}.`,
          `Forwarded from the contact form of ${PLATFORM_NAME}.`,
        ),
      ],
    },
    { replyTo: data.email },
  );
};

export const CONTACT_TEMPLATES = {
  [MailTemplate.ContactReceipt]: contactReceipt,
  [MailTemplate.ContactForward]: contactForward,
};
