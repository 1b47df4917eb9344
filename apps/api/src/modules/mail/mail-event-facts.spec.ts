import { describe, expect, it } from '@jest/globals';
import type { EventEntity } from '../events/event.entity.js';
import type { EventOrganiserEntity } from '../events/event-organiser.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { SeriesEntity } from '../series/series.entity.js';
import { toMailEventFacts } from './mail-event-facts.js';

const organisation = (name: string, shortName: string | null, email: string | null) =>
  ({ name, shortName, email }) as OrganisationEntity;
const link = (o: OrganisationEntity, role: string, position: number) =>
  ({ organisation: o, role, position }) as EventOrganiserEntity;

function event(overrides: Partial<EventEntity> = {}): EventEntity {
  return {
    id: '0b9f6f3e-4a57-4c43-9d0e-0c7f2c1d5a11',
    slug: 'web-talk',
    title: 'Web-Talk',
    subtitle: null,
    summary: 'Worum es geht.',
    startsAt: new Date('2025-07-03T08:00:00Z'),
    endsAt: new Date('2025-07-03T09:00:00Z'),
    format: 'online',
    status: 'published',
    venue: null,
    onlinePlatform: 'Webex',
    calendarSequence: 4,
    ...overrides,
  } as EventEntity;
}

describe('toMailEventFacts', () => {
  it('maps the event with its page in the portal and its calendar sequence', () => {
    expect(toMailEventFacts(event(), 'https://portal.example.org/')).toEqual({
      id: '0b9f6f3e-4a57-4c43-9d0e-0c7f2c1d5a11',
      slug: 'web-talk',
      title: 'Web-Talk',
      subtitle: null,
      summary: 'Worum es geht.',
      startsAt: '2025-07-03T08:00:00.000Z',
      endsAt: '2025-07-03T09:00:00.000Z',
      format: 'online',
      status: 'published',
      venue: null,
      onlinePlatform: 'Webex',
      url: 'https://portal.example.org/veranstaltungen/web-talk',
      calendarSequence: 4,
      organiserName: 'Stadtgespräch',
      contactEmail: null,
    });
  });

  it('names hosts and co-hosts in order, short names first, partners not', () => {
    const facts = toMailEventFacts(
      event({
        organisers: [
          link(organisation('Kleinstadt Akademie', null, 'akademie@example.org'), 'co_host', 1),
          link(organisation('Stadt Musterstadt', null, null), 'partner', 2),
          link(organisation('vhw – Bundesverband', 'vhw', null), 'host', 0),
        ],
      }),
      'https://portal.example.org',
    );
    expect(facts.organiserName).toBe('vhw und Kleinstadt Akademie');
    expect(facts.contactEmail).toBe('akademie@example.org');
  });

  it("prefers the series' contact address and falls back to the series title as organiser", () => {
    const series = { title: 'Kleinstadt Web-Talks', contactEmail: 'webtalks@example.org' };
    const facts = toMailEventFacts(
      event({ series: series as SeriesEntity, organisers: [] }),
      'https://portal.example.org',
    );
    expect(facts.organiserName).toBe('Kleinstadt Web-Talks');
    expect(facts.contactEmail).toBe('webtalks@example.org');
  });
});
