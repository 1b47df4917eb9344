import type { Ref } from 'vue';
import { callApi } from '../../api/problem';
import { useApiResource } from '../../api/useApiResource';

/** The event whose registrations a page shows: title, questions, capacity and whether editable. */
export function useStaffEvent(eventId: Ref<string>) {
  return useApiResource((client) =>
    callApi(() =>
      client.GET('/api/v1/staff/events/{id}', { params: { path: { id: eventId.value } } }),
    ),
  );
}
