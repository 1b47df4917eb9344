import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { ChangeContactRequestStatusDto } from './change-contact-request-status.dto.js';
import { CreateContactRequestDto } from './contact-request.dto.js';
import { CreateNewsletterSubscriptionDto } from './newsletter-subscription.dto.js';

const consent = { granted: true, textVersion: '2026-11-21' };

describe('CreateNewsletterSubscriptionDto', () => {
  it('accepts an address with series and topics', async () => {
    expect(
      await issues(CreateNewsletterSubscriptionDto, {
        email: 'a@b.de',
        series: ['kleinstadt-web-talks'],
        topics: [],
        consent,
      }),
    ).toEqual([]);
  });

  it.each([
    ['a bad address', { email: 'nope', consent }, 'email', 'isEmail'],
    [
      'a consent not granted',
      { email: 'a@b.de', consent: { granted: false, textVersion: 'x' } },
      'consent.granted',
      'equals',
    ],
    [
      'a series that is no slug',
      { email: 'a@b.de', series: ['Web Talks'], consent },
      'series',
      'matches',
    ],
  ])('refuses %s', async (_name, input, path, constraint) => {
    expect(await issues(CreateNewsletterSubscriptionDto, input)).toEqual(failing(path, constraint));
  });
});

describe('CreateContactRequestDto', () => {
  const valid = {
    name: 'Jana Beispiel',
    email: 'jana@example.org',
    subject: 'Frage',
    message: 'Wann ist der nächste Web-Talk?',
    consent,
  };

  it('accepts a message with an optional recipient', async () => {
    expect(await issues(CreateContactRequestDto, { ...valid, recipient: 'vhw' })).toEqual([]);
  });

  it.each([
    ['an empty message', { ...valid, message: '   ' }, 'message'],
    ['a message over 5,000 characters', { ...valid, message: 'x'.repeat(5_001) }, 'message'],
    ['no consent', { ...valid, consent: undefined }, 'consent'],
  ])('refuses %s', async (_name, input, path) => {
    expect((await issues(CreateContactRequestDto, input)).map((i) => i.path)).toContain(path);
  });
});

describe('ChangeContactRequestStatusDto', () => {
  it('accepts the three statuses of the inbox and nothing else', async () => {
    for (const status of ['new', 'answered', 'closed'])
      await expect(issues(ChangeContactRequestStatusDto, { status })).resolves.toEqual([]);
    await expect(issues(ChangeContactRequestStatusDto, { status: 'deleted' })).resolves.toEqual(
      failing('status', 'isIn'),
    );
  });
});
