import type { Locale } from '@stadtgespraech/domain';
import { locationText } from '../../calendar/calendar-files.js';
import {
  MailTemplate,
  type NewsletterConfirmData,
  type NewsletterDatesData,
} from '../mail.types.js';
import { writtenParagraphs, type Block } from './layout.js';
import { closing, dateLine, greeting, PLATFORM_NAME, tr } from './phrases.js';
import { requireFields, type TemplateRenderer, toRenderedMail } from './rendered-mail.js';

const footer = (locale: Locale): string[] => [
  tr(
    locale,
    `${PLATFORM_NAME} – Veranstaltungen für Kleinstädte`,
    `${PLATFORM_NAME} – events for small towns`,
  ),
  tr(
    locale,
    'Sie erhalten diese E-Mail, weil die Benachrichtigung über neue Termine für diese Adresse bestellt wurde. Ein Klick auf „Abbestellen“ löscht Ihre Adresse sofort.',
    'You receive this e-mail because notifications of new dates were requested for this address. Clicking “Unsubscribe” deletes your address at once.',
  ),
];

const unsubscribe = (url: string, locale: Locale): Block => ({
  kind: 'link',
  label: tr(locale, 'Abbestellen', 'Unsubscribe'),
  url,
});

const newsletterConfirm: TemplateRenderer = (raw, locale) => {
  const data = requireFields<NewsletterConfirmData>(raw, MailTemplate.NewsletterConfirm, [
    'confirmUrl',
    'unsubscribeUrl',
    'unsubscribePageUrl',
  ]);
  return toRenderedMail(
    {
      locale,
      subject: tr(
        locale,
        'Bitte bestätigen Sie Ihr Abonnement der neuen Termine',
        'Please confirm your subscription to new dates',
      ),
      greeting: greeting(null, locale),
      blocks: [
        {
          kind: 'text',
          text: tr(
            locale,
            'Sie möchten über neue Termine informiert werden. Bitte bestätigen Sie Ihre E-Mail-Adresse; erst dann schicken wir Ihnen Termine.',
            'You would like to hear about new dates. Please confirm your e-mail address; only then will we send you dates.',
          ),
        },
        {
          kind: 'action',
          label: tr(locale, 'Abonnement bestätigen', 'Confirm subscription'),
          url: data.confirmUrl,
        },
        {
          kind: 'text',
          text: tr(
            locale,
            'Falls Sie das nicht waren, müssen Sie nichts tun: Ohne Bestätigung wird Ihre Adresse nach einigen Tagen gelöscht.',
            'If this was not you, you need not do anything: without confirmation your address is deleted after a few days.',
          ),
        },
        unsubscribe(data.unsubscribePageUrl, locale),
      ],
      closing: closing(PLATFORM_NAME, locale),
      footer: footer(locale),
    },
    { unsubscribeUrl: data.unsubscribeUrl },
  );
};

const newsletterDates: TemplateRenderer = (raw, locale) => {
  const data = requireFields<NewsletterDatesData>(raw, MailTemplate.NewsletterDates, [
    'events',
    'unsubscribeUrl',
    'unsubscribePageUrl',
  ]);
  return toRenderedMail(
    {
      locale,
      subject:
        data.subject ??
        tr(locale, `Neue Termine im ${PLATFORM_NAME}`, `New dates at ${PLATFORM_NAME}`),
      greeting: greeting(null, locale),
      blocks: [
        ...writtenParagraphs(data.intro),
        {
          kind: 'text',
          text: data.intro
            ? tr(
                locale,
                'Die Termine, die zu Ihrer Auswahl passen:',
                'The dates matching your choice:',
              )
            : tr(
                locale,
                'hier sind die nächsten Termine, die zu Ihrer Auswahl passen:',
                'Here are the next dates matching your choice:',
              ),
        },
        {
          kind: 'events',
          items: data.events.map((event) => ({
            title: event.title,
            lines: [
              dateLine(event, locale),
              ...[event.subtitle, locationText(event)].filter((line): line is string =>
                Boolean(line),
              ),
            ],
            url: event.url,
          })),
        },
        unsubscribe(data.unsubscribePageUrl, locale),
      ],
      closing: closing(PLATFORM_NAME, locale),
      footer: footer(locale),
    },
    { unsubscribeUrl: data.unsubscribeUrl },
  );
};

export const NEWSLETTER_TEMPLATES = {
  [MailTemplate.NewsletterConfirm]: newsletterConfirm,
  [MailTemplate.NewsletterDates]: newsletterDates,
};
