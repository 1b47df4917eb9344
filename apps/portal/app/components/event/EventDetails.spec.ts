import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { contributor, eventDetail, organiser } from '../../../test/fixtures/events';
import EventAgenda from './EventAgenda.vue';
import EventOrganisers from './EventOrganisers.vue';
import EventPageBody from './EventPageBody.vue';
import EventRegistration from './EventRegistration.vue';

describe('EventAgenda', () => {
  const items = [
    {
      startsAt: '2021-03-04T10:00:00.000Z',
      endsAt: '2021-03-04T10:15:00.000Z',
      title: 'Begrüßung und Einführung',
      description: 'Statements und Austausch',
      kind: 'welcome' as const,
      contributors: [
        contributor('speaker', 'Michael Groschek', { function: 'Präsident des DV' }),
        contributor('moderator', 'Heike Mages'),
      ],
    },
    {
      startsAt: '2021-03-04T11:00:00.000Z',
      endsAt: '2021-03-04T11:15:00.000Z',
      title: 'Pause',
      description: null,
      kind: 'break' as const,
      contributors: [],
    },
  ];

  it('lists each item with its Berlin time span', async () => {
    const wrapper = await mountSuspended(EventAgenda, { props: { items } });

    expect(wrapper.findAll('.agenda__time').map((t) => t.text())).toEqual([
      '11:00–11:15 Uhr',
      '12:00–12:15 Uhr',
    ]);
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'Begrüßung und Einführung',
      'Pause',
    ]);
  });

  it('names the kind of an item unless the title already says it', async () => {
    const wrapper = await mountSuspended(EventAgenda, { props: { items } });

    expect(wrapper.findAll('.agenda__kind').map((k) => k.text())).toEqual(['Begrüßung']);
  });

  it('lists contributors with their function and marks moderators', async () => {
    const wrapper = await mountSuspended(EventAgenda, { props: { items } });

    expect(wrapper.findAll('.agenda__contributors li').map((li) => li.text())).toEqual([
      'Michael Groschek, Präsident des DV',
      'Moderation: Heike Mages',
    ]);
  });
});

describe('EventOrganisers', () => {
  it('labels organisers by role: Veranstalter, Mitveranstalter, Kooperationspartner', async () => {
    const wrapper = await mountSuspended(EventOrganisers, {
      props: {
        organisers: [
          organiser('stadt', 'Stadt Telgte', 'partner', { type: 'municipality' }),
          organiser('vhw', 'vhw', 'host', { website: 'https://vhw.de' }),
          organiser('bbsr', 'BBSR', 'co_host', { type: 'federal_authority' }),
        ],
      },
    });

    const pairs = wrapper
      .findAll('dt')
      .map((dt) => [dt.text(), dt.element.nextElementSibling?.textContent?.trim()]);
    expect(pairs).toEqual([
      ['Veranstalter', 'vhw'],
      ['Mitveranstalter', 'BBSR'],
      ['Kooperationspartner', 'Stadt Telgte'],
    ]);
    // Each organiser links to its page on the portal, which links its website.
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/organisationen/vhw',
      '/organisationen/bbsr',
      '/organisationen/stadt',
    ]);
  });

  it('renders nothing without organisers', async () => {
    const wrapper = await mountSuspended(EventOrganisers, { props: { organisers: [] } });

    expect(wrapper.find('section').exists()).toBe(false);
  });
});

describe('EventRegistration', () => {
  it('says a past event has taken place, with the deadline it had', async () => {
    const wrapper = await mountSuspended(EventRegistration, {
      props: { event: eventDetail({ phase: 'past' }) },
    });

    expect(wrapper.findAll('p').map((p) => p.text())).toEqual([
      'Die Teilnahme ist kostenlos.',
      'Anmeldeschluss ist Montag, der 1. Juli 2024.',
      'Die Veranstaltung hat bereits stattgefunden.',
    ]);
  });

  it('never shows a join link', async () => {
    const wrapper = await mountSuspended(EventRegistration, {
      props: { event: eventDetail({ phase: 'running' }) },
    });

    expect(wrapper.findAll('a')).toHaveLength(0);
    expect(wrapper.text()).toContain('Die Veranstaltung läuft gerade.');
  });
});

describe('EventPageBody', () => {
  it('shows the registration on the event page and leaves it out of a preview', async () => {
    const event = eventDetail({ title: 'Entwurf eines Web-Talks' });
    const page = await mountSuspended(EventPageBody, { props: { event } });
    expect(page.get('h1').text()).toBe('Entwurf eines Web-Talks');
    expect(page.findComponent(EventRegistration).exists()).toBe(true);

    const preview = await mountSuspended(EventPageBody, { props: { event, preview: true } });
    expect(preview.get('h1').text()).toBe('Entwurf eines Web-Talks');
    expect(preview.findComponent(EventRegistration).exists()).toBe(false);
  });
});
