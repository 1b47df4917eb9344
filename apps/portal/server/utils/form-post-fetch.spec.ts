import { describe, expect, it } from 'vitest';
import { formPostFetch, FORM_POST_RETRIES, submissionKey } from './form-post-fetch';

const API = 'http://api.example/api/v1/events/talk/registrations';

/** The API as the network delivers it: answers in turn, and what each request carried. */
function apiAnswering(...statuses: number[]) {
  const seen: { method: string; key: string | null; body: string; forwarded: string | null }[] = [];
  const fetchImpl = (async (request: Request) => {
    seen.push({
      method: request.method,
      key: request.headers.get('idempotency-key'),
      body: await request.text(),
      forwarded: request.headers.get('x-forwarded-for'),
    });
    const status = statuses[Math.min(seen.length - 1, statuses.length - 1)]!;
    return new Response(JSON.stringify({ status }), {
      status,
      headers: status === 503 ? { 'retry-after': '0' } : {},
    });
  }) as typeof fetch;
  return { seen, fetchImpl };
}

const post = (body: string) =>
  new Request(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
    body,
  });

describe('submissionKey', () => {
  it('is the same for the same submission and differs for another body or address', () => {
    const key = submissionKey('POST', API, '{"email":"a@kommune.example"}');
    expect(key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(submissionKey('POST', API, '{"email":"a@kommune.example"}')).toBe(key);
    expect(submissionKey('POST', API, '{"email":"b@kommune.example"}')).not.toBe(key);
    expect(submissionKey('POST', `${API}x`, '{"email":"a@kommune.example"}')).not.toBe(key);
  });
});

describe('formPostFetch', () => {
  it('sends a post again after a 503, with the same key, body and headers', async () => {
    const api = apiAnswering(503, 202);
    const response = await formPostFetch(api.fetchImpl)(post('{"email":"a@kommune.example"}'));
    expect(response.status).toBe(202);
    expect(api.seen).toHaveLength(2);
    expect(new Set(api.seen.map((s) => s.key)).size).toBe(1);
    expect(api.seen[0]!.key).toBe(submissionKey('POST', API, '{"email":"a@kommune.example"}'));
    expect(api.seen.every((s) => s.body === '{"email":"a@kommune.example"}')).toBe(true);
    expect(api.seen.every((s) => s.forwarded === '203.0.113.7')).toBe(true);
  });

  it('gives up after its retries and hands the 503 on', async () => {
    const api = apiAnswering(503);
    const response = await formPostFetch(api.fetchImpl)(post('{}'));
    expect(response.status).toBe(503);
    expect(api.seen).toHaveLength(FORM_POST_RETRIES + 1);
  });

  it('neither retries other answers nor marks other methods', async () => {
    const failing = apiAnswering(500);
    expect((await formPostFetch(failing.fetchImpl)(post('{}'))).status).toBe(500);
    expect(failing.seen).toHaveLength(1);

    const reading = apiAnswering(200);
    await formPostFetch(reading.fetchImpl)(new Request(API));
    expect(reading.seen).toEqual([{ method: 'GET', key: null, body: '', forwarded: null }]);
  });
});
