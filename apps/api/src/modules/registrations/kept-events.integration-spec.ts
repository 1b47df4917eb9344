import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { linkIn, SmtpSink, tokenOf } from '../../../test/smtp-sink.js';
import { createSeededApp } from '../../../test/test-app.js';
import { waitFor } from '../../../test/wait.js';

let counter = 0;
const uniqueEmail = () => `behalten.${Date.now()}.${counter++}@kommune.example`;

// With the public content kept (PUBLIC_CACHE_SECONDS > 0), registering and confirming read the
// event from memory until content changes; the seat decision reads it fresh under the lock.
describe('events kept for registering and confirming', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let consentVersion: string;
  const smtp = new SmtpSink();

  const post = async (url: string, payload: unknown) => {
    const response = await app.inject({ method: 'POST', url, payload: payload as never });
    return { status: response.statusCode, body: response.json() };
  };

  /** Registers; answers the confirmation mail. */
  async function register(slug: string, email = uniqueEmail()) {
    const response = await post(`/api/v1/events/${slug}/registrations`, {
      email,
      firstName: 'Jana',
      lastName: 'Beispiel',
      consents: [{ purpose: 'privacy', granted: true, textVersion: consentVersion }],
    });
    expect(response.status).toBe(202);
    const [mail] = await smtp.waitFor(email, 1, (m) =>
      (m.text ?? '').includes('/anmeldung/bestaetigen/'),
    );
    return mail!;
  }

  const confirm = async (mail: Awaited<ReturnType<typeof register>>) =>
    post('/api/v1/registrations/confirm', {
      token: tokenOf(linkIn(mail, '/anmeldung/bestaetigen/')),
    });

  /** A change that raises no content change notification, as if it had not reached this process. */
  const unannounced = (sql: string, values: unknown[]) =>
    dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query(sql, values);
    });

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      PUBLIC_CACHE_SECONDS: '60',
      RATE_LIMIT_POSTS: '100000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    // Content is kept once the listener is connected: public answers then announce a miss.
    await waitFor(
      async () =>
        (await app.inject({ method: 'GET', url: '/api/v1/topics' })).headers['x-cache'] === 'miss',
      { what: 'the content change listener' },
    );
    const texts = await app.inject({ method: 'GET', url: '/api/v1/consent-texts?locale=de' });
    consentVersion = texts
      .json()
      .items.find((t: { purpose: string }) => t.purpose === 'privacy').version;
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('reads an event once, and again after every change to it', async () => {
    const event = await createEvent(dataSource, { capacity: 10 });
    expect((await register(event.slug)).text).toContain(event.title);

    await unannounced('UPDATE event SET title = $2 WHERE id = $1', [event.id, 'Stiller Titel']);
    const kept = await register(event.slug);
    expect(kept.text).toContain(event.title);
    expect(kept.text).not.toContain('Stiller Titel');

    await dataSource.query('UPDATE event SET title = $2 WHERE id = $1', [event.id, 'Neuer Titel']);
    await waitFor(async () => (await register(event.slug)).text?.includes('Neuer Titel'), {
      what: 'the changed title in the next mail',
    });
  });

  it('decides about seats on the seats and status of now, not on what was kept', async () => {
    const event = await createEvent(dataSource, { capacity: 1, waitlistEnabled: true });
    const first = await register(event.slug);
    const second = await register(event.slug);
    const third = await register(event.slug);

    // The first confirmation keeps the event with its one seat.
    expect((await confirm(first)).body.status).toBe('confirmed');
    await unannounced('UPDATE event SET capacity = 2 WHERE id = $1', [event.id]);
    expect((await confirm(second)).body.status).toBe('confirmed');

    await unannounced(`UPDATE event SET status = 'cancelled' WHERE id = $1`, [event.id]);
    const refused = await confirm(third);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REGISTRATION.EVENT_CANCELLED');
  });
});
