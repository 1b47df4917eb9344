import type { ApiClient, components } from '@stadtgespraech/api-client';
import { ref } from 'vue';

export type StaffSession = components['schemas']['StaffSessionDto'];

/**
 * The staff session of this browser tab: null when logged out, undefined until asked. The
 * cookie itself is httpOnly; the API tells who is logged in and the CSRF token.
 */
export const staffSession = ref<StaffSession | null | undefined>(undefined);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sends the session's CSRF token with every state-changing request of `client`. */
export function sendCsrfToken(client: ApiClient): void {
  client.use({
    onRequest({ request }) {
      const token = staffSession.value?.csrfToken;
      if (token && !SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', token);
      return request;
    },
  });
}

/** Asks the API who is logged in (once per page load unless `force`). */
export async function loadStaffSession(client: ApiClient, force = false) {
  if (staffSession.value !== undefined && !force) return staffSession.value;
  const answer = await client.GET('/api/v1/staff/session');
  staffSession.value = answer.data ?? null;
  return staffSession.value;
}

/** True when the session may use the app (logged in, second factor done). */
export const isLoggedIn = (session: StaffSession | null | undefined): session is StaffSession =>
  !!session && session.secondFactor === 'none';

export async function logOut(client: ApiClient): Promise<void> {
  await client.DELETE('/api/v1/staff/session');
  staffSession.value = null;
}
