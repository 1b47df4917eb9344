import type { ApiClient } from '@stadtgespraech/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { apiClientKey } from '../api/client';
import { type StaffSession, staffSession } from '../features/session/staffSession';
import { createAdminRouter } from '../router';

/** A complete login of the demo administrator, as the API describes it. */
export const ADMIN_SESSION: StaffSession = {
  account: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'verwaltung@stadtgespraech.demo',
    displayName: 'Vera Verwaltung (Demo)',
    role: 'administrator',
    organisations: [],
    secondFactorEnabled: false,
    status: 'active',
    lastLoginAt: '2026-11-21T09:00:00.000Z',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
  },
  secondFactor: 'none',
  csrfToken: 'c'.repeat(43),
  expiresAt: '2026-11-21T22:00:00.000Z',
};

/**
 * The whole app (layout, router, pages) at `path`, with `client` as its API client, logged in
 * as `session` (null: logged out; 'ask': the app asks the API, as after a page load).
 */
export async function mountApp(
  path: string,
  client: ApiClient,
  session: StaffSession | null | 'ask' = ADMIN_SESSION,
) {
  staffSession.value = session === 'ask' ? undefined : session;
  const router = createAdminRouter(createMemoryHistory(), client);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [router], provide: { [apiClientKey as symbol]: client } },
  });
  await flushPromises();
  return { wrapper, router };
}
