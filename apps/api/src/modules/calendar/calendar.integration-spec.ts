import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createSeededApp } from '../../../test/test-app.js';
import { parseCalendar } from '../../../test/ical.js';
import { EventEntity } from '../events/event.entity.js';

const WEB_TALK = 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten';

describe('public calendar files', () => {
  let app: NestFastifyApplication;
  let extra: EventEntity[] = [];
  const get = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await createSeededApp();
    const events = app.get(DataSource).getRepository(EventEntity);
    const base = {
      type: 'web_talk' as const,
      format: 'online' as const,
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      discussionQuestions: [],
      registrationQuestions: [],
    };
    extra = await events.save([
      events.create({ ...base, slug: 'calendar-spec-draft', title: 'Entwurf', status: 'draft' }),
      events.create({
        ...base,
        slug: 'calendar-spec-cancelled',
        title: 'Abgesagt',
        status: 'cancelled',
        calendarSequence: 3,
      }),
    ]);
  });

  afterAll(async () => {
    if (extra.length) await app.get(DataSource).getRepository(EventEntity).remove(extra);
    await app?.close();
  });

  it('serves one event as METHOD:PUBLISH without attendees or join link', async () => {
    const response = await get(`/api/v1/events/${WEB_TALK}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${WEB_TALK}.ics"`);
    const calendar = parseCalendar(response.body);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.timezones).toEqual(['Europe/Berlin']);
    expect(response.body).not.toContain('ATTENDEE');
    expect(response.body).not.toContain('meet.example.org');

    const detail = (await get(`/api/v1/events/${WEB_TALK}`)).json();
    const [event] = calendar.events;
    expect(event!.summary).toBe(detail.title);
    expect(event!.uid).toMatch(/^[0-9a-f-]{36}@stadtgespraech$/);
    expect(event!.url).toBe(`http://localhost:3000/veranstaltungen/${WEB_TALK}`);
    expect(event!.location).toBe('Online (Webex)');
    expect(event!.start.tzid).toBe('Europe/Berlin');
    expect(event!.start.wallClock).toMatch(/T10:00$/);
    expect(event!.start.instant.toISOString()).toBe(detail.startsAt);
    expect(event!.end.instant.toISOString()).toBe(detail.endsAt);
  });

  it('serves a cancelled event with STATUS:CANCELLED and its SEQUENCE', async () => {
    const calendar = parseCalendar(
      (await get('/api/v1/events/calendar-spec-cancelled/calendar.ics')).body,
    );
    expect(calendar.events[0]).toMatchObject({ status: 'CANCELLED', sequence: 3 });
  });

  it.each([
    ['an unknown event', 'gibt-es-nicht', 404, 'EVENT.NOT_FOUND'],
    ['a draft', 'calendar-spec-draft', 404, 'EVENT.NOT_FOUND'],
    ['a malformed slug', 'Kein_Slug', 400, 'REQUEST.VALIDATION_FAILED'],
  ])('answers %s with a problem document', async (_, slug, status, code) => {
    const response = await get(`/api/v1/events/${slug}/calendar.ics`);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
  });

  it('serves a feed of all upcoming public events, soonest first', async () => {
    const response = await get('/api/v1/calendar.ics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseCalendar(response.body);
    expect(calendar.method).toBe('PUBLISH');
    expect(response.body).not.toContain('ATTENDEE');
    expect(response.body).toContain('X-WR-CALNAME:Stadtgespräch');
    const starts = calendar.events.map((e) => e.start.instant.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(calendar.events.every((e) => e.end.instant.getTime() >= Date.now())).toBe(true);
    const summaries = calendar.events.map((e) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining(['Klimaschutz und Klimaanpassung in Kleinstädten', 'Abgesagt']),
    );
    expect(summaries).not.toContain('Entwurf');
  });

  it.each([
    ['series=kleinstadt-web-talks', (titles: string[]) => titles.length >= 3],
    ['topic=mobilitaet', (titles: string[]) => titles.length === 1],
    [
      'series=kleinstadt-web-talks&topic=klimaschutz-und-klimaanpassung',
      (titles: string[]) => titles.length === 1,
    ],
    ['series=gibt-es-nicht', (titles: string[]) => titles.length === 0],
  ])('filters the feed by %s', async (query, fits) => {
    const response = await get(`/api/v1/calendar.ics?${query}`);
    expect(response.statusCode).toBe(200);
    const titles = parseCalendar(response.body).events.map((e) => e.summary);
    expect(fits(titles)).toBe(true);
    expect(titles).not.toContain('Abgesagt');
  });

  it('names a series feed after the series', async () => {
    const response = await get('/api/v1/calendar.ics?series=kleinstadt-web-talks');
    expect(response.body).toContain('X-WR-CALNAME:Stadtgespräch – Kleinstadt Web-Talks');
  });

  it.each([
    ['an unknown parameter', 'unknown=1', 'request.unknown'],
    ['a series name instead of its slug', 'series=Kleinstadt%20Web-Talks', 'request.series'],
    ['an over-long topic', 'topic=' + 'x'.repeat(300), 'request.topic'],
  ])('refuses %s with a 400 problem', async (_, query, pointer) => {
    const response = await get(`/api/v1/calendar.ics?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});
