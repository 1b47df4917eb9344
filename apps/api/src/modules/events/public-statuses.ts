import { EventStatus } from '@stadtgespraech/domain';

/** Statuses visible to the public; drafts never are. */
export const PUBLIC_STATUSES = [EventStatus.Published, EventStatus.Cancelled] as const;
