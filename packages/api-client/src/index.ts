import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';

type Schemas = components['schemas'];
export type EventSummary = Schemas['EventSummaryDto'];
export type EventDetail = Schemas['EventDetailDto'];
export type EventPage = Schemas['EventPageDto'];
export type Contributor = Schemas['ContributorDto'];
export type AgendaItem = Schemas['AgendaItemDto'];
export type Organiser = Schemas['OrganiserDto'];
export type Organisation = Schemas['OrganisationDto'];
export type OrganisationRef = Schemas['OrganisationRefDto'];
export type Series = Schemas['SeriesDto'];
export type Person = Schemas['PersonDto'];
export type PersonRef = Schemas['PersonRefDto'];
export type Topic = Schemas['TopicDto'];
export type NewsSummary = Schemas['NewsSummaryDto'];
export type NewsPost = Schemas['NewsPostDto'];
export type Problem = Schemas['ProblemDto'];
export type EventAvailability = Schemas['EventAvailabilityDto'];
export type EventListQuery = NonNullable<paths['/api/v1/events']['get']['parameters']['query']>;
export type StaffEvent = Schemas['StaffEventDto'];
export type StaffEventListItem = Schemas['StaffEventListItemDto'];
export type StaffEventPage = Schemas['StaffEventPageDto'];
export type StaffEventListQuery = NonNullable<
  paths['/api/v1/staff/events']['get']['parameters']['query']
>;
export type StaffReferences = Schemas['StaffReferencesDto'];
export type AgendaIssue = Schemas['AgendaIssueDto'];
export type StaffRegistration = Schemas['StaffRegistrationDto'];
export type StaffRegistrationRow = Schemas['StaffRegistrationRowDto'];
export type StaffRegistrationPage = Schemas['StaffRegistrationPageDto'];
export type StaffRegistrationListQuery = NonNullable<
  paths['/api/v1/staff/events/{id}/registrations']['get']['parameters']['query']
>;
export type RegistrationCounts = Schemas['RegistrationCountsDto'];
export type SpeakerQuestions = Schemas['SpeakerQuestionsDto'];
export type PreviewLink = Schemas['PreviewLinkDto'];
export type Mailing = Schemas['MailingDto'];
export type MailingPreview = Schemas['MailingPreviewDto'];
export type MailSample = Schemas['MailSampleDto'];
export type TestMailing = Schemas['TestMailingDto'];
export type SpeakerQuestion = Schemas['SpeakerQuestionDto'];
export type StaffAccount = Schemas['StaffAccountDto'];
export type PasswordLinkInfo = Schemas['PasswordLinkInfoDto'];
export type StaffSettings = Schemas['StaffSettingsViewDto'];
export type PersonalDataReport = Schemas['PersonalDataReportDto'];
export type ErasureResult = Schemas['ErasureResultDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditPage = Schemas['AuditPageDto'];
export type StaffTopic = Schemas['StaffTopicDto'];
export type StaffSeries = Schemas['StaffSeriesDto'];
export type StaffOrganisation = Schemas['StaffOrganisationDto'];
export type StaffPerson = Schemas['StaffPersonDto'];
export type StaffMediaItem = Schemas['StaffMediaItemDto'];
export type StaffMediaDetail = Schemas['StaffMediaDetailDto'];
export type MediaPage = Schemas['MediaPageDto'];
export type StaffNewsSummary = Schemas['StaffNewsSummaryDto'];
export type StaffNewsPost = Schemas['StaffNewsPostDto'];
export type StaffSubscriber = Schemas['StaffSubscriberDto'];
export type SubscriberPage = Schemas['SubscriberPageDto'];
export type NewsletterCandidate = Schemas['NewsletterCandidateDto'];
export type NewsletterIssue = Schemas['NewsletterIssueDto'];
export type Statistics = Schemas['StatisticsDto'];
export type RegistrationTimeline = Schemas['RegistrationTimelineDto'];
export type AuditQuery = NonNullable<paths['/api/v1/staff/audit']['get']['parameters']['query']>;

export type ApiClient = Client<paths>;

/**
 * A typed client of the Stadtgespräch API. `baseUrl` is the API's origin (e.g.
 * `http://localhost:3001`), or '' in a browser app served on the API's origin.
 */
export function createApiClient(
  baseUrl: string,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): ApiClient {
  return createClient<paths>({ baseUrl, ...options });
}

/** True when a response body is an RFC 9457 problem document of the API. */
export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'status' in value &&
    'title' in value
  );
}
