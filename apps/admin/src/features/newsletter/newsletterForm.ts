import { t } from '../../i18n';

/** An issue of the "new dates" newsletter as the page holds it. */
export interface NewsletterForm {
  eventIds: string[];
  subject: string;
  intro: string;
  withEnglish: boolean;
  subjectEn: string;
  introEn: string;
}

/** Fields that can carry an error: checked here, or named by the API. */
export type NewsletterField = 'eventIds' | 'subject' | 'intro' | 'subjectEn' | 'introEn';

/**
 * The usual subject of the German version: mail text for subscribers, not an admin text, so it
 * stays German whatever language the admin shows.
 */
export const DEFAULT_SUBJECT = 'Neue Termine im Stadtgespräch';

/** A new issue: the events no issue presented yet are chosen, the subject is the usual one. */
export function newsletterForm(
  candidates: { id: string; announcedAt: string | null }[],
): NewsletterForm {
  return {
    eventIds: candidates.filter((event) => event.announcedAt === null).map((event) => event.id),
    subject: DEFAULT_SUBJECT,
    intro: '',
    withEnglish: false,
    subjectEn: '',
    introEn: '',
  };
}

/**
 * The request body of preview, test and send: the events in the order the page lists them (by
 * date), empty introductions left out, English only if wanted.
 */
export function newsletterRequest(form: NewsletterForm, order: readonly string[]) {
  const chosen = new Set(form.eventIds);
  return {
    eventIds: order.filter((id) => chosen.has(id)),
    subject: form.subject.trim(),
    intro: form.intro.trim() || null,
    ...(form.withEnglish
      ? { english: { subject: form.subjectEn.trim(), intro: form.introEn.trim() || null } }
      : {}),
  };
}

/** What the API would refuse, said in German before asking it. */
export function newsletterFormErrors(
  form: NewsletterForm,
): Partial<Record<NewsletterField, string>> {
  const errors: Partial<Record<NewsletterField, string>> = {};
  if (form.eventIds.length === 0) errors.eventIds = t('newsletter.chooseEvents');
  if (!form.subject.trim()) errors.subject = t('mailing.required');
  if (form.withEnglish && !form.subjectEn.trim()) errors.subjectEn = t('mailing.required');
  return errors;
}
