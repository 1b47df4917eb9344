import { createHash } from 'node:crypto';

/** Retries of a form post that the API answered 503 (its database restarting, a failover). */
export const FORM_POST_RETRIES = 2;
/** The longest the portal waits before a retry, whatever `Retry-After` says: a visitor waits. */
const MAX_WAIT_MS = 2_000;

/**
 * The `Idempotency-Key` of a form post: the same for the same submission (a double click, the
 * portal's own retry), different for any other body. The body carries the form token of the
 * rendered page, so the same details sent again from a freshly loaded page are a new request.
 */
export function submissionKey(method: string, url: string, body: string): string {
  const digest = createHash('sha256')
    .update(`${method} ${new URL(url).pathname}\n${body}`)
    .digest('base64url');
  return `portal.${digest.slice(0, 43)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitMs(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_WAIT_MS) : 1000;
}

/**
 * The `fetch` of the portal's form posts to the API: every POST carries its submission key, and
 * one answered 503 is sent again (at most `FORM_POST_RETRIES` times) with the same key, so that a visitor
 * whose registration met a database restart is registered once, without seeing an error.
 */
export function formPostFetch(fetchImpl: typeof fetch = globalThis.fetch) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return fetchImpl(request);
    const body = await request.text();
    const headers = new Headers(request.headers);
    headers.set('idempotency-key', submissionKey(request.method, request.url, body));
    for (let attempt = 0; ; attempt++) {
      const response = await fetchImpl(
        new Request(request.url, { method: 'POST', headers, body: body || undefined }),
      );
      if (response.status !== 503 || attempt >= FORM_POST_RETRIES) return response;
      await response.arrayBuffer();
      await sleep(waitMs(response.headers.get('retry-after')));
    }
  };
}
