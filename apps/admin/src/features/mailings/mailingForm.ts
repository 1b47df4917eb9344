import type { Mailing } from '@stadtgespraech/api-client';
import type { Bundesland, OrganisationType } from '@stadtgespraech/domain/organisations';
import type { AttendanceFilter } from '@stadtgespraech/domain/registrations';
import {
  isMailable,
  MAILING_PLACEHOLDERS,
  unknownPlaceholders,
  type MailableStatus,
} from '@stadtgespraech/domain/rules';
import type { LocationQuery } from 'vue-router';
import { t } from '../../i18n';
import { bundeslandLabel, organisationTypeLabel, registrationStatusLabel } from '../../i18n/labels';
import { registrationFiltersFromQuery } from '../registrations/registrationFilters';

/** Which registrants get the mail; empty means "any". */
export interface MailingSegmentForm {
  status: MailableStatus | '';
  attended: AttendanceFilter | '';
  organisationType: OrganisationType | '';
  bundesland: Bundesland | '';
  /** `question_key:value`, or empty. */
  answer: string;
}

export interface MailingForm {
  segment: MailingSegmentForm;
  subject: string;
  body: string;
  withEnglish: boolean;
  subjectEn: string;
  bodyEn: string;
}

export type MailingField = 'subject' | 'body' | 'subjectEn' | 'bodyEn';

/**
 * A new mailing, its segment taken from the registration table's filters in `query` (the
 * table's "Rundmail" link passes them on); statuses that get no mailings are dropped.
 */
export function mailingFormFromQuery(query: LocationQuery): MailingForm {
  const filters = registrationFiltersFromQuery(query);
  return {
    segment: {
      status: filters.status && isMailable(filters.status) ? filters.status : '',
      attended: filters.attended,
      organisationType: filters.organisationType,
      bundesland: filters.bundesland,
      answer: filters.answer,
    },
    subject: '',
    body: '',
    withEnglish: false,
    subjectEn: '',
    bodyEn: '',
  };
}

/** The request body of preview, test and send: empty filters left out, English only if wanted. */
export function mailingRequest(form: MailingForm) {
  const segment = Object.fromEntries(
    Object.entries(form.segment).filter(([, value]) => value !== ''),
  ) as Partial<Record<keyof MailingSegmentForm, string>>;
  return {
    subject: form.subject,
    body: form.body,
    segment,
    ...(form.withEnglish ? { english: { subject: form.subjectEn, body: form.bodyEn } } : {}),
  };
}

/** What the API would refuse, said in German before asking it: missing texts, unknown placeholders. */
export function mailingFormErrors(form: MailingForm): Partial<Record<MailingField, string>> {
  const errors: Partial<Record<MailingField, string>> = {};
  const check = (field: MailingField, value: string) => {
    if (!value.trim()) errors[field] = t('mailing.required');
    else {
      const unknown = unknownPlaceholders(value);
      if (unknown.length > 0)
        errors[field] = t('mailing.unknownPlaceholders', {
          names: unknown.map((name) => `{{${name}}}`).join(', '),
          known: MAILING_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', '),
        });
    }
  };
  check('subject', form.subject);
  check('body', form.body);
  if (form.withEnglish) {
    check('subjectEn', form.subjectEn);
    check('bodyEn', form.bodyEn);
  }
  return errors;
}

/** A segment in words, e.g. "Bestätigt · nicht anwesend · Hessen". */
export function segmentSummary(segment: Mailing['segment'] | MailingSegmentForm): string {
  const parts = [
    segment.status ? registrationStatusLabel(segment.status) : t('mailing.segment.allActive'),
    segment.attended ? t(`registrations.filter.attended.${segment.attended}`) : null,
    segment.organisationType ? organisationTypeLabel(segment.organisationType) : null,
    segment.bundesland ? bundeslandLabel(segment.bundesland) : null,
    segment.answer ? t('mailing.segment.answer', { answer: segment.answer }) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** `text` with `insert` put in place of the selection from `start` to `end`, and the caret after it. */
export function insertText(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
