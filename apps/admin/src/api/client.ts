import { createApiClient, type ApiClient } from '@stadtgespraech/api-client';
import { inject, type InjectionKey } from 'vue';

/**
 * The one client of the app. The admin is served on the API's origin (the static server, or
 * Vite's proxy in development, forwards /api), so the base URL is empty.
 */
export const apiClient: ApiClient = createApiClient('');

/** Components take the client from here, so tests can provide a client with a fake `fetch`. */
export const apiClientKey: InjectionKey<ApiClient> = Symbol('apiClient');

export function useApiClient(): ApiClient {
  return inject(apiClientKey, apiClient);
}
