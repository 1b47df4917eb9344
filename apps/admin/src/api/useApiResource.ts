import { onMounted, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { ApiClient } from '@stadtgespraech/api-client';
import { useApiClient } from './client';
import type { ApiProblem, ApiResult } from './problem';

export type LoadState = 'loading' | 'ready' | 'error';

export interface ApiResource<T> {
  state: Ref<LoadState>;
  data: ShallowRef<T | null>;
  problem: ShallowRef<ApiProblem | null>;
  reload: () => Promise<void>;
}

/** Loads data once the component is mounted; `reload` repeats it (e.g. "Erneut versuchen"). */
export function useApiResource<T>(
  load: (client: ApiClient) => Promise<ApiResult<T>>,
): ApiResource<T> {
  const client = useApiClient();
  const state = ref<LoadState>('loading');
  const data = shallowRef<T | null>(null);
  const problem = shallowRef<ApiProblem | null>(null);
  let latest = 0;

  async function reload(): Promise<void> {
    const request = ++latest;
    state.value = 'loading';
    const result = await load(client);
    if (request !== latest) return;
    if (result.ok) {
      data.value = result.data;
      problem.value = null;
      state.value = 'ready';
    } else {
      problem.value = result.problem;
      state.value = 'error';
    }
  }

  onMounted(reload);
  return { state, data, problem, reload };
}
