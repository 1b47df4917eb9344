import { describe, expect, it } from '@jest/globals';
import { parseCalendar } from '../../../../test/ical.js';
import { eventFacts, LINKS, recipient, registrationData } from '../../../../test/mail-fixtures.js';
import {
  type ContactMailData,
  MailTemplate,
  type NewsletterConfirmData,
  type NewsletterDatesData,
  type RegistrationMailData,
  type StaffMailData,
} from '../mail.types.js';
import { renderMail } from './index.js';
import { greeting } from './phrases.js';

const CONTEXT = {
  organizerEmail: 'veranstaltungen@example.org',
  now: new Date('2025-06-01T12:00:00Z'),
};
const HOSTILE = '<script>alert("x")</script> & Co';

const REGISTRATION_TEMPLATES = Object.values(MailTemplate).filter(
  (t) => !t.startsWith('newsletter-') && !t.startsWith('contact-') && !t.startsWith('staff-'),
);
const WITH_JOIN: MailTemplate[] = [
  MailTemplate.Confirmed,
  MailTemplate.Promoted,
  MailTemplate.Approved,
  MailTemplate.Reminder,
  MailTemplate.Mailing,
];

const contact: ContactMailData = {
  name: 'Jana Beispiel',
  email: 'jana.beispiel@example.org',
  organisation: 'Stadt Beispielstadt',
  subject: 'Frage zum Web-Talk',
  message: 'Guten Tag,\ngibt es eine Aufzeichnung? <b>Danke</b>',
};

function dataFor(template: MailTemplate, title = eventFacts().title): Record<string, unknown> {
  const event = eventFacts({ title });
  if (template === MailTemplate.NewsletterConfirm)
    return {
      confirmUrl: LINKS.newsletterConfirm,
      unsubscribeUrl: LINKS.unsubscribe,
      unsubscribePageUrl: LINKS.unsubscribePage,
    } satisfies NewsletterConfirmData;
  if (template === MailTemplate.NewsletterDates)
    return {
      events: [event, eventFacts({ id: 'e2', title: 'Zweiter Termin', url: `${event.url}-2` })],
      unsubscribeUrl: LINKS.unsubscribe,
      unsubscribePageUrl: LINKS.unsubscribePage,
    } satisfies NewsletterDatesData;
  if (template === MailTemplate.ContactReceipt || template === MailTemplate.ContactForward)
    return { ...contact, subject: title };
  if (template.startsWith('staff-'))
    return {
      displayName: title,
      loginUrl: LINKS.staffLogin,
      link: LINKS.staffPassword,
      expiresAt: '2025-06-08T12:00:00.000Z',
      actorName: 'Vera Verwaltung',
    } satisfies StaffMailData;
  return { ...registrationData({ event }) } satisfies RegistrationMailData;
}

const render = (template: MailTemplate, locale: 'de' | 'en', data = dataFor(template)) =>
  renderMail({ template, locale, data }, CONTEXT);

/** Every URL the data carries: the only ones a mail may link to. */
const OUR_LINKS = new Set([...Object.values(LINKS), eventFacts().url, `${eventFacts().url}-2`]);

const cases = Object.values(MailTemplate).flatMap((template) =>
  (['de', 'en'] as const).map((locale) => [template, locale] as const),
);

describe('mail templates', () => {
  it.each(cases)(
    '%s (%s) has a subject, a full text part and an HTML part without gaps',
    (template, locale) => {
      const mail = render(template, locale);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text.length).toBeGreaterThan(150);
      expect(mail.html).toMatch(/^<!DOCTYPE html>/);
      expect(mail.html).toContain(`<html lang="${locale}">`);
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/undefined|null|\[object|NaN/);
      }
    },
  );

  it.each(cases)('%s (%s) escapes values in HTML', (template, locale) => {
    const mail = render(template, locale, dataFor(template, HOSTILE));
    expect(mail.html).not.toContain('<script');
    expect(mail.html).not.toContain('<b>');
    if (template === MailTemplate.NewsletterConfirm) return; // shows no title
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.text).toContain(HOSTILE);
  });

  it.each(cases)('%s (%s) loads nothing remote and links only to our pages', (template, locale) => {
    const { html } = render(template, locale);
    expect(html).not.toMatch(/<img|<link|<script|<iframe|@import|url\(|@font-face|src=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    if (!template.startsWith('contact-')) expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(OUR_LINKS).toContain(href);
  });

  it.each(REGISTRATION_TEMPLATES.flatMap((t) => [[t, 'de'] as const, [t, 'en'] as const]))(
    '%s (%s) shows the event, the organiser, the contact address and the personal link',
    (template, locale) => {
      const mail = render(template, locale);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain(eventFacts().title);
        expect(part).toContain(
          locale === 'de'
            ? '03. Juli 2025 | Online | 10:00-11:00 Uhr'
            : '3 July 2025 | Online | 10:00-11:00',
        );
        expect(part).toContain('Online (Webex)');
        expect(part).toContain('vhw und Kleinstadt Akademie');
        expect(part).toContain('kleinstadt@example.org');
        expect(part).toContain(LINKS.manage);
      }
      expect(mail.replyTo).toBe('kleinstadt@example.org');
    },
  );

  it.each(REGISTRATION_TEMPLATES)('%s carries the join link only where it belongs', (template) => {
    const mail = render(template, 'de');
    const expected = WITH_JOIN.includes(template);
    expect(mail.text.includes(LINKS.join)).toBe(expected);
    expect(mail.html.includes(LINKS.join)).toBe(expected);
  });

  it('asks to confirm the address, with the deadline in Berlin time', () => {
    const de = render(MailTemplate.ConfirmAddress, 'de');
    expect(de.subject).toBe(
      'Bitte bestätigen Sie Ihre Anmeldung: Klimaschutz und Klimaanpassung in Kleinstädten',
    );
    expect(de.text).toContain(`Anmeldung bestätigen:\n${LINKS.confirm}`);
    expect(de.text).toContain('bestätigen bis Montag, der 30. Juni 2025, 17:30 Uhr');
    expect(de.html).toContain(`href="${LINKS.confirm}"`);
    expect(render(MailTemplate.ConfirmAddress, 'en').text).toContain(
      'confirm by Monday, 30 June 2025, 17:30',
    );
  });

  it('names the place on the waiting list', () => {
    expect(render(MailTemplate.Waitlisted, 'de').text).toContain('Platz 3 der Warteliste');
    expect(render(MailTemplate.Waitlisted, 'en').text).toContain('number 3 on the waiting list');
  });

  it('lists what changed', () => {
    const mail = render(MailTemplate.EventChanged, 'de');
    expect(mail.text).toContain('- Neue Uhrzeit: 11:00-12:00 Uhr');
    expect(mail.html).toContain('<li>Neue Uhrzeit: 11:00-12:00 Uhr</li>');
  });

  it("quotes the organisers' note, escaped, only when there is one", () => {
    const data = {
      ...registrationData({ event: eventFacts() }),
      note: `Bitte melden Sie sich ${HOSTILE}`,
    };
    const mail = render(MailTemplate.CancelledByOrganiser, 'de', data);
    expect(mail.subject).toBe(
      'Ihre Anmeldung wurde storniert: Klimaschutz und Klimaanpassung in Kleinstädten',
    );
    expect(mail.text).toContain('Nachricht der Veranstaltenden:');
    expect(mail.text).toContain('Bitte melden Sie sich <script>');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(render(MailTemplate.CancelledByOrganiser, 'de').text).not.toContain(
      'Nachricht der Veranstaltenden',
    );
  });

  it('links the documentation in the follow-up', () => {
    expect(render(MailTemplate.FollowUp, 'de').html).toContain(`href="${LINKS.documentation}"`);
  });

  it("sends staff's mailing with their subject, in paragraphs, escaped", () => {
    const mail = render(MailTemplate.Mailing, 'de');
    expect(mail.subject).toBe('Unterlagen zum Web-Talk');
    expect(mail.text).toContain(
      'Sehr geehrte Frau Dr. Beispiel,\n\ndie Folien finden Sie auf der Seite der Veranstaltung.\n\nBei Fragen melden Sie sich gern.\nIhr Team\n\n',
    );
    expect(mail.html).toContain(
      '<p style="margin:0 0 16px;">Bei Fragen melden Sie sich gern.<br>Ihr Team</p>',
    );
    const hostile = render(MailTemplate.Mailing, 'de', {
      ...registrationData(),
      message: { subject: HOSTILE, body: HOSTILE },
    });
    expect(hostile.subject).toBe(HOSTILE);
    expect(hostile.html).not.toContain('<script>');
    expect(() =>
      render(MailTemplate.Mailing, 'de', { ...registrationData(), message: undefined }),
    ).toThrow('Mail template event-mailing: data lacks message');
  });

  it('neutrally points a repeated registration to the personal link', () => {
    const mail = render(MailTemplate.AlreadyRegistered, 'de');
    expect(mail.text).toContain('bereits eine Anmeldung');
    expect(mail.text).not.toContain(LINKS.confirm);
  });

  it('attaches an invitation or a cancellation for the calendar when asked to', () => {
    const invite = render(MailTemplate.Confirmed, 'de', {
      ...registrationData(),
      calendar: 'request',
    });
    expect(invite.calendar?.method).toBe('REQUEST');
    const parsed = parseCalendar(invite.calendar!.content);
    expect(parsed.events[0]!.attendees.map((a) => a.address)).toEqual([
      `mailto:${recipient().email}`,
    ]);
    expect(invite.text).toContain('invite.ics');

    const cancel = render(MailTemplate.EventCancelled, 'en', {
      ...registrationData(),
      calendar: 'cancel',
    });
    expect(parseCalendar(cancel.calendar!.content).method).toBe('CANCEL');
    expect(render(MailTemplate.Waitlisted, 'de').calendar).toBeUndefined();
  });

  it('offers one-click unsubscribe in newsletter mails only', () => {
    expect(render(MailTemplate.NewsletterConfirm, 'de').unsubscribeUrl).toBe(LINKS.unsubscribe);
    expect(render(MailTemplate.NewsletterDates, 'en').unsubscribeUrl).toBe(LINKS.unsubscribe);
    expect(render(MailTemplate.Confirmed, 'de').unsubscribeUrl).toBeUndefined();
  });

  it('lists every date of the newsletter with its date line and page', () => {
    const mail = render(MailTemplate.NewsletterDates, 'de');
    expect(mail.text).toContain('Zweiter Termin');
    expect(mail.text).toContain('03. Juli 2025 | Online | 10:00-11:00 Uhr');
    expect(mail.html).toContain(`href="${eventFacts().url}-2"`);
  });

  it("puts staff's subject and introduction of a newsletter issue above the dates, escaped", () => {
    const data = {
      ...dataFor(MailTemplate.NewsletterDates),
      subject: 'Neue Termine im Dezember',
      intro: 'Liebe Kolleginnen,\n\nbitte <b>vormerken</b>.',
    };
    const mail = render(MailTemplate.NewsletterDates, 'de', data);
    expect(mail.subject).toBe('Neue Termine im Dezember');
    expect(mail.text).toMatch(
      /^Guten Tag,\n\nLiebe Kolleginnen,\n\nbitte <b>vormerken<\/b>\.\n\nDie Termine, die zu Ihrer Auswahl passen:/,
    );
    expect(mail.html).toContain('bitte &lt;b&gt;vormerken&lt;/b&gt;.');
  });

  it('forwards contact requests with the sender as reply address and keeps line breaks', () => {
    const mail = render(MailTemplate.ContactForward, 'de');
    expect(mail.replyTo).toBe(contact.email);
    expect(mail.text).toContain('> gibt es eine Aufzeichnung?');
    expect(mail.html).toContain(
      'Guten Tag,<br>gibt es eine Aufzeichnung? &lt;b&gt;Danke&lt;/b&gt;',
    );
    expect(render(MailTemplate.ContactReceipt, 'de').text).toMatch(/^Guten Tag Jana Beispiel,/);
  });

  it('invites staff with the link to choose a password, its expiry in Berlin time and the login', () => {
    const de = render(MailTemplate.StaffInvitation, 'de');
    expect(de.text).toContain(
      'Vera Verwaltung hat Sie in die Verwaltung von Stadtgespräch eingeladen',
    );
    expect(de.text).toContain(LINKS.staffPassword);
    expect(de.text).toContain(
      'Der Link gilt bis Sonntag, der 8. Juni 2025, 14:00 Uhr und nur einmal.',
    );
    expect(de.html).toContain(`href="${LINKS.staffLogin}"`);
    const reset = render(MailTemplate.StaffPasswordReset, 'de');
    expect(reset.text).toContain(LINKS.staffPassword);
    expect(reset.text).toContain('ignorieren Sie diese E-Mail');
  });

  it('tells staff who reset their second factor, without a link to set a password', () => {
    const mail = render(MailTemplate.StaffSecondFactorReset, 'de');
    expect(mail.text).toContain('Vera Verwaltung hat den zweiten Faktor');
    expect(mail.text).not.toContain(LINKS.staffPassword);
  });

  it('refuses data that lacks what the template needs, naming it', () => {
    expect(() => render(MailTemplate.Confirmed, 'de', { recipient: recipient() })).toThrow(
      'data lacks event, links',
    );
  });

  it.each([
    [{ salutation: 'frau', academicTitle: 'Dr.' }, 'de', 'Sehr geehrte Frau Dr. Beispiel,'],
    [
      { salutation: 'herr', academicTitle: null, lastName: 'Muster' },
      'de',
      'Sehr geehrter Herr Muster,',
    ],
    [{ salutation: null, academicTitle: null }, 'de', 'Guten Tag Jana Beispiel,'],
    [
      { salutation: 'none', academicTitle: 'Prof. Dr.' },
      'de',
      'Guten Tag Prof. Dr. Jana Beispiel,',
    ],
    [{ salutation: 'frau', lastName: null, firstName: null }, 'de', 'Guten Tag,'],
    [{ salutation: 'frau', academicTitle: null }, 'en', 'Dear Ms Beispiel,'],
    [{ salutation: 'herr', academicTitle: 'Dr.' }, 'en', 'Dear Dr Beispiel,'],
    [{ salutation: null, academicTitle: null }, 'en', 'Dear Jana Beispiel,'],
  ] as const)('greets %j in %s as "%s"', (overrides, locale, expected) => {
    expect(greeting(recipient(overrides), locale)).toBe(expected);
  });
});
