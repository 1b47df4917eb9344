import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config.js';
import { createEvent, hostedBy } from '../../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';
import { previewToken } from './preview-token.js';

describe('previews of events before they are published', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let organiser: StaffLogin;
  let readOnly: StaffLogin;
  let draft: { id: string; slug: string; title: string };
  let foreign: string;

  const link = (login: StaffLogin, eventId: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/staff/events/${eventId}/preview-link`,
      headers: login.headers,
    });
  const preview = (token: string) =>
    app.inject({ method: 'GET', url: `/api/v1/preview/${encodeURIComponent(token)}` });

  beforeAll(async () => {
    app = await createSeededApp();
    dataSource = app.get(DataSource);
    organiser = await logInAs(app, StaffRole.Organiser);
    readOnly = await logInAs(app, StaffRole.ReadOnly);
    draft = await createEvent(dataSource, { status: 'draft' });
    await hostedBy(dataSource, draft.id, 'vhw');
    foreign = (await createEvent(dataSource, { status: 'draft' })).id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives staff who see the event a week-long link to the portal preview', async () => {
    const response = await link(readOnly, draft.id);
    expect(response.statusCode).toBe(200);
    const { url, expiresAt } = response.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/vorschau\/[0-9a-f-]{36}\.[0-9a-z]+\.[\w-]{43}$/);
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    // An event beyond the organiser's organisations does not exist for them.
    expect((await link(organiser, foreign)).statusCode).toBe(404);
    expect((await link(organiser, draft.id)).statusCode).toBe(200);
  });

  it('shows the draft through the link only, unindexed and uncached, without the meeting link', async () => {
    const { url } = (await link(organiser, draft.id)).json();
    const token = decodeURIComponent(url.split('/vorschau/')[1]);
    const response = await preview(token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: draft.slug,
      title: draft.title,
      status: 'draft',
    });
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(response.body).not.toContain('secret-room');
    const published = await app.inject({ method: 'GET', url: `/api/v1/events/${draft.slug}` });
    expect(published.statusCode).toBe(404);
  });

  it('refuses altered and expired links with their own codes', async () => {
    const { url } = (await link(organiser, draft.id)).json();
    const token: string = decodeURIComponent(url.split('/vorschau/')[1]);
    const altered = await preview(token.replace(draft.id, foreign));
    expect(altered.statusCode).toBe(404);
    expect(altered.json().code).toBe('PREVIEW.TOKEN_INVALID');
    expect((await preview('kaputt')).json().code).toBe('PREVIEW.TOKEN_INVALID');
    const secret = app.get(AppConfig).APP_SECRET;
    const expired = await preview(previewToken(secret, draft.id, new Date(Date.now() - 1_000)));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('PREVIEW.EXPIRED');
  });
});
