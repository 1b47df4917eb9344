import { describe, expect, it } from '@jest/globals';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pino } from 'pino';
import { redactUrl, RequestLogController, SLOW_REQUEST_MS } from './logger.js';

describe('redactUrl', () => {
  it.each([
    ['/api/v1/registrations/manage/abc123secret', '/api/v1/registrations/manage/[redacted]'],
    ['/api/v1/join/tok_456?x=1', '/api/v1/join/[redacted]?x=1'],
    ['/api/v1/registrations/confirm/xyz', '/api/v1/registrations/confirm/[redacted]'],
  ])('hides the token in %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('leaves ordinary paths alone', () => {
    expect(redactUrl('/api/v1/events/demo-talk?time=upcoming')).toBe(
      '/api/v1/events/demo-talk?time=upcoming',
    );
  });
});

describe('RequestLogController', () => {
  function logged(statusCode: number, elapsedTime: number, level = 'info', error?: Error) {
    const lines: Record<string, unknown>[] = [];
    const log = pino(
      { level },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const request = { log, id: 'r1', method: 'GET', url: '/api/v1/events' };
    new RequestLogController().requestCompleted(
      error,
      request as unknown as FastifyRequest,
      { statusCode, elapsedTime } as FastifyReply,
    );
    return lines;
  }

  it('leaves quick successful requests to the debug level', () => {
    expect(logged(200, 3)).toEqual([]);
    expect(logged(200, 3, 'debug')).toEqual([
      expect.objectContaining({ level: 20, statusCode: 200, responseTime: 3 }),
    ]);
  });

  it('logs failures and slow requests at info', () => {
    expect(logged(404, 2)).toEqual([expect.objectContaining({ level: 30, statusCode: 404 })]);
    expect(logged(200, SLOW_REQUEST_MS)).toEqual([
      expect.objectContaining({ level: 30, responseTime: SLOW_REQUEST_MS }),
    ]);
  });

  it('logs a response that broke off as an error', () => {
    expect(logged(200, 5, 'info', new Error('socket hang up'))).toEqual([
      expect.objectContaining({ level: 50, msg: 'request errored' }),
    ]);
  });
});
