import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createSeededApp } from '../../../test/test-app.js';

describe('health', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createSeededApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports the database as up', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      version: expect.any(String),
    });
  });

  it('answers 503 with a problem document when the database is gone', async () => {
    await app.get(DataSource).destroy();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('SERVICE.DATABASE_UNAVAILABLE');
    expect(response.headers['retry-after']).toBe('2');
  });
});
