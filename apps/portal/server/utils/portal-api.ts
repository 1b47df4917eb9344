import {
  createApiClient,
  type EventSummary,
  type EventListQuery,
} from '@stadtgespraech/api-client';
import type { H3Event } from 'h3';

/**
 * The `X-Forwarded-For` chain for a request the portal makes to the API on a visitor's behalf:
 * the chain the portal received plus the visitor's address as the portal sees it. The API trusts
 * the portal (TRUST_PROXY) and so counts its rate limits per visitor, not per portal.
 */
export function forwardedFor(event: H3Event): Record<string, string> {
  const peer = getRequestIP(event);
  if (!peer) return {};
  const received = getRequestHeader(event, 'x-forwarded-for');
  return { 'x-forwarded-for': received ? `${received}, ${peer}` : peer };
}

/** The API client and the portal's public origin for a server route. */
export function serverContext(event: H3Event) {
  const config = useRuntimeConfig(event);
  return {
    api: createApiClient(config.apiBaseUrl.replace(/\/+$/, '')),
    siteUrl: config.public.siteUrl.replace(/\/+$/, ''),
  };
}

/** The body of an API answer, or an H3 error with the API's status (404 stays 404). */
export async function apiBody<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) {
    throw createError({ statusCode: response.status === 404 ? 404 : 502 });
  }
  return data;
}

/** Every event the API lists for a query, page by page (at most 20 pages of 100). */
export async function allEvents(
  api: ReturnType<typeof createApiClient>,
  query: Omit<EventListQuery, 'page' | 'pageSize'> = {},
): Promise<EventSummary[]> {
  const items: EventSummary[] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await apiBody(
      api.GET('/api/v1/events', { params: { query: { ...query, page, pageSize: 100 } } }),
    );
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}
