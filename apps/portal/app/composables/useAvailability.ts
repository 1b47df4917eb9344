import type { EventAvailability } from '@stadtgespraech/api-client';

/**
 * The live registration state and free seats of an event, loaded in the browser after hydration
 * so the server-rendered (and cached) event page stays the same for everybody. Null until loaded,
 * without JavaScript, or when the request fails: the page then shows its server-rendered state.
 */
export function useAvailability(slug: string) {
  const availability = useState<EventAvailability | null>(`availability:${slug}`, () => null);
  const api = useApi();
  onMounted(async () => {
    if (availability.value) return;
    try {
      const answer = await api.GET('/api/v1/events/{slug}/availability', {
        params: { path: { slug } },
      });
      if (answer.data) availability.value = answer.data;
    } catch {
      // Keep the server-rendered state.
    }
  });
  return availability;
}
