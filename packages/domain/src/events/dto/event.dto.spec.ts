import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../../common/validation.js';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreateEventDto } from './create-event.dto.js';
import { EventDocumentationDto } from './event-documentation.dto.js';
import { UpdateEventDto } from './update-event.dto.js';

const ids = {
  series: '0190a4b2-6c1e-7d2a-9f3b-4c5d6e7f8a9b',
  vhw: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  bbsr: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  topic: 'a8098c1a-f86e-41da-9e19-3f1b7c4ad5f2',
  schulz: '16fd2706-8baf-433b-82eb-8c7fada847da',
  koeberle: '886313e1-3b8a-4372-9b90-0c9aee199e5d',
};

/** The Bürgerrat web talk of 3 July 2024 (seed 000). */
const webTalk = {
  title: 'Demokratie stärken: Per Bürgerrat zum Klimaschutzkonzept',
  subtitle: 'Die Umsetzung des ersten Bürgerrates in Sachsen-Anhalt in der Hansestadt Osterburg',
  type: 'web_talk',
  format: 'online',
  status: 'published',
  startsAt: '2024-07-03T10:00:00+02:00',
  endsAt: '2024-07-03T11:00:00+02:00',
  onlinePlatform: 'Webex',
  joinUrl: 'https://vhw.webex.com/meet/kleinstadt-web-talks',
  seriesId: ids.series,
  organisers: [
    { organisationId: ids.vhw, role: 'host' },
    { organisationId: ids.bbsr, role: 'co_host' },
  ],
  topicIds: [ids.topic],
  discussionQuestions: [
    'Wie wurde das Losverfahren durchgeführt?',
    'Wer war am Prozess beteiligt?',
    'Welche Rolle und Aufgaben hatte die Verwaltung?',
  ],
  contributors: [
    { personId: ids.schulz, role: 'speaker', contributionTitle: null },
    { personId: ids.koeberle, role: 'speaker' },
  ],
  registration: {
    mode: 'internal',
    opensAt: null,
    deadline: '2024-07-01T23:59:59+02:00',
    capacity: 100,
    waitlistEnabled: true,
    approvalRequired: false,
    externalUrl: null,
    questions: [
      {
        key: 'municipality_size',
        type: 'single_choice',
        label: 'Wie viele Einwohnende hat Ihre Kommune?',
        helpText: null,
        required: false,
        options: ['unter 10.000', '10.000 bis 20.000', 'über 20.000'],
      },
      { key: 'expectations', type: 'long_text', label: 'Was erwarten Sie?', required: false },
    ],
  },
};

/** The Netzwerkgespräch of 4 March 2021 (seed 002), here hybrid, with agenda and report. */
const networkMeeting = {
  title: 'Auftakt „Gemeinsam für das Quartier“ 2021',
  type: 'network_meeting',
  format: 'hybrid',
  startsAt: '2021-03-04T11:00:00+01:00',
  endsAt: '2021-03-04T13:00:00+01:00',
  venue: {
    name: 'Rathaus',
    address: { street: 'Perleberger Str. 165', postalCode: '19322', city: 'Wittenberge' },
    accessibilityNotes: 'Stufenloser Zugang über den Hof.',
  },
  agenda: [
    {
      startsAt: '2021-03-04T11:00:00+01:00',
      endsAt: '2021-03-04T11:15:00+01:00',
      title:
        'Begrüßung und Einführung // Statements und Austausch zu den Erwartungen und Empfehlungen an die Vernetzungsinitiative',
      kind: 'welcome',
      contributors: [{ personId: ids.schulz, role: 'moderator' }],
    },
    {
      startsAt: '2021-03-04T12:00:00+01:00',
      endsAt: '2021-03-04T13:00:00+01:00',
      title: 'Die Vernetzungsinitiative im Kontext der Nationalen Stadtentwicklungspolitik',
      kind: 'talk',
      contributors: [
        {
          personId: ids.koeberle,
          role: 'speaker',
          contributionTitle: 'Auf dem Weg zum Innenstadtaktionsprogramm',
        },
      ],
    },
  ],
  coverImage: { url: 'https://example.org/quartier.jpg', alt: 'Ein Quartiersplatz' },
  registration: { mode: 'external', externalUrl: 'https://www.vhw.de/termine/' },
};

/** An announced date without details: "09. Oktober 2024: Klimaschutz und Klimaanpassung …". */
const teaser = {
  title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
  type: 'web_talk',
  format: 'online',
  isTeaser: true,
  startsAt: '2024-10-09T10:00:00+02:00',
  endsAt: '2024-10-09T11:00:00+02:00',
};

const question = (change: Record<string, unknown>) => ({
  ...webTalk,
  registration: {
    ...webTalk.registration,
    questions: [{ key: 'topic', type: 'text', label: 'Ihr Thema?', ...change }],
  },
});

describe('CreateEventDto', () => {
  it.each([
    ['a web talk with registration', webTalk],
    ['a network meeting with agenda', networkMeeting],
    ['an announced date', teaser],
  ])('accepts %s', async (_, plain) => {
    await expect(issues(CreateEventDto, plain)).resolves.toEqual([]);
  });

  it('turns nested objects into DTO instances', async () => {
    const result = await validateInput(CreateEventDto, networkMeeting);
    expect(result.ok && result.value.venue?.constructor.name).toBe('VenueDto');
    expect(result.ok && result.value.agenda?.[0]?.contributors?.[0]?.constructor.name).toBe(
      'ContributorLinkDto',
    );
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing title', { ...webTalk, title: undefined }, 'title', 'isString'],
    ['a title that is too long', { ...webTalk, title: 'x'.repeat(201) }, 'title', 'maxLength'],
    ['an unknown type', { ...webTalk, type: 'webinar' }, 'type', 'isIn'],
    ['an unknown format', { ...webTalk, format: 'remote' }, 'format', 'isIn'],
    ['an unknown status', { ...webTalk, status: 'archived' }, 'status', 'isIn'],
    ['a negative retention', { ...webTalk, retentionDays: -1 }, 'retentionDays', 'min'],
    ['a retention beyond ten years', { ...webTalk, retentionDays: 3651 }, 'retentionDays', 'max'],
    ['a retention in fractions', { ...webTalk, retentionDays: 1.5 }, 'retentionDays', 'isInt'],
    [
      'a start without offset',
      { ...webTalk, startsAt: '2024-07-03T10:00:00' },
      'startsAt',
      'matches',
    ],
    [
      'an impossible date',
      { ...webTalk, startsAt: '2024-02-30T10:00:00+01:00' },
      'startsAt',
      'isIso8601',
    ],
    [
      'a start with an endless fraction of a second',
      { ...webTalk, startsAt: `2024-07-03T10:00:00.${'1'.repeat(50)}+02:00` },
      'startsAt',
      'maxLength',
    ],
    ['a German date', { ...webTalk, startsAt: '03.07.2024 10:00' }, 'startsAt', 'isIso8601'],
    [
      'an end before the start',
      { ...webTalk, endsAt: '2024-07-03T09:00:00+02:00' },
      'endsAt',
      'isNotBefore',
    ],
    [
      'a join link without protocol',
      { ...webTalk, joinUrl: 'vhw.webex.com/meet/x' },
      'joinUrl',
      'isUrl',
    ],
    [
      'a misspelt property',
      { ...webTalk, joinLink: 'https://x.org' },
      'joinLink',
      'whitelistValidation',
    ],
    ['a bad slug', { ...webTalk, slug: 'Bürgerrat Osterburg' }, 'slug', 'matches'],
    [
      'a series id that is no UUID',
      { ...webTalk, seriesId: 'kleinstadt-web-talks' },
      'seriesId',
      'isUuid',
    ],
    [
      'an unknown organiser role',
      { ...webTalk, organisers: [{ organisationId: ids.vhw, role: 'sponsor' }] },
      'organisers.0.role',
      'isIn',
    ],
    [
      'an organiser listed twice',
      {
        ...webTalk,
        organisers: [
          { organisationId: ids.vhw, role: 'host' },
          { organisationId: ids.vhw, role: 'partner' },
        ],
      },
      'organisers',
      'isUniqueBy',
    ],
    ['a topic id that is no UUID', { ...webTalk, topicIds: ['klima'] }, 'topicIds', 'isUuid'],
    [
      'a blank discussion question',
      { ...webTalk, discussionQuestions: ['  '] },
      'discussionQuestions',
      'isNotBlank',
    ],
    [
      'too many discussion questions',
      { ...webTalk, discussionQuestions: Array.from({ length: 51 }, (_, i) => `Frage ${i}?`) },
      'discussionQuestions',
      'arrayMaxSize',
    ],
    [
      'a venue given as a list',
      { ...networkMeeting, venue: [networkMeeting.venue] },
      'venue',
      'isObject',
    ],
    [
      'a venue without name',
      { ...networkMeeting, venue: { address: null } },
      'venue.name',
      'isString',
    ],
    [
      'an agenda item without kind',
      {
        ...networkMeeting,
        agenda: [{ startsAt: '2021-03-04T11:00:00+01:00', title: 'Begrüßung' }],
      },
      'agenda.0.kind',
      'isIn',
    ],
    [
      'an agenda item ending before it starts',
      {
        ...networkMeeting,
        agenda: [
          {
            startsAt: '2021-03-04T11:00:00+01:00',
            endsAt: '2021-03-04T10:00:00+01:00',
            title: 'Begrüßung',
            kind: 'welcome',
          },
        ],
      },
      'agenda.0.endsAt',
      'isNotBefore',
    ],
    [
      'a too long agenda',
      { ...networkMeeting, agenda: Array.from({ length: 61 }, () => networkMeeting.agenda[0]) },
      'agenda',
      'arrayMaxSize',
    ],
    [
      'an agenda contributor without person',
      {
        ...networkMeeting,
        agenda: [{ ...networkMeeting.agenda[0], contributors: [{ role: 'speaker' }] }],
      },
      'agenda.0.contributors.0.personId',
      'isUuid',
    ],
    [
      'an external registration without URL',
      { ...webTalk, registration: { mode: 'external' } },
      'registration.externalUrl',
      'isUrl',
    ],
    [
      'no seats',
      { ...webTalk, registration: { ...webTalk.registration, capacity: 0 } },
      'registration.capacity',
      'min',
    ],
    [
      'a deadline before the form opens',
      {
        ...webTalk,
        registration: { ...webTalk.registration, opensAt: '2024-07-02T00:00:00+02:00' },
      },
      'registration.deadline',
      'isNotBefore',
    ],
    [
      'a question key with spaces',
      question({ key: 'Ihr Thema' }),
      'registration.questions.0.key',
      'matches',
    ],
    [
      'a question key that is too long',
      question({ key: 'k'.repeat(41) }),
      'registration.questions.0.key',
      'matches',
    ],
    [
      'an unknown question type',
      question({ type: 'date' }),
      'registration.questions.0.type',
      'isIn',
    ],
    [
      'a choice question without options',
      question({ type: 'single_choice' }),
      'registration.questions.0.options',
      'optionsFitType',
    ],
    [
      'a choice question with an empty list',
      question({ type: 'multiple_choice', options: [] }),
      'registration.questions.0.options',
      'optionsFitType',
    ],
    [
      'a text question with options',
      question({ options: ['a'] }),
      'registration.questions.0.options',
      'optionsFitType',
    ],
    [
      'a choice question with a duplicate option',
      question({ type: 'single_choice', options: ['ja', 'ja'] }),
      'registration.questions.0.options',
      'arrayUnique',
    ],
    [
      'two questions with one key',
      {
        ...webTalk,
        registration: {
          ...webTalk.registration,
          questions: [
            { key: 'topic', type: 'text', label: 'A?' },
            { key: 'topic', type: 'checkbox', label: 'B?' },
          ],
        },
      },
      'registration.questions',
      'isUniqueBy',
    ],
    [
      'more questions than allowed',
      {
        ...webTalk,
        registration: {
          ...webTalk.registration,
          questions: Array.from({ length: 21 }, (_, i) => ({
            key: `q${i}`,
            type: 'checkbox',
            label: 'Ja?',
          })),
        },
      },
      'registration.questions',
      'arrayMaxSize',
    ],
    [
      'documentation, which has endpoints of its own',
      { ...networkMeeting, documentation: { report: 'Ergebnis' } },
      'documentation',
      'whitelistValidation',
    ],
    [
      'a consent the platform does not know',
      { ...webTalk, registration: { ...webTalk.registration, consents: ['marketing'] } },
      'registration.consents',
      'isIn',
    ],
    [
      'the privacy notice as an optional consent',
      { ...webTalk, registration: { ...webTalk.registration, consents: ['privacy'] } },
      'registration.consents',
      'isIn',
    ],
    [
      'a consent asked twice',
      {
        ...webTalk,
        registration: { ...webTalk.registration, consents: ['newsletter', 'newsletter'] },
      },
      'registration.consents',
      'arrayUnique',
    ],
    [
      'an image with an unknown property',
      { ...webTalk, coverImage: { url: 'https://example.org/a.jpg', alt: 'A', copyright: 'B' } },
      'coverImage.copyright',
      'whitelistValidation',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(CreateEventDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});

describe('UpdateEventDto', () => {
  it.each([
    ['an empty change', {}],
    ['a new title', { title: 'Neuer Titel' }],
    ['clearing the subtitle', { subtitle: null }],
    ['cancelling', { status: 'cancelled' }],
    ['a new agenda', { agenda: networkMeeting.agenda }],
  ])('accepts %s', async (_, plain) => {
    await expect(issues(UpdateEventDto, plain)).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['clearing the title', { title: null }, 'title', 'isString'],
    ['a blank title', { title: ' ' }, 'title', 'isNotBlank'],
    ['an unknown status', { status: 'archived' }, 'status', 'isIn'],
    ['an unknown property', { published: true }, 'published', 'whitelistValidation'],
    [
      'a bad nested item',
      { organisers: [{ organisationId: ids.vhw }] },
      'organisers.0.role',
      'isIn',
    ],
    [
      'a new end before a new start',
      { startsAt: '2024-07-03T10:00:00+02:00', endsAt: '2024-07-03T09:00:00+02:00' },
      'endsAt',
      'isNotBefore',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(UpdateEventDto, plain)).resolves.toEqual(failing(path, constraint));
  });

  it('sets nothing the caller did not send', async () => {
    const result = await validateInput(UpdateEventDto, { title: 'Neu' });
    expect(result.ok && Object.keys(result.value)).toEqual(['title']);
  });
});

describe('EventDocumentationDto', () => {
  const documentation = {
    report: 'Die im Februar 2020 gestartete Vernetzungsinitiative …',
    attachments: [
      {
        title: 'Präsentationsfolien',
        url: 'https://example.org/folien.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 380_000,
      },
    ],
    images: [{ url: 'https://example.org/podium.webp', alt: 'Podium', caption: 'Die Runde' }],
    recordingUrl: 'https://example.org/aufzeichnung',
  };

  it('accepts report, files, pictures and recording', async () => {
    await expect(issues(EventDocumentationDto, documentation)).resolves.toEqual([]);
  });

  it.each([
    [
      'an attachment without media type',
      { attachments: [{ title: 'Folien', url: 'https://example.org/f.pdf' }] },
      'attachments.0.mediaType',
      'isString',
    ],
    [
      'a publication time (publishing is a step of its own)',
      { ...documentation, publishedAt: '2021-03-10T09:00:00Z' },
      'publishedAt',
      'whitelistValidation',
    ],
    [
      'a recording that is no web address',
      { recordingUrl: 'aufzeichnung' },
      'recordingUrl',
      'isUrl',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(EventDocumentationDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});
