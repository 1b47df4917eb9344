import type { EventFormat, EventStatus, Locale, Salutation, Venue } from '@stadtgespraech/domain';

/** Every mail the platform sends. */
export const MailTemplate = {
  ConfirmAddress: 'confirm-address',
  AlreadyRegistered: 'already-registered',
  Confirmed: 'registration-confirmed',
  Waitlisted: 'registration-waitlisted',
  Promoted: 'registration-promoted',
  AwaitingApproval: 'registration-awaiting-approval',
  Approved: 'registration-approved',
  Rejected: 'registration-rejected',
  ChangedByYou: 'registration-changed',
  CancelledByYou: 'registration-cancelled',
  CancelledByOrganiser: 'registration-cancelled-by-organiser',
  EventChanged: 'event-changed',
  EventCancelled: 'event-cancelled',
  Reminder: 'event-reminder',
  FollowUp: 'event-follow-up',
  /** A mail staff wrote to the registrants of an event (a mailing). */
  Mailing: 'event-mailing',
  NewsletterConfirm: 'newsletter-confirm',
  NewsletterDates: 'newsletter-dates',
  ContactReceipt: 'contact-receipt',
  ContactForward: 'contact-forward',
  StaffInvitation: 'staff-invitation',
  StaffPasswordReset: 'staff-password-reset',
  StaffSecondFactorReset: 'staff-second-factor-reset',
} as const;
export type MailTemplate = (typeof MailTemplate)[keyof typeof MailTemplate];

/** The facts of an event that registration mails and calendar files show. */
export interface MailEventFacts {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  /** Short teaser text; the calendar files' DESCRIPTION starts with it. */
  summary?: string | null;
  startsAt: string;
  endsAt: string;
  format: EventFormat;
  status: EventStatus;
  venue: Venue | null;
  onlinePlatform: string | null;
  /** Public page of the event in the portal. */
  url: string;
  /** iCalendar SEQUENCE at the time of sending. */
  calendarSequence: number;
  /** Name of the hosting organisation(s), e.g. "vhw und Kleinstadt Akademie". */
  organiserName: string;
  /** Where questions go, e.g. the series' contact address. */
  contactEmail: string | null;
}

export interface MailRecipient {
  email: string;
  firstName: string | null;
  lastName: string | null;
  salutation: Salutation | null;
  academicTitle: string | null;
}

/** Data of registration mails (all templates from ConfirmAddress to FollowUp). */
export interface RegistrationMailData {
  event: MailEventFacts;
  recipient: MailRecipient;
  links: {
    /** Portal page that confirms the address (double opt-in). */
    confirm?: string;
    /** Personal self-service page. */
    manage?: string;
    /** Personal join link that forwards to the meeting. */
    join?: string;
  };
  /** Until when the address can be confirmed (ConfirmAddress). */
  confirmBy?: string;
  /** 1-based place on the waiting list (Waitlisted). */
  waitlistPosition?: number;
  /** What changed (EventChanged), as short German/English phrases chosen by the sender. */
  changes?: string[];
  /** A personal note of the organisers, quoted after the lead (status changes by staff). */
  note?: string;
  /** Subject and text staff wrote, placeholders filled (Mailing). */
  message?: { subject: string; body: string };
  /** Documentation link (FollowUp). */
  documentationUrl?: string;
  /** Attach a calendar file: REQUEST (invitation/update) or CANCEL. */
  calendar?: 'request' | 'cancel';
}

/** A mail job as written to the outbox, in the same transaction as the change that causes it. */
export interface MailJob {
  /** Unique per logical mail, e.g. `registration:<id>:confirmed`: a retry never sends twice. */
  sendKey: string;
  template: MailTemplate;
  to: string;
  locale: Locale;
  eventId?: string | null;
  registrationId?: string | null;
  /** The staff mailing the mail belongs to. */
  mailingId?: string | null;
  /** RegistrationMailData for registration templates; see the template for the others. */
  data: Record<string, unknown>;
}

/** Data of NewsletterConfirm: double opt-in of the newsletter of new dates. */
export interface NewsletterConfirmData {
  /** Portal page that confirms the subscription. */
  confirmUrl: string;
  /** One-click unsubscribe for mail clients (`List-Unsubscribe`; takes POST, RFC 8058). */
  unsubscribeUrl: string;
  /** The portal page people open from the mail's text to unsubscribe. */
  unsubscribePageUrl: string;
}

/** Data of NewsletterDates: upcoming events matching a subscriber's choice. */
export interface NewsletterDatesData {
  /** The subject and introduction as staff wrote them; a standard subject without. */
  subject?: string | null;
  intro?: string | null;
  events: MailEventFacts[];
  unsubscribeUrl: string;
  unsubscribePageUrl: string;
}

/** Data of ContactReceipt (to the sender) and ContactForward (to the organisation). */
export interface ContactMailData {
  name: string;
  email: string;
  organisation: string | null;
  subject: string;
  message: string;
}

/** Data of the staff account mails: invitation, password reset, second factor reset. */
export interface StaffMailData {
  displayName: string;
  /** The admin app's login page. */
  loginUrl: string;
  /** The admin page that sets the password (StaffInvitation, StaffPasswordReset). */
  link?: string;
  /** Until when the link works. */
  expiresAt?: string;
  /** The administrator who invited (StaffInvitation) or reset the second factor. */
  actorName?: string;
}
