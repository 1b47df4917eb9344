import type { EventFormat, EventStatus, EventType } from '@stadtgespraech/domain/events';
import type { OrganisationType } from '@stadtgespraech/domain/organisations';
import { t } from './index';

export const eventTypeLabel = (type: EventType): string => t(`eventType.${type}`);
export const eventFormatLabel = (format: EventFormat): string => t(`eventFormat.${format}`);
export const eventStatusLabel = (status: EventStatus): string => t(`eventStatus.${status}`);
export const organisationTypeLabel = (type: OrganisationType): string =>
  t(`organisationType.${type}`);
