import { createApiClient, type ApiClient } from '@stadtgespraech/api-client';

/**
 * The typed API client: on the server straight to the API (`apiBaseUrl`), in the browser through
 * the portal's own `/api/**` proxy on the same origin, so no CORS is needed.
 */
export function useApi(): ApiClient {
  const baseUrl = import.meta.server ? useRuntimeConfig().apiBaseUrl.replace(/\/+$/, '') : '';
  return createApiClient(baseUrl);
}
