import { DomainError } from '../common/errors.js';
import { ConsentPurpose, type OptionalConsent } from '../registrations/registration.js';
import { RegistrationErrorCode } from './error-codes.js';

/**
 * Throws unless every consent given is one the event's form asks for: the privacy notice, or
 * one of the event's optional consents. A consent the form never showed cannot have been given.
 */
export function assertConsentsAsked(
  asked: readonly OptionalConsent[],
  given: readonly { purpose: string }[],
): void {
  const unasked = given
    .map((consent) => consent.purpose)
    .filter(
      (purpose) =>
        purpose !== ConsentPurpose.Privacy && !asked.includes(purpose as OptionalConsent),
    );
  if (unasked.length > 0) {
    throw new DomainError(
      RegistrationErrorCode.ConsentNotAsked,
      `This event does not ask for: ${unasked.join(', ')}.`,
      { purposes: unasked },
    );
  }
}
