import type { ValidationIssue } from '@stadtgespraech/domain/common';

/** The fields of a submitted HTML form: one value, or several for repeated names (checkboxes). */
export type FormEntries = Record<string, string | string[]>;

/** German error messages by form field name ("firstName", "answers.topic", "consent.privacy"). */
export type FieldErrors = Record<string, string>;

/** What a form shows after a failed submission: the values entered and what is wrong. */
export interface FormState {
  /** Which form the state belongs to, e.g. "registration". */
  form: string;
  values: FormEntries;
  errors: FieldErrors;
  /** A message about the form as a whole (deadline passed, rate limit, …). */
  message?: string;
  /** A result to show instead of the form (e.g. "expired" on a confirmation page). */
  outcome?: string;
}

/** Collects form data (FormData or URLSearchParams) into entries; repeated names become lists. */
export function formEntries(data: Iterable<[string, FormDataEntryValue | string]>): FormEntries {
  const entries: FormEntries = {};
  for (const [name, raw] of data) {
    if (typeof raw !== 'string') continue;
    const current = entries[name];
    if (current === undefined) entries[name] = raw;
    else entries[name] = Array.isArray(current) ? [...current, raw] : [current, raw];
  }
  return entries;
}

/** One text value, trimmed; empty or missing is undefined. */
export function entryText(entries: FormEntries, name: string): string | undefined {
  const value = entries[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** All non-empty values of a name (checkbox groups). */
export function entryList(entries: FormEntries, name: string): string[] {
  const value = entries[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

/** Whether a form value (or one of a list) equals `option`: for checked and selected states. */
export function entryHas(entries: FormEntries | undefined, name: string, option: string): boolean {
  if (!entries) return false;
  const value = entries[name];
  return Array.isArray(value) ? value.includes(option) : value === option;
}

export interface ErrorTexts {
  /** Messages for missing required fields, by field name. */
  required: Record<string, string>;
  invalidEmail: string;
  tooLong: string;
  invalidChoice: string;
  invalid: string;
}

const MISSING = new Set(['isNotBlank', 'isNotEmpty', 'isDefined', 'isString', 'equals']);

/** The German message for a field whose constraints failed. */
export function fieldMessage(field: string, constraints: string[], texts: ErrorTexts): string {
  const required = texts.required[field];
  if (required && constraints.some((c) => MISSING.has(c) || c === 'hasGrantedConsent')) {
    return required;
  }
  if (constraints.includes('isEmail')) return texts.invalidEmail;
  if (constraints.includes('maxLength') || constraints.includes('arrayMaxSize')) {
    return texts.tooLong;
  }
  if (constraints.some((c) => c.startsWith('isEnum') || c === 'isIn')) return texts.invalidChoice;
  return required ?? texts.invalid;
}

/**
 * Maps a DTO path of `validateInput` ("consents", "consent.granted", "answers") to the name of
 * the form field that shows it.
 */
export function fieldOfPath(path: string): string {
  if (path === 'consents' || path.startsWith('consents.')) return 'consent.privacy';
  if (path === 'consent' || path.startsWith('consent.')) return 'consent';
  return path;
}

/** The first message per field, in the order of the issues. */
export function errorsFromIssues(issues: ValidationIssue[], texts: ErrorTexts): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    errors[field] ??= fieldMessage(field, issue.constraints, texts);
  }
  return errors;
}

interface ProblemLike {
  code?: string;
  detail?: string;
  errors?: { pointer: string; messages: string[] }[];
}

/** Guesses a constraint from one of class-validator's English messages. */
function constraintOfMessage(message: string): string {
  if (/must be an email/i.test(message)) return 'isEmail';
  if (/shorter than or equal/i.test(message) || /must contain no more/i.test(message)) {
    return 'maxLength';
  }
  if (/must be one of/i.test(message)) return 'isEnumValue';
  if (/blank|should not be empty|must be a string|must grant|must be granted/i.test(message)) {
    return 'isNotBlank';
  }
  return 'invalid';
}

/** Field errors of an API problem document (`errors[].pointer` like "body.firstName"). */
export function errorsFromProblem(problem: ProblemLike, texts: ErrorTexts): FieldErrors {
  const errors: FieldErrors = {};
  for (const { pointer, messages } of problem.errors ?? []) {
    const path = pointer
      .replace(/^(body|request)\./, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/^(consents?)\.\d+\..*$/, '$1');
    const field = fieldOfPath(path);
    errors[field] ??= fieldMessage(field, messages.map(constraintOfMessage), texts);
  }
  return errors;
}

/** The question key a registration problem's detail names: `The question "topic" must …`. */
export function questionKeyOfProblem(problem: ProblemLike): string | undefined {
  return problem.detail?.match(/"([a-z0-9_]{1,40})"/)?.[1];
}
