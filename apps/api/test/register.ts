import { expect } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { linkIn, type SmtpSink, tokenOf } from './smtp-sink.js';

/**
 * Registers `email` for the event `slug` through the public API and confirms the address with
 * the link of the mail that arrives; returns the confirmation's answer.
 */
export async function registerAndConfirm(
  app: NestFastifyApplication,
  smtp: SmtpSink,
  registration: { slug: string; email: string; consentVersion: string },
): Promise<{ status: string } & Record<string, unknown>> {
  const registered = await app.inject({
    method: 'POST',
    url: `/api/v1/events/${registration.slug}/registrations`,
    payload: {
      email: registration.email,
      firstName: 'Jana',
      lastName: 'Beispiel',
      consents: [{ purpose: 'privacy', granted: true, textVersion: registration.consentVersion }],
    },
  });
  expect(registered.statusCode).toBe(202);
  const [mail] = await smtp.waitFor(registration.email);
  const confirmed = await app.inject({
    method: 'POST',
    url: '/api/v1/registrations/confirm',
    payload: { token: tokenOf(linkIn(mail!, '/anmeldung/bestaetigen/')) },
  });
  expect(confirmed.statusCode).toBe(200);
  return confirmed.json();
}
