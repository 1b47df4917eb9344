import type { EventAvailability } from '@stadtgespraech/api-client';

const loading = new Set<string>();

/**
 * The live registration state and free seats of an event, loaded in the browser after hydration
 * so the server-rendered (and cached) event page stays the same for everybody. Null until loaded,
 * without JavaScript, or when the request fails: the page then shows its server-rendered state.
 */
export function useAvailability(slug: string) {
  const availability = useState<EventAvailability | null>(`availability:${slug}`, () => null);
  const api = useApi();
  onMounted(() => {
    // Several parts of the page show the state: the first to mount asks, the others share it.
    if (availability.value || loading.has(slug)) return;
    loading.add(slug);
    void api
      .GET('/api/v1/events/{slug}/availability', { params: { path: { slug } } })
      .then((answer) => {
        if (answer.data) availability.value = answer.data;
      })
      .catch(() => {
        // Keep the server-rendered state.
      })
      .finally(() => loading.delete(slug));
  });
  return availability;
}
