import { normaliseEmail } from '@stadtgespraech/domain/rules';
import type { RegistrantDetailsDto } from '@stadtgespraech/domain/registrations';
import type { RegistrationEntity } from './registration.entity.js';

/** The columns of a new registration that hold what the registrant (or staff) typed in. */
export function registrantColumns(
  input: RegistrantDetailsDto & { email: string },
): Partial<RegistrationEntity> {
  return {
    email: input.email.trim(),
    emailNormalized: normaliseEmail(input.email),
    salutation: input.salutation ?? null,
    academicTitle: input.academicTitle ?? null,
    firstName: input.firstName,
    lastName: input.lastName,
    organisation: input.organisation ?? null,
    organisationType: input.organisationType ?? null,
    function: input.function ?? null,
    bundesland: input.bundesland ?? null,
    questionForSpeakers: input.questionForSpeakers ?? null,
    answers: input.answers ?? {},
    locale: input.locale,
  };
}
