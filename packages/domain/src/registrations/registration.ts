import type { IsoDateTime, Locale, Uuid } from '../common/types.js';
import type { Bundesland, OrganisationType } from '../organisations/organisation.js';

/** Life cycle of a registration; see `rules/registration-status` for the allowed transitions. */
export const RegistrationStatus = {
  /** Registered, address not yet confirmed (double opt-in). Holds no seat. */
  PendingConfirmation: 'pending_confirmation',
  /** Address confirmed and a seat taken. */
  Confirmed: 'confirmed',
  /** Address confirmed, no seat free: on the waiting list. */
  Waitlisted: 'waitlisted',
  /** Address confirmed, waiting for staff approval. */
  AwaitingApproval: 'awaiting_approval',
  Cancelled: 'cancelled',
  Rejected: 'rejected',
  /** Never confirmed within the allowed time. */
  Expired: 'expired',
} as const;
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus];

/** Where a registration came from: the public form, or staff adding it by hand. */
export const RegistrationSource = { Portal: 'portal', Staff: 'staff' } as const;
export type RegistrationSource = (typeof RegistrationSource)[keyof typeof RegistrationSource];

/** Salutation; optional and never forced. */
export const Salutation = { Frau: 'frau', Herr: 'herr', None: 'none' } as const;
export type Salutation = (typeof Salutation)[keyof typeof Salutation];

/** Types of per-event custom questions. */
export const QuestionType = {
  Text: 'text',
  LongText: 'long_text',
  SingleChoice: 'single_choice',
  MultipleChoice: 'multiple_choice',
  Checkbox: 'checkbox',
} as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];

/** Purposes a registrant can consent to, each separately. */
export const ConsentPurpose = {
  Privacy: 'privacy',
  Newsletter: 'newsletter',
  ParticipantList: 'participant_list',
  PhotosRecording: 'photos_recording',
} as const;
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

/**
 * The consents an event may ask for besides the privacy notice (which every form shows); each
 * event chooses which of them its form asks (`RegistrationSettings.consents`).
 */
export const OPTIONAL_CONSENTS = [
  ConsentPurpose.Newsletter,
  ConsentPurpose.ParticipantList,
  ConsentPurpose.PhotosRecording,
] as const;
export type OptionalConsent = (typeof OPTIONAL_CONSENTS)[number];

/** Keys of custom questions: 1 to 40 of lowercase letters, digits and underscores. */
export const QUESTION_KEY_PATTERN = /^[a-z0-9_]{1,40}$/;

/** A custom question of an event's registration form. */
export interface CustomQuestion {
  /** Stable key within the event, used in answers. */
  key: string;
  type: QuestionType;
  label: string;
  helpText: string | null;
  required: boolean;
  /** Options of single and multiple choice questions. */
  options: string[];
}

/** An answer: text for text questions, one option, several options, or a checkbox. */
export type AnswerValue = string | string[] | boolean;

/** A consent as given: the exact text shown and when. */
export interface Consent {
  purpose: ConsentPurpose;
  granted: boolean;
  text: string;
  textVersion: string;
  recordedAt: IsoDateTime;
}

/** Personal data a registrant gives. */
export interface RegistrantData {
  email: string;
  firstName: string;
  lastName: string;
  salutation: Salutation | null;
  academicTitle: string | null;
  organisation: string | null;
  organisationType: OrganisationType | null;
  function: string | null;
  bundesland: Bundesland | null;
  /** "Ihre Frage an die Referenten". */
  questionForSpeakers: string | null;
}

/** A registration for an event. */
export interface Registration extends RegistrantData {
  id: Uuid;
  eventId: Uuid;
  status: RegistrationStatus;
  source: RegistrationSource;
  /** 1-based position while waitlisted. */
  waitlistPosition: number | null;
  answers: Record<string, AnswerValue>;
  consents: Consent[];
  locale: Locale;
  createdAt: IsoDateTime;
  confirmedAt: IsoDateTime | null;
  cancelledAt: IsoDateTime | null;
  attendedAt: IsoDateTime | null;
}
