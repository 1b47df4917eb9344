import type { ApiClient } from '@stadtgespraech/api-client';
import { callApi, type ApiResult } from '../../api/problem';

/** The staff collections edited with `useReferenceEditor`; each has the same calls. */
export type ReferenceCollection = 'topics' | 'series' | 'organisations' | 'people' | 'news';

/**
 * The calls of one reference collection under /api/v1/staff: list, get one, create, change (with
 * the item's version in If-Match where it has one), merge, delete. The bodies come from the page's
 * form; the API validates them (its DTOs have no schema in the OpenAPI document).
 */
export function referenceCalls<Item extends { id: string; version?: number }>(
  client: ApiClient,
  collection: ReferenceCollection,
) {
  // One client for every collection: the paths differ only in their name.
  const api = client as unknown as {
    [method in 'GET' | 'POST' | 'PATCH' | 'DELETE']: (
      path: string,
      init?: object,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  };
  const base = `/api/v1/staff/${collection}`;
  const item = (id: string) => ({ params: { path: { id } } });
  const call = <T>(run: () => Promise<{ data?: unknown; error?: unknown; response: Response }>) =>
    callApi(run) as Promise<ApiResult<T>>;
  return {
    list: () => call<{ items: Item[] }>(() => api.GET(base)),
    get: (id: string) => call<Item>(() => api.GET(`${base}/{id}`, item(id))),
    create: (body: object) => call<Item>(() => api.POST(base, { body })),
    update: (current: Item, body: object) =>
      call<Item>(() =>
        api.PATCH(`${base}/{id}`, {
          params: {
            path: { id: current.id },
            ...(current.version === undefined
              ? {}
              : { header: { 'If-Match': `"${current.version}"` } }),
          },
          body,
        }),
      ),
    merge: (current: Item, into: string) =>
      call<Item>(() => api.POST(`${base}/{id}/merge`, { ...item(current.id), body: { into } })),
    remove: (current: Item) => call<undefined>(() => api.DELETE(`${base}/{id}`, item(current.id))),
  };
}

/** The slug to send: a new item without one gets it from the API, a saved item keeps a slug. */
export const slugOf = (slug: string, item: object | null): string | undefined =>
  slug.trim() || (item ? '' : undefined);
