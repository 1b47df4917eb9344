import { ApiHeader } from '@nestjs/swagger';
import { StaffRole } from '@stadtgespraech/domain/staff';

/** The roles that change events (organisers within their organisations' events). */
export const EVENT_EDITORS = [StaffRole.Administrator, StaffRole.Organiser];

/** The If-Match header every change of an event needs, for the OpenAPI document. */
export const EventIfMatch = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag (version) of the event as loaded; a stale one is refused with 412',
});
