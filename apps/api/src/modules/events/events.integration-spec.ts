import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSeededApp } from '../../../test/test-app.js';

type Page = {
  items: { slug: string; startsAt: string; phase: string; type: string; format: string }[];
  total: number;
  page: number;
  pageSize: number;
};

describe('public events API', () => {
  let app: NestFastifyApplication;
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return {
      status: response.statusCode,
      type: response.headers['content-type'],
      body: response.json(),
      raw: response.body,
    };
  };

  beforeAll(async () => {
    app = await createSeededApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists upcoming events soonest first, none of them over', async () => {
    const { status, body } = await get('/api/v1/events?time=upcoming&pageSize=100');
    const page = body as Page;
    expect(status).toBe(200);
    expect(page.items.length).toBeGreaterThanOrEqual(5);
    expect(page.items.every((e) => e.phase !== 'past')).toBe(true);
    const starts = page.items.map((e) => e.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('lists past events newest first', async () => {
    const page = (await get('/api/v1/events?time=past&pageSize=100')).body as Page;
    expect(page.items.every((e) => e.phase === 'past')).toBe(true);
    const starts = page.items.map((e) => e.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(page.items.map((e) => e.slug)).toContain('auftakt-gemeinsam-fuer-das-quartier-2021');
  });

  it('pages with a total that does not depend on the page', async () => {
    const first = (await get('/api/v1/events?pageSize=4&page=1')).body as Page;
    const second = (await get('/api/v1/events?pageSize=4&page=2')).body as Page;
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(4);
    expect(first.items.map((e) => e.slug)).not.toEqual(
      expect.arrayContaining(second.items.map((e) => e.slug)),
    );
  });

  it.each([
    ['series=gemeinsam-fuer-das-quartier', ['auftakt-gemeinsam-fuer-das-quartier-2021']],
    ['topic=wohnen', ['kleinstaedte-aus-dem-muensterland-gemeinsame-wohnungsbaugesellschaft']],
    ['type=network_meeting&time=past', ['auftakt-gemeinsam-fuer-das-quartier-2021']],
    [
      'organisation=stadt-schluechtern',
      ['vom-sorgenkind-zum-vorzeigeobjekt-umgang-mit-problem-immobilien'],
    ],
    [
      'from=2024-07-03&to=2024-07-03',
      ['demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept'],
    ],
    [
      'from=2024-09-01&to=2024-09-30&format=online',
      ['kleinstaedte-aus-dem-muensterland-gemeinsame-wohnungsbaugesellschaft'],
    ],
  ])('filters by %s', async (query, expected) => {
    const page = (await get(`/api/v1/events?${query}`)).body as Page;
    expect(page.items.map((e) => e.slug)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('finds events by German full text, across inflections', async () => {
    // "Bürgerräte" (plural) matches "Bürgerrat" and "Bürgerrates" through the German stemmer.
    const page = (await get(`/api/v1/events?q=${encodeURIComponent('Bürgerräte')}`)).body as Page;
    expect(page.items.map((e) => e.slug)).toEqual(
      expect.arrayContaining([
        'demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept',
        'vier-jahre-buergerraete-in-herzberg',
      ]),
    );
    const none = (await get(`/api/v1/events?q=${encodeURIComponent('Raumfahrt')}`)).body as Page;
    expect(none.total).toBe(0);
  });

  it('returns an event with questions, speakers, organisers and registration facts', async () => {
    const { status, body } = await get(
      '/api/v1/events/demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept',
    );
    expect(status).toBe(200);
    expect(body.discussionQuestions).toHaveLength(5);
    expect(
      body.contributors.map((c: { person: { displayName: string } }) => c.person.displayName),
    ).toEqual(['Nico Schulz', 'Matthias Köberle']);
    expect(
      body.organisers.map((o: { slug: string; role: string }) => `${o.slug}:${o.role}`),
    ).toEqual(['vhw:host', 'bbsr:co_host']);
    expect(body.registration).toMatchObject({
      mode: 'internal',
      deadline: '2024-07-01T21:59:00.000Z',
    });
    expect(body.series).toEqual({ slug: 'kleinstadt-web-talks', title: 'Kleinstadt Web-Talks' });
  });

  it('returns the agenda and the published result report of the 2021 Netzwerkgespräch', async () => {
    const { body } = await get('/api/v1/events/auftakt-gemeinsam-fuer-das-quartier-2021');
    expect(body.agenda.map((a: { startsAt: string }) => a.startsAt)).toEqual([
      '2021-03-04T10:00:00.000Z',
      '2021-03-04T10:15:00.000Z',
      '2021-03-04T11:00:00.000Z',
    ]);
    expect(body.agenda[2].contributors[0].contributionTitle).toBe(
      'Auf dem Weg zum Innenstadtaktionsprogramm',
    );
    expect(body.documentation.report).toContain('Perspektiven-Werkstätten');
  });

  it('never returns a join link, in lists or on event pages', async () => {
    const list = await get('/api/v1/events?pageSize=100');
    expect(list.raw).not.toMatch(/meet\.example\.org|joinUrl/);
    for (const { slug } of (list.body as Page).items) {
      expect((await get(`/api/v1/events/${slug}`)).raw).not.toMatch(/meet\.example\.org|joinUrl/);
    }
  });

  it('answers an unknown slug with a 404 problem document', async () => {
    const { status, type, body } = await get('/api/v1/events/gibt-es-nicht');
    expect(status).toBe(404);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({
      code: 'EVENT.NOT_FOUND',
      status: 404,
      type: '/api/problems/EVENT.NOT_FOUND',
    });
  });
});
