import type { StaffRegistrationPage, StaffRegistrationRow } from '@stadtgespraech/api-client';
import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useApiClient } from '../../api/client';
import { callApi, type ApiProblem } from '../../api/problem';
import type { LoadState } from '../../api/useApiResource';
import {
  DEFAULT_REGISTRATION_FILTERS,
  registrationFiltersFromQuery,
  registrationFiltersToApiQuery,
  registrationFiltersToQuery,
  type RegistrationFilters,
} from './registrationFilters';

/**
 * The registration table of one event: filters come from and go to the route query; rows are
 * loaded page by page after a cursor, so "Weitere laden" costs the same at any depth.
 */
export function useRegistrationTable(eventId: () => string) {
  const client = useApiClient();
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;

  const filters = computed(() => registrationFiltersFromQuery(route.query));
  const state = ref<LoadState>('loading');
  const rows = shallowRef<StaffRegistrationRow[]>([]);
  const page = shallowRef<StaffRegistrationPage | null>(null);
  const problem = shallowRef<ApiProblem | null>(null);
  const loadingMore = ref(false);

  let latest = 0;
  async function fetchPage(cursor: string | null) {
    return callApi(() =>
      client.GET('/api/v1/staff/events/{id}/registrations', {
        params: {
          path: { id: eventId() },
          query: registrationFiltersToApiQuery(filters.value, cursor),
        },
      }),
    );
  }

  async function load(): Promise<void> {
    const request = ++latest;
    state.value = 'loading';
    const outcome = await fetchPage(null);
    // A slower answer to an older filter must not overwrite a newer one.
    if (request !== latest) return;
    if (outcome.ok) {
      page.value = outcome.data;
      rows.value = outcome.data.items;
      problem.value = null;
      state.value = 'ready';
    } else {
      problem.value = outcome.problem;
      state.value = 'error';
    }
  }

  async function loadMore(): Promise<void> {
    const cursor = page.value?.nextCursor;
    if (!cursor || loadingMore.value) return;
    const request = latest;
    loadingMore.value = true;
    const outcome = await fetchPage(cursor);
    loadingMore.value = false;
    if (request !== latest) return;
    if (outcome.ok) {
      page.value = outcome.data;
      rows.value = [...rows.value, ...outcome.data.items];
    } else {
      problem.value = outcome.problem;
      state.value = 'error';
    }
  }

  watch(
    () => JSON.stringify(registrationFiltersToApiQuery(filters.value)),
    () => {
      if (route.name === routeName) void load();
    },
    { immediate: true },
  );

  function update(changes: Partial<RegistrationFilters>, mode: 'push' | 'replace' = 'push') {
    return router[mode]({ query: registrationFiltersToQuery({ ...filters.value, ...changes }) });
  }

  function reset() {
    return update({
      ...DEFAULT_REGISTRATION_FILTERS,
      status: filters.value.status,
      sort: filters.value.sort,
      direction: filters.value.direction,
    });
  }

  return { filters, state, rows, page, problem, loadingMore, load, loadMore, update, reset };
}
