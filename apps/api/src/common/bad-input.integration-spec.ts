import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import { createSeededApp } from '../../test/test-app.js';

const LIST_ENDPOINTS = [
  '/api/v1/events',
  '/api/v1/series',
  '/api/v1/organisations',
  '/api/v1/people',
  '/api/v1/topics',
  '/api/v1/news',
];
const SLUG_ENDPOINTS = [
  '/api/v1/events/',
  '/api/v1/series/',
  '/api/v1/organisations/',
  '/api/v1/people/',
  '/api/v1/news/',
];
const EVENT_PARAMS = [
  'time',
  'series',
  'topic',
  'organisation',
  'type',
  'format',
  'from',
  'to',
  'q',
  'page',
  'pageSize',
];

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e9',
    'NaN',
    'null',
    'undefined',
    '[]',
    '{}',
    '%00',
    '\u0000',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    "' OR 1=1 --",
    '<script>',
  ),
  fc.integer().map(String),
  fc.constant('x'.repeat(5_000)),
);

describe('bad input', () => {
  let app: NestFastifyApplication;
  const inject = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: string,
    headers?: Record<string, string>,
  ) => app.inject({ method, url, payload, headers });

  beforeAll(async () => {
    app = await createSeededApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers random query strings on every list endpoint with 2xx or a 4xx problem, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LIST_ENDPOINTS),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom(...EVENT_PARAMS, '__proto__', 'constructor', 'page[0]'),
            fc.string({ maxLength: 20 }),
          ),
          hostile,
          { maxKeys: 5 },
        ),
        async (endpoint, params) => {
          const query = Object.entries(params)
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
            .join('&');
          const response = await inject('GET', `${endpoint}?${query}`);
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(response.json().code).toEqual(expect.any(String));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers random slugs with 4xx problems, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SLUG_ENDPOINTS), hostile, async (endpoint, slug) => {
        const response = await inject('GET', endpoint + encodeURIComponent(slug));
        expect([200, 400, 404, 414]).toContain(response.statusCode);
        if (response.statusCode !== 200)
          expect(response.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['page=0', 'request.page'],
    ['pageSize=101', 'request.pageSize'],
    ['page=abc', 'request.page'],
    ['time=tomorrow', 'request.time'],
    ['type=party', 'request.type'],
    ['from=03.07.2024', 'request.from'],
    ['from=2024-07-05&to=2024-07-01', 'request.to'],
    ['q=' + 'x'.repeat(201), 'request.q'],
    ['unknown=1', 'request.unknown'],
  ])('refuses %s and points at the field', async (query, pointer) => {
    const response = await inject('GET', `/api/v1/events?${query}`);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('answers unknown routes and methods with problem documents', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nothing-here'],
      ['POST', '/api/v1/events'],
      ['DELETE', '/api/v1/events/demo-leerstand-aktivieren-zwischennutzung'],
    ] as const) {
      const response = await inject(method, url, '{}', { 'content-type': 'application/json' });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers malformed and oversized bodies with 4xx problems', async () => {
    const malformed = await inject('POST', '/api/v1/events', '{"title": ', {
      'content-type': 'application/json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('REQUEST.MALFORMED');
    const huge = await inject(
      'POST',
      '/api/v1/events',
      JSON.stringify({ x: 'y'.repeat(200_000) }),
      { 'content-type': 'application/json' },
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('REQUEST.TOO_LARGE');
  });

  it('echoes a harmless request id and replaces a hostile one', async () => {
    const ok = await inject('GET', '/api/v1/topics', undefined, { 'x-request-id': 'abc-123' });
    expect(ok.headers['x-request-id']).toBe('abc-123');
    const hostileId = await inject('GET', '/api/v1/topics', undefined, {
      'x-request-id': '<script>alert(1)</script> '.repeat(10),
    });
    expect(hostileId.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
