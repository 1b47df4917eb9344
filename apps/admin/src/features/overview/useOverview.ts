import type { EventSummary } from '@stadtgespraech/api-client';
import { callApi, type ApiResult } from '../../api/problem';
import { useApiResource } from '../../api/useApiResource';

export interface Overview {
  upcomingTotal: number;
  pastTotal: number;
  next: EventSummary[];
}

export const NEXT_EVENTS = 3;

/** Figures of the dashboard: the totals of both event lists and the next three dates. */
export function useOverview() {
  return useApiResource(async (client): Promise<ApiResult<Overview>> => {
    const [upcoming, past] = await Promise.all([
      callApi(() =>
        client.GET('/api/v1/events', {
          params: { query: { time: 'upcoming', pageSize: NEXT_EVENTS } },
        }),
      ),
      callApi(() =>
        client.GET('/api/v1/events', { params: { query: { time: 'past', pageSize: 1 } } }),
      ),
    ]);
    if (!upcoming.ok) return upcoming;
    if (!past.ok) return past;
    return {
      ok: true,
      data: {
        upcomingTotal: upcoming.data.total,
        pastTotal: past.data.total,
        next: upcoming.data.items.slice(0, NEXT_EVENTS),
      },
    };
  });
}
