import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { insertSubscription } from '../../../test/newsletter-fixture.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('managing topics', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1/staff/topics${url}`, payload, headers: admin.headers });
  const topicOf = async (slug: string) =>
    (await call('GET', '')).json().items.find((t: { slug: string }) => t.slug === slug);
  const tag = (eventId: string, topicId: string) =>
    dataSource.query('INSERT INTO event_topic (event_id, topic_id) VALUES ($1, $2)', [
      eventId,
      topicId,
    ]);
  const subscribe = (email: string, topics: string[]) =>
    insertSubscription(dataSource, email, { topics });
  const topicsOf = async (email: string) =>
    (
      await dataSource.query('SELECT topics FROM newsletter_subscription WHERE email = $1', [email])
    )[0].topics;

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists topics with their usage and creates one with a slug from its name', async () => {
    const created = await call('POST', '', { name: 'Mobilität im ländlichen Raum' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'mobilitaet-im-laendlichen-raum',
      name: 'Mobilität im ländlichen Raum',
      events: 0,
      subscriptions: 0,
    });
    const again = await call('POST', '', {
      name: 'Mobilität',
      slug: 'mobilitaet-im-laendlichen-raum',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TOPIC.SLUG_TAKEN');
    const climate = await topicOf('klimaschutz-und-klimaanpassung');
    expect(climate.events).toBeGreaterThan(0);
  });

  it('renames a slug, and subscriptions follow it', async () => {
    const topic = (await call('POST', '', { name: 'Ehrenamt' })).json();
    await subscribe('ehrenamt@verwaltung.example', ['ehrenamt', 'wohnen']);
    const renamed = await call('PATCH', `/${topic.id}`, {
      slug: 'ehrenamt-und-engagement',
      name: 'Ehrenamt und Engagement',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ slug: 'ehrenamt-und-engagement', subscriptions: 1 });
    expect((await topicsOf('ehrenamt@verwaltung.example')).sort()).toEqual([
      'ehrenamt-und-engagement',
      'wohnen',
    ]);
    const clash = await call('PATCH', `/${topic.id}`, { slug: 'wohnen' });
    expect(clash.json().code).toBe('TOPIC.SLUG_TAKEN');
  });

  it('merges a duplicate: events and subscriptions move once, the duplicate goes', async () => {
    const keep = (await call('POST', '', { name: 'Leerstand' })).json();
    const duplicate = (await call('POST', '', { name: 'Leerstände', slug: 'leerstaende' })).json();
    const both = await createEvent(dataSource);
    const onlyDuplicate = await createEvent(dataSource);
    await tag(both.id, keep.id);
    await tag(both.id, duplicate.id);
    await tag(onlyDuplicate.id, duplicate.id);
    await subscribe('leerstand@verwaltung.example', ['leerstand', 'leerstaende']);

    expect((await call('POST', `/${keep.id}/merge`, { into: keep.id })).json().code).toBe(
      'TOPIC.MERGE_INTO_ITSELF',
    );
    const merged = await call('POST', `/${duplicate.id}/merge`, { into: keep.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: keep.id, events: 2, subscriptions: 1 });
    expect(await topicOf('leerstaende')).toBeUndefined();
    expect(await topicsOf('leerstand@verwaltung.example')).toEqual(['leerstand']);
    const [entry] = await dataSource.query(
      "SELECT before, after FROM audit_entry WHERE action = 'topic.merge' AND subject_id = $1",
      [keep.id],
    );
    expect(entry).toEqual({
      before: { slug: 'leerstaende', name: 'Leerstände' },
      after: { into: 'leerstand', eventsAdded: 1 },
    });
    expect((await call('POST', `/${duplicate.id}/merge`, { into: keep.id })).statusCode).toBe(404);
  });

  it('deletes only a topic no event uses', async () => {
    const used = await topicOf('wohnen');
    const refused = await call('DELETE', `/${used.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TOPIC.IN_USE');
    const unused = (await call('POST', '', { name: 'Tourismus' })).json();
    await subscribe('tourismus@verwaltung.example', ['tourismus', 'wohnen']);
    expect((await call('DELETE', `/${unused.id}`)).statusCode).toBe(204);
    expect(await topicOf('tourismus')).toBeUndefined();
    expect(await topicsOf('tourismus@verwaltung.example')).toEqual(['wohnen']);
  });
});
