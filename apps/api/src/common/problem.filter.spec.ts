import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@stadtgespraech/domain/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ProblemException } from './problem.js';
import { toProblem } from './problem.filter.js';

describe('toProblem', () => {
  it('keeps the code, detail and field errors of a ProblemException', () => {
    const { problem, unexpected } = toProblem(
      new ProblemException('REQUEST.VALIDATION_FAILED', 'bad', [
        { pointer: 'request.page', messages: ['too small'] },
      ]),
    );
    expect(problem).toEqual({
      type: '/api/problems/REQUEST.VALIDATION_FAILED',
      title: 'The request has invalid or unknown fields',
      status: 400,
      code: 'REQUEST.VALIDATION_FAILED',
      detail: 'bad',
      errors: [{ pointer: 'request.page', messages: ['too small'] }],
    });
    expect(unexpected).toBe(false);
  });

  it("passes a domain rule's details on as extensions, never over the standard members", () => {
    const error = new DomainError('REGISTRATION.INVALID_TRANSITION', 'no', {
      from: 'waitlisted',
      to: 'rejected',
      status: 200,
    });
    expect(toProblem(error).problem).toEqual({
      type: '/api/problems/REGISTRATION.INVALID_TRANSITION',
      title: 'The registration cannot change from its current status to the one asked for',
      status: 409,
      code: 'REGISTRATION.INVALID_TRANSITION',
      detail: 'no',
      from: 'waitlisted',
      to: 'rejected',
    });
  });

  it('maps framework 404s to ROUTE.NOT_FOUND', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem).toMatchObject({
      status: 404,
      code: 'ROUTE.NOT_FOUND',
    });
  });

  it('maps Fastify client errors by their statusCode', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    const badJson = Object.assign(new Error('Unexpected token'), { statusCode: 400 });
    const mediaType = Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 });
    expect(toProblem(tooLarge).problem.code).toBe('REQUEST.TOO_LARGE');
    expect(toProblem(badJson).problem.code).toBe('REQUEST.MALFORMED');
    expect(toProblem(mediaType).problem.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    expect(toProblem(new BadRequestException('x')).problem.code).toBe('REQUEST.MALFORMED');
  });

  it('hides the message of unexpected errors and flags them for logging', () => {
    const { problem, unexpected } = toProblem(new Error('connection string with password'));
    expect(problem).toEqual({
      type: '/api/problems/SERVICE.INTERNAL_ERROR',
      title: 'An unexpected error occurred',
      status: 500,
      code: 'SERVICE.INTERNAL_ERROR',
    });
    expect(unexpected).toBe(true);
  });

  it.each([
    [
      'the server starting up',
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    ],
    [
      'an administrator shutdown',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    ['a connection exception', Object.assign(new Error('connection failure'), { code: '08006' })],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a connection ended under a query', new Error('Connection terminated unexpectedly')],
    [
      'a statement on a runner released by its failed connection',
      new QueryRunnerAlreadyReleasedError(),
    ],
    [
      'a transaction on a runner released by its failed connection',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
  ])('answers 503 (retry later) for %s, without alarm', (_, error) => {
    const { problem, unexpected } = toProblem(error);
    expect(problem).toMatchObject({ status: 503, code: 'SERVICE.DATABASE_UNAVAILABLE' });
    expect(problem).not.toHaveProperty('detail');
    expect(unexpected).toBe(false);
  });

  it('keeps other database errors unexpected', () => {
    const { problem, unexpected } = toProblem(
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    expect(problem.status).toBe(500);
    expect(unexpected).toBe(true);
  });
});
