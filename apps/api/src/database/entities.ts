import { IdempotencyKeyEntity } from '../common/idempotency/idempotency-key.entity.js';
import { RateLimitWindowEntity } from '../common/rate-limit/rate-limit-window.entity.js';
import { MailingEntity } from '../modules/registration-admin/mailings/mailing.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { ConsentTextEntity } from '../modules/consents/consent-text.entity.js';
import { ContactRequestEntity } from '../modules/contact/contact-request.entity.js';
import { SentMessageEntity } from '../modules/mail/sent-message.entity.js';
import { NewsletterSubscriptionEntity } from '../modules/newsletter/newsletter-subscription.entity.js';
import { RegistrationConsentEntity } from '../modules/registrations/registration-consent.entity.js';
import { RegistrationEntity } from '../modules/registrations/registration.entity.js';
import { AgendaItemContributorEntity } from '../modules/events/agenda-item-contributor.entity.js';
import { AgendaItemEntity } from '../modules/events/agenda-item.entity.js';
import { EventContributorEntity } from '../modules/events/event-contributor.entity.js';
import { EventOrganiserEntity } from '../modules/events/event-organiser.entity.js';
import { EventEntity } from '../modules/events/event.entity.js';
import { MediaItemEntity } from '../modules/media/media-item.entity.js';
import { NewsPostEntity } from '../modules/news/news-post.entity.js';
import { NewsletterIssueEntity } from '../modules/newsletter/staff/newsletter-issue.entity.js';
import { ContactPersonEntity } from '../modules/organisations/contact-person.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { PersonEntity } from '../modules/people/person.entity.js';
import { SeriesOrganiserEntity } from '../modules/series/series-organiser.entity.js';
import { SeriesEntity } from '../modules/series/series.entity.js';
import { StaffAccountEntity } from '../modules/staff/staff-account.entity.js';
import { StaffLoginFailureEntity } from '../modules/staff/staff-login-failure.entity.js';
import { StaffSessionEntity } from '../modules/staff/staff-session.entity.js';
import { StaffLinkEntity } from '../modules/staff/links/staff-link.entity.js';
import { AppSettingEntity } from '../modules/settings/app-setting.entity.js';
import { TopicEntity } from '../modules/topics/topic.entity.js';

/** Every entity, for the data source (the app and the migration CLI share it). */
export const ENTITIES = [
  OrganisationEntity,
  ContactPersonEntity,
  PersonEntity,
  TopicEntity,
  SeriesEntity,
  SeriesOrganiserEntity,
  EventEntity,
  EventOrganiserEntity,
  EventContributorEntity,
  AgendaItemEntity,
  AgendaItemContributorEntity,
  NewsPostEntity,
  NewsletterIssueEntity,
  ConsentTextEntity,
  RegistrationEntity,
  RegistrationConsentEntity,
  SentMessageEntity,
  MailingEntity,
  IdempotencyKeyEntity,
  RateLimitWindowEntity,
  NewsletterSubscriptionEntity,
  ContactRequestEntity,
  StaffAccountEntity,
  StaffSessionEntity,
  StaffLoginFailureEntity,
  StaffLinkEntity,
  AppSettingEntity,
  AuditEntryEntity,
  MediaItemEntity,
];
