import { createApiClient, type ApiClient } from '@stadtgespraech/api-client';
import { vi } from 'vitest';

type Handler = (url: URL) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

export function problemResponse(status: number, code: string, title: string): Response {
  return jsonResponse(
    { type: `/api/problems/${code}`, title, status, code },
    status,
    'application/problem+json',
  );
}

/**
 * The real typed client over a fake `fetch`: answers by path and records every request, so
 * tests see the query the app sends and the app parses real responses.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: URL[] = [];
  const fetch = vi.fn(async (input: Request | string | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url);
    const handler = routes[url.pathname];
    return handler ? handler(url) : problemResponse(404, 'ROUTE.NOT_FOUND', 'Not found');
  });
  const client: ApiClient = createApiClient('http://admin.test', { fetch });
  const requestsTo = (path: string) => requests.filter((url) => url.pathname === path);
  return { client, requests, requestsTo, fetch };
}
