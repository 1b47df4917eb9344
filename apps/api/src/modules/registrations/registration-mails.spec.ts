import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../config/app-config.js';
import { EventEntity } from '../events/event.entity.js';
import { MailTemplate, type RegistrationMailData } from '../mail/mail.types.js';
import type { OutboxService } from '../mail/outbox.service.js';
import { RegistrationLinks } from './registration-links.js';
import { RegistrationMails } from './registration-mails.js';
import { RegistrationEntity } from './registration.entity.js';

const config = loadConfig({
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  PORTAL_URL: 'https://portal.example',
});
// Building a job touches neither the outbox nor the database.
const mails = new RegistrationMails(
  null as unknown as OutboxService,
  new RegistrationLinks(config),
  config,
);

const event = (format: string) =>
  Object.assign(new EventEntity(), {
    id: '7d0c6a44-1d8f-4b5e-9c1b-2f7a0c8e9d10',
    slug: 'web-talk',
    title: 'Web-Talk',
    subtitle: null,
    summary: null,
    startsAt: new Date('2025-07-03T08:00:00Z'),
    endsAt: new Date('2025-07-03T09:00:00Z'),
    format,
    status: 'published',
    venue: null,
    onlinePlatform: format === 'in_person' ? null : 'Webex',
    calendarSequence: 0,
    organisers: [],
    series: null,
  });

const registration = Object.assign(new RegistrationEntity(), {
  id: '0b8f1c52-3f1e-4d7a-8e62-5c0d9a1b2c3d',
  email: 'jana.beispiel@example.org',
  firstName: 'Jana',
  lastName: 'Beispiel',
  salutation: null,
  academicTitle: null,
  locale: 'en',
});

const job = (format: string, extra = {}) =>
  mails.job(MailTemplate.Reminder, registration, event(format), 'before-60', {
    withJoinLink: true,
    ...extra,
  });
const data = (format: string, extra = {}) =>
  job(format, extra).data as unknown as RegistrationMailData;

describe('RegistrationMails.job', () => {
  it('keys the mail by registration, template and occasion, in the registrant language', () => {
    expect(job('online')).toMatchObject({
      sendKey: `registration:${registration.id}:event-reminder:before-60`,
      to: registration.email,
      locale: 'en',
      registrationId: registration.id,
    });
    expect(data('online').links.manage).toMatch(/^https:\/\/portal\.example\/en\//);
  });

  it('gives the join link for online and hybrid events, never for one on site only', () => {
    expect(data('online').links.join).toMatch(/^https:\/\/portal\.example\/en\/join\//);
    expect(data('hybrid').links.join).toContain('/join/');
    expect(data('in_person').links.join).toBeUndefined();
  });

  it('writes in the language asked for when it is not the registrant one', () => {
    expect(job('online', { locale: 'de' }).locale).toBe('de');
    expect(data('online', { locale: 'de' }).event.url).toBe(
      'https://portal.example/veranstaltungen/web-talk',
    );
  });
});
