import type { Locale } from '@stadtgespraech/domain';
import { MailTemplate, type StaffMailData } from '../mail.types.js';
import type { Block } from './layout.js';
import { closing, formatMoment, greeting, PLATFORM_NAME, tr } from './phrases.js';
import { requireFields, type TemplateRenderer, toRenderedMail } from './rendered-mail.js';

// Staff mails name the person as the account does; there is no salutation to choose from.
const hello = (data: StaffMailData, locale: Locale) =>
  greeting({ firstName: data.displayName }, locale);

const footer = (locale: Locale): string[] => [
  tr(
    locale,
    `Diese E-Mail betrifft Ihr Konto in der Verwaltung von ${PLATFORM_NAME}. Wenn Sie damit nichts zu tun haben, können Sie sie ignorieren; Ihr Konto bleibt, wie es ist.`,
    `This e-mail concerns your account in the ${PLATFORM_NAME} back office. If you did not expect it, you can ignore it; your account stays as it is.`,
  ),
];

const validUntil = (data: StaffMailData, locale: Locale): Block => ({
  kind: 'text',
  text: tr(
    locale,
    `Der Link gilt bis ${formatMoment(data.expiresAt!, locale)} und nur einmal.`,
    `The link works until ${formatMoment(data.expiresAt!, locale)}, and only once.`,
  ),
});

const loginLink = (data: StaffMailData, locale: Locale): Block => ({
  kind: 'link',
  label: tr(locale, 'Zur Anmeldung', 'Log in'),
  url: data.loginUrl,
});

const LINK_FIELDS = ['displayName', 'loginUrl', 'link', 'expiresAt'];

const staffInvitation: TemplateRenderer = (raw, locale) => {
  const data = requireFields<StaffMailData>(raw, MailTemplate.StaffInvitation, LINK_FIELDS);
  const by = data.actorName;
  return toRenderedMail({
    locale,
    subject: tr(
      locale,
      `Einladung in die Verwaltung von ${PLATFORM_NAME}`,
      `Invitation to the ${PLATFORM_NAME} back office`,
    ),
    greeting: hello(data, locale),
    blocks: [
      {
        kind: 'text',
        text: tr(
          locale,
          `${by ? `${by} hat Sie` : 'Sie wurden'} in die Verwaltung von ${PLATFORM_NAME} eingeladen. Dort pflegen Sie Veranstaltungen und Anmeldungen. Legen Sie zuerst Ihr Passwort fest:`,
          `${by ? `${by} has invited you` : 'You have been invited'} to the ${PLATFORM_NAME} back office, where events and registrations are managed. First choose your password:`,
        ),
      },
      {
        kind: 'action',
        label: tr(locale, 'Passwort festlegen', 'Choose password'),
        url: data.link!,
      },
      validUntil(data, locale),
      loginLink(data, locale),
    ],
    closing: closing(PLATFORM_NAME, locale),
    footer: footer(locale),
  });
};

const staffPasswordReset: TemplateRenderer = (raw, locale) => {
  const data = requireFields<StaffMailData>(raw, MailTemplate.StaffPasswordReset, LINK_FIELDS);
  return toRenderedMail({
    locale,
    subject: tr(locale, 'Neues Passwort festlegen', 'Choose a new password'),
    greeting: hello(data, locale),
    blocks: [
      {
        kind: 'text',
        text: tr(
          locale,
          'für Ihr Konto wurde ein neues Passwort angefordert. Mit diesem Link legen Sie es fest; danach sind Sie überall abgemeldet und melden sich mit dem neuen Passwort an.',
          'A new password was requested for your account. This link lets you choose it; afterwards you are logged out everywhere and log in with the new password.',
        ),
      },
      {
        kind: 'action',
        label: tr(locale, 'Neues Passwort festlegen', 'Choose a new password'),
        url: data.link!,
      },
      validUntil(data, locale),
      {
        kind: 'text',
        text: tr(
          locale,
          'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail; Ihr bisheriges Passwort gilt weiter.',
          'If you did not ask for a new password, ignore this e-mail; your current password stays valid.',
        ),
      },
    ],
    closing: closing(PLATFORM_NAME, locale),
    footer: footer(locale),
  });
};

const staffSecondFactorReset: TemplateRenderer = (raw, locale) => {
  const data = requireFields<StaffMailData>(raw, MailTemplate.StaffSecondFactorReset, [
    'displayName',
    'loginUrl',
  ]);
  const by = data.actorName ?? tr(locale, 'Die Administration', 'An administrator');
  return toRenderedMail({
    locale,
    subject: tr(locale, 'Ihr zweiter Faktor wurde zurückgesetzt', 'Your second factor was reset'),
    greeting: hello(data, locale),
    blocks: [
      {
        kind: 'text',
        text: tr(
          locale,
          `${by} hat den zweiten Faktor (Authenticator-App und Wiederherstellungscodes) Ihres Kontos zurückgesetzt und Sie überall abgemeldet. Nach der nächsten Anmeldung richten Sie unter „Zweiter Faktor“ einen neuen ein.`,
          `${by} has reset the second factor (authenticator app and recovery codes) of your account and logged you out everywhere. After your next login, set up a new one under “Zweiter Faktor” (second factor).`,
        ),
      },
      loginLink(data, locale),
      {
        kind: 'text',
        text: tr(
          locale,
          'Wenn Sie das nicht veranlasst haben, wenden Sie sich bitte sofort an die Administration.',
          'If you did not ask for this, please contact the administrators at once.',
        ),
      },
    ],
    closing: closing(PLATFORM_NAME, locale),
    footer: footer(locale),
  });
};

export const STAFF_TEMPLATES = {
  [MailTemplate.StaffInvitation]: staffInvitation,
  [MailTemplate.StaffPasswordReset]: staffPasswordReset,
  [MailTemplate.StaffSecondFactorReset]: staffSecondFactorReset,
};
