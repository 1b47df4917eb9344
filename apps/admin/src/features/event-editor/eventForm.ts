import type { StaffEvent } from '@stadtgespraech/api-client';
import type {
  AgendaItemKind,
  ContributorRole,
  EventFormat,
  EventType,
  RegistrationMode,
} from '@stadtgespraech/domain/events';
import type { ImageRef } from '@stadtgespraech/domain/common';
import {
  OPTIONAL_CONSENTS,
  type OptionalConsent,
  type QuestionType,
} from '@stadtgespraech/domain/registrations';
import {
  berlin,
  berlinDatePlus,
  berlinWallClock,
  DEFAULT_RETENTION_DAYS,
  slugify,
} from '@stadtgespraech/domain/rules';
import { organiserLinks, organiserRows, rowKey, type OrganiserRow } from '../../lib/rows';

export interface ContributorRow {
  key: string;
  personId: string;
  role: ContributorRole;
  contributionTitle: string;
}

export interface AgendaRow {
  key: string;
  /** The item's id when it exists already (kept when saving). */
  id?: string;
  date: string;
  start: string;
  end: string;
  title: string;
  description: string;
  kind: AgendaItemKind;
  contributors: ContributorRow[];
}

export interface QuestionRow {
  key: string;
  questionKey: string;
  type: QuestionType;
  label: string;
  helpText: string;
  required: boolean;
  /** One option per line (single and multiple choice). */
  options: string;
}

/** The event as the editor's inputs hold it: strings, Berlin wall-clock dates and times. */
export interface EventForm {
  title: string;
  subtitle: string;
  summary: string;
  description: string;
  type: EventType;
  format: EventFormat;
  isTeaser: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  onlinePlatform: string;
  joinUrl: string;
  venueName: string;
  venueStreet: string;
  venuePostalCode: string;
  venueCity: string;
  venueAccessibility: string;
  seriesId: string;
  topicIds: string[];
  organisers: OrganiserRow[];
  contributors: ContributorRow[];
  /** One question per line. */
  discussionQuestions: string;
  agenda: AgendaRow[];
  registrationMode: RegistrationMode;
  /** `YYYY-MM-DDTHH:MM` in Berlin, as `<input type="datetime-local">` gives it; empty: none. */
  opensAt: string;
  deadline: string;
  capacity: string;
  waitlistEnabled: boolean;
  approvalRequired: boolean;
  externalUrl: string;
  questions: QuestionRow[];
  /** The optional consents the form asks for, besides the privacy notice. */
  consents: OptionalConsent[];
  /** Days after the end until the registrations are anonymised; empty: the default. */
  retentionDays: string;
  coverImage: ImageRef | null;
}

/** A new web talk four weeks from today, 10:00 to 11:00 in Berlin. */
export function emptyEventForm(now = new Date(), organisationId = ''): EventForm {
  const date = berlinDatePlus(now, 28);
  return {
    title: '',
    subtitle: '',
    summary: '',
    description: '',
    type: 'web_talk',
    format: 'online',
    isTeaser: false,
    startDate: date,
    startTime: '10:00',
    endDate: date,
    endTime: '11:00',
    onlinePlatform: '',
    joinUrl: '',
    venueName: '',
    venueStreet: '',
    venuePostalCode: '',
    venueCity: '',
    venueAccessibility: '',
    seriesId: '',
    topicIds: [],
    organisers: organisationId ? [{ key: rowKey(), organisationId, role: 'host' }] : [],
    contributors: [],
    discussionQuestions: '',
    agenda: [],
    registrationMode: 'internal',
    opensAt: '',
    deadline: '',
    capacity: '',
    waitlistEnabled: true,
    approvalRequired: false,
    externalUrl: '',
    questions: [],
    consents: [...OPTIONAL_CONSENTS],
    retentionDays: String(DEFAULT_RETENTION_DAYS),
    coverImage: null,
  };
}

const localInput = (iso: string | null) => {
  if (!iso) return '';
  const { date, time } = berlinWallClock(iso);
  return `${date}T${time}`;
};

const contributorRows = (links: StaffEvent['contributors']): ContributorRow[] =>
  links.map((link) => ({
    key: rowKey(),
    personId: link.personId,
    role: link.role,
    contributionTitle: link.contributionTitle ?? '',
  }));

/** The form for an event loaded from the API. */
export function eventFormFrom(event: StaffEvent): EventForm {
  const start = berlinWallClock(event.startsAt);
  const end = berlinWallClock(event.endsAt);
  const address = event.venue?.address;
  return {
    title: event.title,
    subtitle: event.subtitle ?? '',
    summary: event.summary ?? '',
    description: event.description ?? '',
    type: event.type,
    format: event.format,
    isTeaser: event.isTeaser,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    onlinePlatform: event.onlinePlatform ?? '',
    joinUrl: event.joinUrl ?? '',
    venueName: event.venue?.name ?? '',
    venueStreet: address?.street ?? '',
    venuePostalCode: address?.postalCode ?? '',
    venueCity: address?.city ?? '',
    venueAccessibility: event.venue?.accessibilityNotes ?? '',
    seriesId: event.seriesId ?? '',
    topicIds: [...event.topicIds],
    organisers: organiserRows(event.organisers),
    contributors: contributorRows(event.contributors),
    discussionQuestions: event.discussionQuestions.join('\n'),
    agenda: event.agenda.map((item) => {
      const from = berlinWallClock(item.startsAt);
      return {
        key: rowKey(),
        id: item.id,
        date: from.date,
        start: from.time,
        end: item.endsAt ? berlinWallClock(item.endsAt).time : '',
        title: item.title,
        description: item.description ?? '',
        kind: item.kind,
        contributors: contributorRows(item.contributors),
      };
    }),
    registrationMode: event.registration.mode,
    opensAt: localInput(event.registration.opensAt),
    deadline: localInput(event.registration.deadline),
    capacity: event.registration.capacity === null ? '' : String(event.registration.capacity),
    waitlistEnabled: event.registration.waitlistEnabled,
    approvalRequired: event.registration.approvalRequired,
    externalUrl: event.registration.externalUrl ?? '',
    consents: [...event.registration.consents],
    retentionDays: String(event.retentionDays),
    coverImage: event.coverImage,
    questions: event.registration.questions.map((q) => ({
      key: rowKey(),
      questionKey: q.key,
      type: q.type,
      label: q.label,
      helpText: q.helpText ?? '',
      required: q.required,
      options: q.options.join('\n'),
    })),
  };
}

const text = (value: string) => value.trim() || null;
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Berlin date and time as an ISO instant; an incomplete input passes through for the API to refuse. */
export function instant(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return `${date}T${time}`;
  return berlin(date, time).toISOString();
}

const fromLocalInput = (value: string) =>
  value ? instant(value.slice(0, 10), value.slice(11, 16)) : null;

/** A question key from its label: "Ihre Erwartung?" → "ihre_erwartung", unique in the form. */
export function questionKeyFor(label: string, taken: readonly string[]): string {
  const base = slugify(label, 36).replace(/-/g, '_');
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

const contributorInput = (rows: ContributorRow[]) =>
  rows
    .filter((row) => row.personId)
    .map((row) => ({
      personId: row.personId,
      role: row.role,
      contributionTitle: text(row.contributionTitle),
    }));

/** The body of POST /staff/events or PATCH /staff/events/{id}: every field of the form. */
export function eventInputFrom(form: EventForm) {
  const hasVenue = form.format !== 'online' && form.venueName.trim() !== '';
  const hasAddress =
    form.venueStreet.trim() && form.venuePostalCode.trim() && form.venueCity.trim();
  const usedKeys: string[] = [];
  return {
    title: form.title.trim(),
    subtitle: text(form.subtitle),
    summary: text(form.summary),
    description: text(form.description),
    type: form.type,
    format: form.format,
    isTeaser: form.isTeaser,
    startsAt: instant(form.startDate, form.startTime),
    endsAt: instant(form.endDate, form.endTime),
    onlinePlatform: form.format === 'in_person' ? null : text(form.onlinePlatform),
    joinUrl: form.format === 'in_person' ? null : text(form.joinUrl),
    venue: hasVenue
      ? {
          name: form.venueName.trim(),
          address: hasAddress
            ? {
                street: form.venueStreet.trim(),
                postalCode: form.venuePostalCode.trim(),
                city: form.venueCity.trim(),
              }
            : null,
          accessibilityNotes: text(form.venueAccessibility),
        }
      : null,
    coverImage: form.coverImage,
    seriesId: form.seriesId || null,
    topicIds: [...form.topicIds],
    organisers: organiserLinks(form.organisers),
    contributors: contributorInput(form.contributors),
    discussionQuestions: lines(form.discussionQuestions),
    agenda: form.agenda.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      startsAt: instant(row.date, row.start),
      endsAt: row.end ? instant(row.date, row.end) : null,
      title: row.title.trim(),
      description: text(row.description),
      kind: row.kind,
      contributors: contributorInput(row.contributors),
    })),
    retentionDays:
      String(form.retentionDays).trim() === ''
        ? DEFAULT_RETENTION_DAYS
        : Number(form.retentionDays),
    registration: {
      mode: form.registrationMode,
      opensAt: fromLocalInput(form.opensAt),
      deadline: fromLocalInput(form.deadline),
      // A number input's v-model gives a number once something valid is typed.
      capacity: String(form.capacity).trim() === '' ? null : Number(form.capacity),
      waitlistEnabled: form.waitlistEnabled,
      approvalRequired: form.approvalRequired,
      externalUrl: form.registrationMode === 'external' ? text(form.externalUrl) : null,
      // In the order the portal shows them, whatever order they were ticked in.
      consents: OPTIONAL_CONSENTS.filter((purpose) => form.consents.includes(purpose)),
      questions: form.questions.map((row) => {
        const key = row.questionKey.trim() || questionKeyFor(row.label, usedKeys);
        usedKeys.push(key);
        const choice = row.type === 'single_choice' || row.type === 'multiple_choice';
        return {
          key,
          type: row.type,
          label: row.label.trim(),
          helpText: text(row.helpText),
          required: row.required,
          options: choice ? lines(row.options) : [],
        };
      }),
    },
  };
}

export type EventInput = ReturnType<typeof eventInputFrom>;
