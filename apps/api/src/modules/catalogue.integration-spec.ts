import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSeededApp } from '../../test/test-app.js';

describe('series, organisations, people, topics and news', () => {
  let app: NestFastifyApplication;
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() };
  };

  beforeAll(async () => {
    app = await createSeededApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the series with their organisers and event counts', async () => {
    const { body } = await get('/api/v1/series/kleinstadt-web-talks');
    expect(body.organisers.map((o: { slug: string }) => o.slug)).toEqual([
      'vhw',
      'bbsr',
      'kleinstadt-akademie',
    ]);
    expect(body.pastCount).toBeGreaterThanOrEqual(7);
    expect(body.contactEmail).toBe('kleinstadt@vhw.de');
  });

  it('returns an organisation with its address and contact persons', async () => {
    const { body } = await get('/api/v1/organisations/kleinstadt-akademie');
    expect(body.address).toMatchObject({
      street: 'Perleberger Str. 165',
      postalCode: '19322',
      city: 'Wittenberge',
    });
    expect(body.contacts[0]).toMatchObject({
      name: 'Siw Foge',
      function: 'Leiterin der Kleinstadt Akademie',
    });
  });

  it('returns municipality data with the German name of the Bundesland', async () => {
    const { body } = await get('/api/v1/organisations/hansestadt-osterburg');
    expect(body.municipality).toMatchObject({
      bundesland: 'DE-ST',
      bundeslandName: 'Sachsen-Anhalt',
    });
  });

  it('returns a person with the events they spoke at', async () => {
    const { body } = await get('/api/v1/people/oliver-weigel');
    expect(body.displayName).toBe('Dr. Oliver Weigel');
    expect(body.organisation.slug).toBe('bmi');
  });

  it('lists topics alphabetically in German', async () => {
    const { body } = await get('/api/v1/topics');
    const names = body.items.map((t: { name: string }) => t.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'de')));
    expect(names).toContain('Bürgerbeteiligung');
  });

  it('lists published news newest first and returns a post', async () => {
    const list = await get('/api/v1/news');
    const dates = list.body.items.map((n: { publishedAt: string }) => n.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const post = await get(
      '/api/v1/news/erfolgreiche-diskussionsrunde-bundeskongress-nationale-stadtentwicklungspolitik',
    );
    expect(post.body).toMatchObject({ kind: 'report', organisation: 'kleinstadt-akademie' });
    expect(post.body.body).toContain('Manchmal muss man einfach machen.');
  });

  it.each([
    '/api/v1/series/nope',
    '/api/v1/organisations/nope',
    '/api/v1/people/nope',
    '/api/v1/news/nope',
  ])('answers %s with a 404 problem document', async (url) => {
    const { status, body } = await get(url);
    expect(status).toBe(404);
    expect(body.code).toMatch(/\.NOT_FOUND$/);
  });
});
