import type { ApiClient } from '@stadtgespraech/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { apiClientKey } from '../api/client';
import { createAdminRouter } from '../router';

/** The whole app (layout, router, pages) at `path`, with `client` as its API client. */
export async function mountApp(path: string, client: ApiClient) {
  const router = createAdminRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [router], provide: { [apiClientKey as symbol]: client } },
  });
  await flushPromises();
  return { wrapper, router };
}
