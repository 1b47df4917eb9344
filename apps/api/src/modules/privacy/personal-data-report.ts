import { answerText } from '../registration-admin/export-columns.js';
import { registrationRecord } from '../registration-admin/staff-registration.mapper.js';
import type { RegistrationEntity } from '../registrations/registration.entity.js';
import { toStaffAccountDto } from '../staff/staff.dto.js';
import type {
  PersonalAnswerDto,
  PersonalDataEventDto,
  PersonalDataReportDto,
  PersonalRegistrationDto,
} from './dto/personal-data.dto.js';
import type { PersonalRows } from './personal-data.repository.js';

/**
 * The answers in the order of the form; answers to questions removed from it since are personal
 * data too and follow, labelled by their key.
 */
function answersOf({ answers, event }: RegistrationEntity): PersonalAnswerDto[] {
  const asked = event.registrationQuestions.map((q) => [q.key, q.label] as const);
  const known = new Set(asked.map(([key]) => key));
  const removed = Object.keys(answers)
    .filter((key) => !known.has(key))
    .map((key) => [key, key] as const);
  return [...asked, ...removed].flatMap(([key, question]) => {
    const answer = answerText(answers[key]);
    return answer === null ? [] : [{ key, question, answer }];
  });
}

function toRegistration(registration: RegistrationEntity): PersonalRegistrationDto {
  const { event } = registration;
  return {
    ...registrationRecord(registration),
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
    },
    answers: answersOf(registration),
  };
}

/** Everything found under `email`, as the access report shows it; hashes and tokens stay out. */
export function toPersonalDataReport(
  email: string,
  rows: PersonalRows,
  queuedMails: number,
  now: Date,
): PersonalDataReportDto {
  const account = rows.staffAccount && toStaffAccountDto(rows.staffAccount);
  return {
    email,
    generatedAt: now.toISOString(),
    registrations: rows.registrations.map(toRegistration),
    mails: rows.mails.map((mail) => ({
      template: mail.template,
      sentAt: mail.sentAt.toISOString(),
      event:
        mail.eventId && mail.eventSlug && mail.eventTitle && mail.eventStartsAt
          ? ({
              id: mail.eventId,
              slug: mail.eventSlug,
              title: mail.eventTitle,
              startsAt: mail.eventStartsAt.toISOString(),
            } satisfies PersonalDataEventDto)
          : null,
    })),
    newsletterSubscriptions: rows.subscriptions.map((subscription) => ({
      status: subscription.status,
      email: subscription.email,
      series: subscription.series,
      topics: subscription.topics,
      locale: subscription.locale,
      consentText: subscription.consentText,
      consentVersion: subscription.consentVersion,
      consentedAt: subscription.consentedAt.toISOString(),
      confirmedAt: subscription.confirmedAt?.toISOString() ?? null,
      createdAt: subscription.createdAt.toISOString(),
    })),
    contactRequests: rows.contactRequests.map((request) => ({
      id: request.id,
      createdAt: request.createdAt.toISOString(),
      email: request.email,
      name: request.name,
      organisation: request.organisation,
      subject: request.subject,
      message: request.message,
      recipient: request.recipient?.name ?? null,
      status: request.status,
      consentText: request.consentText,
      consentVersion: request.consentVersion,
    })),
    contactPersons: rows.contactPersons.map((person) => ({
      organisation: person.organisation.name,
      organisationSlug: person.organisation.slug,
      name: person.name,
      function: person.function,
      email: person.email ?? email,
      phone: person.phone,
    })),
    staffAccount: account && {
      id: account.id,
      displayName: account.displayName,
      role: account.role,
      status: account.status,
      createdAt: account.createdAt,
      lastLoginAt: account.lastLoginAt,
    },
    queuedMails,
    auditEntries: rows.auditEntries,
  };
}
