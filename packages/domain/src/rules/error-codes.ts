/**
 * Stable codes of the errors registration rules throw. The API passes them on as the `code` of
 * its problem documents, so front ends can translate them; never rename a value.
 */
export const RegistrationErrorCode = {
  NotOpenYet: 'REGISTRATION.NOT_OPEN_YET',
  DeadlinePassed: 'REGISTRATION.DEADLINE_PASSED',
  EventCancelled: 'REGISTRATION.EVENT_CANCELLED',
  /** The event needs no registration or registers elsewhere. */
  NotAvailable: 'REGISTRATION.NOT_AVAILABLE',
  Full: 'REGISTRATION.FULL',
  InvalidTransition: 'REGISTRATION.INVALID_TRANSITION',
  /** An answer refers to a question the event does not ask. */
  UnknownQuestion: 'REGISTRATION.UNKNOWN_QUESTION',
  /** A required question has no answer. */
  AnswerRequired: 'REGISTRATION.ANSWER_REQUIRED',
  /** An answer has the wrong type or names an option the question does not offer. */
  InvalidAnswer: 'REGISTRATION.INVALID_ANSWER',
  /** A consent is given for a purpose the event's form does not ask for. */
  ConsentNotAsked: 'REGISTRATION.CONSENT_NOT_ASKED',
} as const;
export type RegistrationErrorCode =
  (typeof RegistrationErrorCode)[keyof typeof RegistrationErrorCode];

/** Stable codes of the errors slug rules throw. */
export const SlugErrorCode = {
  /** Every candidate `uniqueSlug` tried was taken. */
  Exhausted: 'SLUG.EXHAUSTED',
} as const;
export type SlugErrorCode = (typeof SlugErrorCode)[keyof typeof SlugErrorCode];
