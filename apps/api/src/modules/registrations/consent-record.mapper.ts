import type { ConsentRecordDto } from './dto/registration.dto.js';
import type { RegistrationConsentEntity } from './registration-consent.entity.js';

/** A consent as its owner and staff see it: the exact text agreed to, its version and time. */
export function toConsentRecord(consent: RegistrationConsentEntity): ConsentRecordDto {
  return {
    purpose: consent.purpose,
    granted: consent.granted,
    text: consent.text,
    textVersion: consent.textVersion,
    recordedAt: consent.recordedAt.toISOString(),
  };
}
