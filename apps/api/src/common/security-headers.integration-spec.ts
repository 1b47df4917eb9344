import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSeededApp } from '../../test/test-app.js';

describe('security headers of the API', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createSeededApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, host = 'localhost:3001') => app.inject({ url, headers: { host } });

  it.each([
    ['a list', '/api/v1/events'],
    ['a problem (404)', '/api/v1/events/gibt-es-nicht'],
    ['a problem (400)', '/api/v1/events?pageSize=abc'],
    ['an unknown route', '/api/v1/nirgendwo'],
    ['the health check', '/api/health'],
    ['the OpenAPI document', '/api/openapi.json'],
  ])('%s forbids running, framing and sniffing anything', async (_, url) => {
    const response = await get(url);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['permissions-policy']).toContain('geolocation=()');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets the Swagger UI load its own scripts and styles, and nothing inline', async () => {
    const response = await get('/api/docs');
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('sends HSTS when reached under a public name', async () => {
    const response = await get('/api/v1/events', 'stadtgespraech.example');
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
