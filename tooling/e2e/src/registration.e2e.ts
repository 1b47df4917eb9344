import { describe, expect, inject, it } from 'vitest';
import { consentVersion } from './consents.ts';
import { linkIn, mailsTo } from './mail.ts';

const urls = inject('urls');

describe('registration on the running platform', () => {
  it('registers, mails, confirms and forwards the personal join link through the portal', async () => {
    const version = await consentVersion('privacy');
    const email = `e2e.${Date.now()}@kommune.example`;
    // The demo talk that starts within the hour: its join link is already open.
    const registered = await fetch(
      `${urls.portal}/api/v1/events/demo-digitale-buergerdienste-jetzt-live/registrations`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email,
          firstName: 'Eva',
          lastName: 'Ende',
          consents: [{ purpose: 'privacy', granted: true, textVersion: version }],
        }),
      },
    );
    expect(registered.status).toBe(202);

    const [confirmMail] = await mailsTo(email, 1);
    const token = linkIn(confirmMail!, '/anmeldung/bestaetigen/').split('/').pop();
    const confirmed = await fetch(`${urls.api}/api/v1/registrations/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect((await confirmed.json()).status).toBe('confirmed');

    const seatMail = (await mailsTo(email, 2)).find((m) => m.text.includes('/teilnehmen/'))!;
    const joinLink = linkIn(seatMail, '/teilnehmen/');
    expect(joinLink.startsWith(urls.portal)).toBe(true);
    const join = await fetch(joinLink, { redirect: 'manual' });
    expect(join.status).toBe(302);
    expect(join.headers.get('location')).toBe('https://meet.example.org/demo-buergerdienste');
  });

  it('counts rate limits per visitor behind the portal, which forwards their address', async () => {
    // RATE_LIMIT_POSTS per window and client; the portal adds the visitor's address.
    const limit = inject('rateLimitPosts');
    const send = (visitor: string) =>
      fetch(`${urls.portal}/api/v1/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': visitor },
        body: '{}',
      });
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) statuses.push((await send('203.0.113.50')).status);
    expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(400)); // invalid, but counted
    expect(statuses[limit]).toBe(429);
    expect((await send('203.0.113.51')).status).toBe(400);
  });
});
