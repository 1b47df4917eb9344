import type { Ref } from 'vue';
import type { NuxtApp } from '#app';

type ApiResult<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** What a page shows, under the key `useAsyncData` caches it by. */
export interface PageDataSource<T> {
  key: string;
  load: () => Promise<T>;
}

/** The status the portal answers with when the API fails: 404 stays 404, anything else is 500. */
export function pageErrorStatus(apiStatus: number | undefined): 404 | 500 {
  return apiStatus === 404 ? 404 : 500;
}

function pageError(apiStatus: number | undefined, cause?: unknown) {
  const statusCode = pageErrorStatus(apiStatus);
  return createError({
    statusCode,
    statusMessage: statusCode === 404 ? 'Not Found' : 'Internal Server Error',
    fatal: true,
    cause,
  });
}

/** The body of a successful API call; any failure becomes the matching Nuxt error. */
export async function apiData<T>(call: ApiResult<T>): Promise<T> {
  let result: Awaited<ApiResult<T>>;
  try {
    result = await call;
  } catch (cause) {
    throw pageError(undefined, cause);
  }
  if (result.data === undefined) throw pageError(result.response.status, result.error);
  return result.data;
}

// Data loaded by the navigation middleware for the page about to be shown, taken once.
const prefetched = new WeakMap<NuxtApp, Map<string, unknown>>();

function prefetchStore(nuxtApp: NuxtApp): Map<string, unknown> {
  let store = prefetched.get(nuxtApp);
  if (!store) prefetched.set(nuxtApp, (store = new Map()));
  return store;
}

/**
 * Loads a page's data before a client-side navigation completes, so the address bar changes
 * together with the content. A failure is left to the page, which loads again and shows it.
 */
export async function prefetchPageData(source: PageDataSource<unknown>): Promise<void> {
  const store = prefetchStore(useNuxtApp());
  try {
    store.set(source.key, await source.load());
  } catch {
    store.delete(source.key);
  }
}

function cachedPageData(key: string, nuxtApp: NuxtApp): unknown {
  if (nuxtApp.isHydrating) return nuxtApp.payload.data[key];
  const store = prefetchStore(nuxtApp);
  const value = store.get(key);
  store.delete(key);
  return value;
}

/**
 * Page data through `useAsyncData`: rendered on the server, reused when hydrating, taken from the
 * navigation prefetch on the client, and reloaded when a reactive source changes its key. A failed
 * load shows the error page (404 or 500).
 */
export async function usePageData<T>(
  source: PageDataSource<T> | (() => PageDataSource<T>),
): Promise<Ref<T>> {
  const current = typeof source === 'function' ? source : () => source;
  const nuxtApp = useNuxtApp();
  const fail = (status: number | undefined) => pageError(status);
  const pending = useAsyncData(
    () => current().key,
    () => current().load(),
    {
      getCachedData: (key, app) => cachedPageData(key, app) as T | undefined,
    },
  );
  let loaded = false;
  // A reload after a client-side change of the key can fail too.
  watch(pending.error, (failure) => {
    if (loaded && failure) void nuxtApp.runWithContext(() => showError(fail(failure.statusCode)));
  });
  const { data, error } = await pending;
  loaded = true;
  if (error.value || data.value === undefined) throw fail(error.value?.statusCode);
  return data as Ref<T>;
}
