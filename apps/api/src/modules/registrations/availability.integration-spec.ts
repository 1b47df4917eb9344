import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { createSeededApp } from '../../../test/test-app.js';
import { RegistrationEntity } from './registration.entity.js';

describe('GET /api/v1/events/{slug}/availability', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;

  const availability = async (slug: string) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/events/${slug}/availability`,
    });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  /** Seats taken directly in the database: the endpoint only counts them. */
  async function takeSeats(eventId: string, count: number) {
    const repository = dataSource.getRepository(RegistrationEntity);
    for (let i = 0; i < count; i++) {
      const email = `platz.${randomUUID()}@kommune.example`;
      await repository.save(
        repository.create({
          eventId,
          status: 'confirmed',
          email,
          emailNormalized: email,
          salutation: null,
          academicTitle: null,
          firstName: 'Test',
          lastName: 'Platz',
          organisation: null,
          organisationType: null,
          function: null,
          bundesland: null,
          questionForSpeakers: null,
          answers: {},
          locale: 'de',
          confirmationTokenHash: null,
          confirmationExpiresAt: null,
          manageTokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'),
          joinTokenHash: randomUUID().replace(/-/g, '').padEnd(64, '1'),
          queuedAt: new Date(),
          cancelledAt: null,
          attendedAt: null,
        }),
      );
    }
  }

  beforeAll(async () => {
    app = await createSeededApp({});
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('tells open events with their free seats, full ones with or without a waiting list', async () => {
    const open = await createEvent(dataSource, { capacity: 3 });
    await takeSeats(open.id, 1);
    const answer = await availability(open.slug);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ state: 'open', freeSeats: 2, waitlistEnabled: true });
    expect(answer.headers['cache-control']).toBe('public, max-age=10');

    const full = await createEvent(dataSource, { capacity: 1 });
    await takeSeats(full.id, 1);
    expect((await availability(full.slug)).body).toEqual({
      state: 'full_waitlist',
      freeSeats: 0,
      waitlistEnabled: true,
    });

    const closed = await createEvent(dataSource, { capacity: 1, waitlistEnabled: false });
    await takeSeats(closed.id, 1);
    expect((await availability(closed.slug)).body.state).toBe('full');
  });

  it('gives null free seats without a capacity, the closed and cancelled states, and 404', async () => {
    const unlimited = await createEvent(dataSource, { capacity: null });
    expect((await availability(unlimited.slug)).body).toEqual({
      state: 'open',
      freeSeats: null,
      waitlistEnabled: true,
    });
    const past = await createEvent(dataSource, { deadline: new Date(Date.now() - 60_000) });
    expect((await availability(past.slug)).body.state).toBe('closed');
    const cancelled = await createEvent(dataSource, { status: 'cancelled' });
    expect((await availability(cancelled.slug)).body.state).toBe('cancelled');
    expect((await availability('gibt-es-nicht')).status).toBe(404);
  });
});
