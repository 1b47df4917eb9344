import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { fakeApi, jsonResponse, problemResponse } from '../test/fakeApi';
import { callApi, toProblem } from './problem';

describe('callApi', () => {
  it('returns the data of a successful response', async () => {
    const { client } = fakeApi({ '/api/v1/topics': () => jsonResponse({ items: [] }) });

    const result = await callApi(() => client.GET('/api/v1/topics'));

    expect(result).toEqual({ ok: true, data: { items: [] } });
  });

  it('takes 204 No Content as a success without data', async () => {
    const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const { client } = fakeApi({
      [`/api/v1/staff/topics/${id}`]: () => new Response(null, { status: 204 }),
    });

    const result = await callApi(() =>
      client.DELETE('/api/v1/staff/topics/{id}', { params: { path: { id } } }),
    );

    expect(result).toEqual({ ok: true, data: undefined });
  });

  it('returns title and code of a problem document, the title in German where known', async () => {
    const { client } = fakeApi({
      '/api/v1/topics': () =>
        problemResponse(503, 'SERVICE.DATABASE_UNAVAILABLE', 'The database is not available'),
      '/api/v1/series': () => problemResponse(418, 'TEAPOT.BREWING', 'I am a teapot'),
    });

    const result = await callApi(() => client.GET('/api/v1/topics'));

    expect(result).toMatchObject({
      ok: false,
      problem: {
        title: de['problem.title.SERVICE.DATABASE_UNAVAILABLE'],
        code: 'SERVICE.DATABASE_UNAVAILABLE',
        status: 503,
      },
    });
    expect(de['problem.title.SERVICE.DATABASE_UNAVAILABLE']).not.toBe(
      'The database is not available',
    );
    // A code this version does not know keeps the API's title.
    const unknown = await callApi(() => client.GET('/api/v1/series'));
    expect(unknown).toMatchObject({ ok: false, problem: { title: 'I am a teapot' } });
  });

  it('describes an error response without a problem document by its status', async () => {
    const { client } = fakeApi({
      '/api/v1/topics': () => new Response('<h1>Bad Gateway</h1>', { status: 502 }),
    });

    const result = await callApi(() => client.GET('/api/v1/topics'));

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'HTTP.502', title: 'Der Server hat mit Status 502 geantwortet.' },
    });
  });

  it('reports an unreachable server instead of throwing', async () => {
    const { client, fetch } = fakeApi({});
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    const result = await callApi(() => client.GET('/api/v1/topics'));

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'NETWORK.UNREACHABLE', title: 'Der Server ist nicht erreichbar.' },
    });
  });
});

describe('toProblem', () => {
  it('keeps the detail of a problem document', () => {
    const problem = toProblem({
      type: '/api/problems/REQUEST.VALIDATION_FAILED',
      title: 'The request has invalid or unknown fields',
      status: 400,
      code: 'REQUEST.VALIDATION_FAILED',
      detail: 'One or more fields are invalid; see errors.',
    });

    expect(problem.detail).toBe('One or more fields are invalid; see errors.');
  });
});
