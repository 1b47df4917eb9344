import type { components } from '@stadtgespraech/api-client';
import type { Locale } from '@stadtgespraech/domain/common';
import type { Messages } from '~/locales/de';
import {
  entryList,
  entryText,
  errorsFromProblem,
  questionKeyOfProblem,
  type ErrorTexts,
  type FieldErrors,
  type FormEntries,
} from './forms';

type Question = components['schemas']['QuestionDto'];
type AnswerValue = string | string[] | boolean;

/** Consent purposes a registration form asks for, in the order shown; privacy first. */
export const REGISTRATION_CONSENTS = [
  'privacy',
  'newsletter',
  'participant_list',
  'photos_recording',
] as const;

/** The consents an event's form shows: the privacy notice, then those the event asks for. */
export function consentsAsked(asked: readonly string[]) {
  return REGISTRATION_CONSENTS.filter(
    (purpose) => purpose === 'privacy' || asked.includes(purpose),
  );
}

/** The personal data and answers of a registration form, as the API takes them. */
export function registrantDetails(entries: FormEntries, questions: readonly Question[]) {
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const name = `answers.${question.key}`;
    if (question.type === 'checkbox') answers[question.key] = entryText(entries, name) === 'ja';
    else if (question.type === 'multiple_choice') {
      const chosen = entryList(entries, name);
      if (chosen.length > 0) answers[question.key] = chosen;
    } else {
      const text = entryText(entries, name);
      if (text !== undefined) answers[question.key] = text;
    }
  }
  const optional = (name: string) => entryText(entries, name) ?? null;
  return {
    firstName: entryText(entries, 'firstName') ?? '',
    lastName: entryText(entries, 'lastName') ?? '',
    salutation: optional('salutation'),
    academicTitle: optional('academicTitle'),
    organisation: optional('organisation'),
    organisationType: optional('organisationType'),
    function: optional('function'),
    bundesland: optional('bundesland'),
    questionForSpeakers: optional('questionForSpeakers'),
    answers,
  };
}

/**
 * The body of `POST /api/v1/events/{slug}/registrations` from a submitted form, without the
 * abuse-protection fields. Each consent shown is sent with its text version, ticked or not.
 */
export function registrationBody(
  entries: FormEntries,
  questions: readonly Question[],
  locale: Locale,
) {
  const consents = REGISTRATION_CONSENTS.flatMap((purpose) => {
    const textVersion = entryText(entries, `consentVersion.${purpose}`);
    if (!textVersion) return [];
    return [{ purpose, granted: entryText(entries, `consent.${purpose}`) === 'ja', textVersion }];
  });
  return {
    email: entryText(entries, 'email') ?? '',
    ...registrantDetails(entries, questions),
    consents,
    locale,
  };
}

/** The abuse-protection fields of a submitted form (honeypot and form token), when present. */
export function protectionFields(entries: FormEntries): { formToken?: string; website?: string } {
  const formToken = entryText(entries, 'formToken');
  const website = entries.website;
  return {
    ...(formToken ? { formToken } : {}),
    ...(typeof website === 'string' ? { website } : {}),
  };
}

export function registrationErrorTexts(t: Messages): ErrorTexts {
  return {
    required: t.registrationForm.requiredFields,
    invalidEmail: t.form.invalidEmail,
    tooLong: t.form.tooLong,
    invalidChoice: t.form.invalidChoice,
    invalid: t.form.invalid,
  };
}

interface ProblemLike {
  status?: number;
  code?: string;
  detail?: string;
  errors?: { pointer: string; messages: string[] }[];
}

/** What a registration problem means for the form: messages by field, or one for the form. */
export function registrationProblem(
  problem: ProblemLike | undefined,
  t: Messages,
): { errors: FieldErrors; message?: string } {
  const texts = registrationErrorTexts(t);
  const code = problem?.code;
  switch (code) {
    case 'REQUEST.VALIDATION_FAILED': {
      const errors = errorsFromProblem(problem!, texts);
      return Object.keys(errors).length > 0 ? { errors } : { errors, message: t.form.failed };
    }
    case 'REGISTRATION.PRIVACY_CONSENT_REQUIRED':
      return { errors: { 'consent.privacy': texts.required['consent.privacy']! } };
    case 'REGISTRATION.ANSWER_REQUIRED':
    case 'REGISTRATION.INVALID_ANSWER': {
      const key = questionKeyOfProblem(problem!);
      const text =
        code === 'REGISTRATION.ANSWER_REQUIRED'
          ? t.registrationForm.answerRequired
          : t.registrationForm.answerInvalid;
      return key ? { errors: { [`answers.${key}`]: text } } : { errors: {}, message: text };
    }
    case 'REQUEST.RATE_LIMITED':
      return { errors: {}, message: t.form.rateLimited };
    default: {
      const known = code ? t.registrationForm.problems[code] : undefined;
      return { errors: {}, message: known ?? t.form.failed };
    }
  }
}

export { BUNDESLAND_NAMES as BUNDESLAND_LABELS } from '@stadtgespraech/domain/organisations';
