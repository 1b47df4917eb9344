import type { EventFormat, EventStatus, EventType } from '@stadtgespraech/domain/events';
import {
  BUNDESLAND_NAMES,
  type Bundesland,
  type OrganisationType,
} from '@stadtgespraech/domain/organisations';
import type { RegistrationStatus } from '@stadtgespraech/domain/registrations';
import { de } from './de';
import { t, tOr } from './index';

export const eventTypeLabel = (type: EventType): string => t(`eventType.${type}`);
export const eventFormatLabel = (format: EventFormat): string => t(`eventFormat.${format}`);
export const eventStatusLabel = (status: EventStatus): string => t(`eventStatus.${status}`);
export const organisationTypeLabel = (type: OrganisationType): string =>
  t(`organisationType.${type}`);
export const registrationStatusLabel = (status: RegistrationStatus): string =>
  t(`registrationStatus.${status}`);
export const bundeslandLabel = (code: Bundesland): string => BUNDESLAND_NAMES[code];

/** An answer as text: options joined, a checkbox as ja/nein, nothing as "keine Angabe". */
export function answerText(value: unknown): string {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value) && value.length > 0) return value.join(', ');
  return typeof value === 'string' && value.trim() ? value : t('common.none');
}

/** The federal states in alphabetical order of their names, for select lists. */
export const BUNDESLAENDER_BY_NAME: readonly Bundesland[] = (
  Object.keys(BUNDESLAND_NAMES) as Bundesland[]
).sort((a, b) => BUNDESLAND_NAMES[a].localeCompare(BUNDESLAND_NAMES[b], 'de'));

/** A staff action of the audit log in words; actions this version does not name show their code. */
export function auditActionLabel(action: string): string {
  return tOr(`audit.action.${action}`, action);
}

/** Every action the audit log names, by label, for the filter. */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(de)
  .filter((key) => key.startsWith('audit.action.'))
  .map((key) => key.slice('audit.action.'.length))
  .sort((a, b) => auditActionLabel(a).localeCompare(auditActionLabel(b), 'de'));
