import { createApiClient, type ApiClient } from '@stadtgespraech/api-client';
import { vi } from 'vitest';

type Handler = (url: URL, request: Request) => Response | Promise<Response>;

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
  const sent: Request[] = [];
  const fetch = vi.fn(async (input: Request | string | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    requests.push(url);
    sent.push(request);
    const handler = routes[url.pathname];
    return handler ? handler(url, request) : problemResponse(404, 'ROUTE.NOT_FOUND', 'Not found');
  });
  const client: ApiClient = createApiClient('http://admin.test', { fetch });
  const requestsTo = (path: string) => requests.filter((url) => url.pathname === path);
  return { client, requests, requestsTo, sent, fetch };
}
