import type { Locale } from '@stadtgespraech/domain';
import { type MailContent, renderHtml, renderText } from './layout.js';

/** What rendering needs besides the job. */
export interface RenderContext {
  /** ORGANIZER of calendar invitations (MAIL_ORGANIZER). */
  organizerEmail: string;
  now: Date;
}

/** A mail ready for the transport. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** Sent as `List-Unsubscribe` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. */
  unsubscribeUrl?: string;
  /** iCalendar file, sent as `text/calendar; method=…` and as the attachment `invite.ics`. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** Renders one template; `data` is the job's data as written to the outbox. */
export type TemplateRenderer = (
  data: Record<string, unknown>,
  locale: Locale,
  context: RenderContext,
) => RenderedMail;

/** Both parts from one content, so they always say the same. */
export function toRenderedMail(
  content: MailContent,
  extras: Omit<RenderedMail, 'subject' | 'text' | 'html'> = {},
): RenderedMail {
  return {
    // A subject is one line: no header folding surprises from user-given titles.
    subject: content.subject.replace(/\s+/g, ' ').trim(),
    text: renderText(content),
    html: renderHtml(content),
    ...extras,
  };
}

/** Fails early, with the field's name, when a job's data lacks what its template needs. */
export function requireFields<T>(
  data: Record<string, unknown>,
  template: string,
  fields: string[],
): T {
  const missing = fields.filter((field) => data[field] === undefined || data[field] === null);
  if (missing.length > 0) {
    throw new Error(`Mail template ${template}: data lacks ${missing.join(', ')}`);
  }
  return data as T;
}
