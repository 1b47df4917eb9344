import { MailTemplate, type MailJob } from '../mail.types.js';
import { CONTACT_TEMPLATES } from './contact.templates.js';
import { NEWSLETTER_TEMPLATES } from './newsletter.templates.js';
import { REGISTRATION_TEMPLATES } from './registration.templates.js';
import { STAFF_TEMPLATES } from './staff.templates.js';
import type { RenderContext, RenderedMail, TemplateRenderer } from './rendered-mail.js';

export type { RenderContext, RenderedMail } from './rendered-mail.js';

/** One renderer per template; the compiler refuses a template without one. */
const TEMPLATES: Record<MailTemplate, TemplateRenderer> = {
  ...REGISTRATION_TEMPLATES,
  ...NEWSLETTER_TEMPLATES,
  ...CONTACT_TEMPLATES,
  ...STAFF_TEMPLATES,
};

export const isMailTemplate = (value: string): value is MailTemplate =>
  (Object.values(MailTemplate) as string[]).includes(value);

/** Subject, plain text and HTML (and calendar file) of a mail job, in the job's locale. */
export function renderMail(
  job: Pick<MailJob, 'template' | 'locale' | 'data'>,
  context: RenderContext,
): RenderedMail {
  if (!isMailTemplate(job.template)) throw new Error(`Unknown mail template ${job.template}`);
  return TEMPLATES[job.template](job.data, job.locale === 'en' ? 'en' : 'de', context);
}
