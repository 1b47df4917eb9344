import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSeededApp } from '../../test/test-app.js';
import { serialiseOpenApi } from './serialise.js';

const COMMITTED = resolve(import.meta.dirname, '../../../../packages/api-client/openapi.json');

describe('OpenAPI document', () => {
  let app: NestFastifyApplication;
  let served: Record<string, unknown> & { paths: Record<string, unknown>; openapi: string };

  beforeAll(async () => {
    app = await createSeededApp();
    served = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is OpenAPI 3.1 and documents every public endpoint', () => {
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{slug}',
        '/api/v1/series',
        '/api/v1/series/{slug}',
        '/api/v1/organisations',
        '/api/v1/organisations/{slug}',
        '/api/v1/people',
        '/api/v1/people/{slug}',
        '/api/v1/topics',
        '/api/v1/news',
        '/api/health',
      ]),
    );
  });

  it('matches the copy the typed client is generated from (run `pnpm --filter @stadtgespraech/api openapi:export` after API changes)', () => {
    expect(serialiseOpenApi(served as never)).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('describes the join link only where staff are logged in', () => {
    const document = served as unknown as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    // Everything a public endpoint can answer or take: its own text and the schemas it refers
    // to, followed transitively.
    const seen = new Set<string>();
    const texts: string[] = [];
    const follow = (node: unknown) => {
      const text = JSON.stringify(node);
      texts.push(text);
      for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        if (seen.has(name!)) continue;
        seen.add(name!);
        follow(document.components.schemas[name!]);
      }
    };
    const publicPaths = Object.entries(document.paths).filter(
      ([path]) => !path.startsWith('/api/v1/staff'),
    );
    expect(publicPaths.length).toBeGreaterThan(10);
    publicPaths.forEach(([, operations]) => follow(operations));
    expect(texts.join('\n')).not.toMatch(/joinUrl/i);
    expect(JSON.stringify(document.components.schemas.StaffEventDto)).toMatch(/joinUrl/);
  });

  it('serves the interactive documentation', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Stadtgespräch API');
  });
});
