import type { StaffSettableStatus } from '@stadtgespraech/domain';
import { toConsentRecord } from '../registrations/consent-record.mapper.js';
import type { RegistrationEntity } from '../registrations/registration.entity.js';
import type {
  RegistrationHistoryEntryDto,
  RegistrationMailDto,
  StaffRegistrationDto,
  StaffRegistrationEventDto,
} from './dto/staff-registration.dto.js';

export interface StaffRegistrationContext {
  event: StaffRegistrationEventDto;
  mails: RegistrationMailDto[];
  history: RegistrationHistoryEntryDto[];
  waitlistPosition: number | null;
  editable: boolean;
  allowedStatuses: StaffSettableStatus[];
}

/** The stored fields of a registration, without tokens and hashes. */
export function registrationRecord(registration: RegistrationEntity) {
  return {
    id: registration.id,
    status: registration.status,
    source: registration.source,
    email: registration.email,
    salutation: registration.salutation,
    academicTitle: registration.academicTitle,
    firstName: registration.firstName,
    lastName: registration.lastName,
    organisation: registration.organisation,
    organisationType: registration.organisationType,
    function: registration.function,
    bundesland: registration.bundesland,
    questionForSpeakers: registration.questionForSpeakers,
    answers: registration.answers,
    locale: registration.locale,
    consents: (registration.consents ?? []).map(toConsentRecord),
    createdAt: registration.createdAt.toISOString(),
    queuedAt: registration.queuedAt?.toISOString() ?? null,
    cancelledAt: registration.cancelledAt?.toISOString() ?? null,
    attendedAt: registration.attendedAt?.toISOString() ?? null,
  };
}

/** Everything stored about a registration, as staff see it; tokens and hashes stay inside. */
export function toStaffRegistration(
  registration: RegistrationEntity,
  context: StaffRegistrationContext,
): StaffRegistrationDto {
  return { ...registrationRecord(registration), version: registration.version, ...context };
}
