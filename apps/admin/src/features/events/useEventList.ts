import type { StaffEventPage } from '@stadtgespraech/api-client';
import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useApiClient } from '../../api/client';
import { callApi, type ApiProblem } from '../../api/problem';
import type { LoadState } from '../../api/useApiResource';
import { pageCount } from '../../lib/paging';
import {
  EVENTS_PAGE_SIZE,
  filtersFromQuery,
  filtersToApiQuery,
  filtersToQuery,
  type EventFilters,
} from './eventFilters';

/**
 * The event list of the current route: filters come from and go to the route query, and every
 * change of them loads the matching page from the API.
 */
export function useEventList() {
  const client = useApiClient();
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;

  const filters = computed(() => filtersFromQuery(route.query));
  const state = ref<LoadState>('loading');
  const result = shallowRef<StaffEventPage | null>(null);
  const problem = shallowRef<ApiProblem | null>(null);
  const pages = computed(() => pageCount(result.value?.total ?? 0, EVENTS_PAGE_SIZE));

  let latest = 0;
  async function load(): Promise<void> {
    const request = ++latest;
    state.value = 'loading';
    const query = filtersToApiQuery(filters.value);
    const outcome = await callApi(() => client.GET('/api/v1/staff/events', { params: { query } }));
    // A slower answer to an older filter must not overwrite a newer one.
    if (request !== latest) return;
    if (outcome.ok) {
      const last = pageCount(outcome.data.total, EVENTS_PAGE_SIZE);
      if (outcome.data.items.length === 0 && filters.value.page > last) {
        // A link to a page that no longer exists (fewer results now): show the last one.
        void router.replace({ query: filtersToQuery({ ...filters.value, page: last }) });
        return;
      }
      result.value = outcome.data;
      problem.value = null;
      state.value = 'ready';
    } else {
      problem.value = outcome.problem;
      state.value = 'error';
    }
  }

  watch(
    () => JSON.stringify(filtersToApiQuery(filters.value)),
    () => {
      // While leaving the page the route already shows the next page's query.
      if (route.name === routeName) void load();
    },
    { immediate: true },
  );

  /** Changes some filters; any change but the page itself starts again at page 1. */
  function update(changes: Partial<EventFilters>, mode: 'push' | 'replace' = 'push') {
    const next: EventFilters = { ...filters.value, page: 1, ...changes };
    return router[mode]({ query: filtersToQuery(next) });
  }

  function reset() {
    return router.push({
      query: filtersToQuery({
        ...filters.value,
        q: '',
        series: '',
        type: '',
        format: '',
        status: '',
        page: 1,
      }),
    });
  }

  function pageQuery(page: number) {
    return filtersToQuery({ ...filters.value, page });
  }

  return { filters, state, result, problem, pages, load, update, reset, pageQuery };
}
