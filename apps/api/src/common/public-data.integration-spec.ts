import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent } from '../../test/event-fixture.js';
import { insertSubscription } from '../../test/newsletter-fixture.js';
import { insertRegistration } from '../../test/registration-fixture.js';
import { createSeededApp } from '../../test/test-app.js';
import { DEMO_STAFF } from '../database/seed/demo-staff.seed.js';
import { buildOpenApiDocument } from '../openapi/openapi-document.js';

/** Every string value under `key`, at any depth of a JSON document. */
function valuesOf(json: unknown, key: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) for (const item of json) valuesOf(item, key, found);
  else if (json && typeof json === 'object') {
    for (const [name, value] of Object.entries(json)) {
      if (name === key && typeof value === 'string') found.add(value);
      else valuesOf(value, key, found);
    }
  }
  return found;
}

/**
 * What only staff may see, planted next to the demo content: a registrant's address, a newsletter
 * subscriber, the join link of an online event (registrants get it through their personal link),
 * a draft event, the staff accounts and their password hashes. A walk over every public GET
 * operation of the OpenAPI document, with the slugs the public lists name, must meet none of it.
 */
describe('no staff data through public endpoints', () => {
  let app: NestFastifyApplication;
  let secrets: string[];
  let draftSlug: string;
  const answered = new Map<string, number>();
  const bodies: { url: string; body: string }[] = [];

  beforeAll(async () => {
    app = await createSeededApp();
    const dataSource = app.get(DataSource);
    const joinUrl = `https://meet.example.org/geheim-${randomUUID()}`;
    const event = await createEvent(dataSource, { joinUrl, capacity: 20 });
    const draft = await createEvent(dataSource, { status: 'draft' });
    draftSlug = draft.slug;
    const registrationId = await insertRegistration(dataSource, event.id);
    const [{ email }] = await dataSource.query('SELECT email FROM registration WHERE id = $1', [
      registrationId,
    ]);
    const subscriber = `abo.${randomUUID()}@kommune.example`;
    await insertSubscription(dataSource, subscriber);
    const hashes: { hash: string }[] = await dataSource.query(
      'SELECT password_hash AS hash FROM staff_account WHERE password_hash IS NOT NULL',
    );
    secrets = [
      email,
      subscriber,
      joinUrl,
      // Not the draft's slug: a 404 for it may echo the address asked for.
      draft.title,
      ...DEMO_STAFF.map((account) => account.email),
      ...hashes.map((row) => row.hash),
    ];

    const document = buildOpenApiDocument(app);
    const templates = Object.entries(document.paths)
      .filter(([path, item]) => 'get' in (item as object) && !path.startsWith('/api/v1/staff'))
      .map(([path]) => path);
    const get = async (template: string, url: string) => {
      const response = await app.inject({ method: 'GET', url });
      bodies.push({ url, body: response.body });
      if (response.statusCode < 300) answered.set(template, (answered.get(template) ?? 0) + 1);
      return response;
    };

    // Lists first: they name the slugs and codes the single-item operations are called with.
    const slugs = new Map<string, Set<string>>();
    for (const template of templates.filter((t) => !t.includes('{'))) {
      const queries = template === '/api/v1/events' ? ['?time=upcoming', '?time=past'] : [''];
      for (const query of queries) {
        const response = await get(template, template + query);
        if (!response.headers['content-type']?.includes('json')) continue;
        const found = slugs.get(template) ?? new Set<string>();
        for (const key of ['slug', 'code'])
          for (const v of valuesOf(response.json(), key)) found.add(v);
        slugs.set(template, found);
      }
    }
    // The planted events first: only a few slugs of each list are called.
    slugs.set('/api/v1/events', new Set([event.slug, draft.slug, ...slugs.get('/api/v1/events')!]));

    for (const template of templates.filter((t) => t.includes('{'))) {
      const list = template.slice(0, template.indexOf('/{'));
      const candidates = [...(slugs.get(list) ?? [])].slice(0, 8);
      const values = candidates.length > 0 ? candidates : [randomUUID()];
      for (const value of values) {
        const url = template.replace(/\{[^}]+\}/g, (_, index: number) =>
          index === template.indexOf('{') ? encodeURIComponent(value) : 'w960.webp',
        );
        await get(template, url);
      }
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('called every public list and item operation that has data, and got answers', () => {
    const unanswered = [
      '/api/v1/events',
      '/api/v1/events/{slug}',
      '/api/v1/events/{slug}/calendar.ics',
      '/api/v1/events/{slug}/availability',
      '/api/v1/calendar.ics',
      '/api/v1/series/{slug}',
      '/api/v1/organisations/{slug}',
      '/api/v1/people/{slug}',
      '/api/v1/news/{slug}',
      '/api/problems/{code}',
    ].filter((template) => !answered.has(template));
    expect(unanswered).toEqual([]);
    expect(bodies.length).toBeGreaterThan(60);
  });

  it('shows none of the planted staff data in any answer', () => {
    const leaks = bodies.flatMap(({ url, body }) =>
      secrets.filter((secret) => body.includes(secret)).map((secret) => `${url}: ${secret}`),
    );
    expect(leaks).toEqual([]);
  });

  it('asked for the draft event and was told it does not exist', () => {
    const drafts = bodies.filter(({ url }) => url.startsWith(`/api/v1/events/${draftSlug}`));
    expect(drafts.length).toBe(3);
    for (const { body } of drafts) expect(JSON.parse(body).status).toBe(404);
  });
});
