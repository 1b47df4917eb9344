import type { StaffRegistration } from '@stadtgespraech/api-client';

/** The registrant's data as the add and edit forms hold it: text fields, '' for "none". */
export interface RegistrantForm {
  email: string;
  academicTitle: string;
  firstName: string;
  lastName: string;
  organisation: string;
  organisationType: string;
  function: string;
  bundesland: string;
  locale: string;
  questionForSpeakers: string;
}

export function emptyRegistrantForm(): RegistrantForm {
  return {
    email: '',
    academicTitle: '',
    firstName: '',
    lastName: '',
    organisation: '',
    organisationType: '',
    function: '',
    bundesland: '',
    locale: 'de',
    questionForSpeakers: '',
  };
}

/** The form filled with a stored registration, for editing. */
export function registrantFormOf(registration: StaffRegistration): RegistrantForm {
  return {
    email: registration.email,
    academicTitle: registration.academicTitle ?? '',
    firstName: registration.firstName,
    lastName: registration.lastName,
    organisation: registration.organisation ?? '',
    organisationType: registration.organisationType ?? '',
    function: registration.function ?? '',
    bundesland: registration.bundesland ?? '',
    locale: registration.locale,
    questionForSpeakers: registration.questionForSpeakers ?? '',
  };
}

/** Whether the required fields are filled in. */
export function registrantFormComplete(form: RegistrantForm): boolean {
  return Boolean(form.email.trim() && form.firstName.trim() && form.lastName.trim());
}

/** The request body's fields: trimmed, and null where a field was emptied. */
export function registrantBody(form: RegistrantForm) {
  const optional = (value: string) => value.trim() || null;
  return {
    email: form.email.trim(),
    academicTitle: optional(form.academicTitle),
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    organisation: optional(form.organisation),
    organisationType: form.organisationType || null,
    function: optional(form.function),
    bundesland: form.bundesland || null,
    locale: form.locale,
    questionForSpeakers: optional(form.questionForSpeakers),
  };
}
