import { mockNuxtImport, mountSuspended } from '@nuxt/test-utils/runtime';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import EventPage from '~/pages/veranstaltungen/[slug].vue';
import { contributor, eventDetail, image, organiser } from '../fixtures/events';

const { get } = vi.hoisted(() => ({ get: vi.fn() }));
mockNuxtImport('useApi', () => () => ({ GET: get }));

const event = eventDetail({
  slug: 'demokratie-staerken',
  description:
    'Die Hansestadt Osterburg hat einen Bürgerrat durchgeführt.\n\nDie Erfahrungen werden vorgestellt.',
  discussionQuestions: [
    'Wie wurde das Losverfahren durchgeführt?',
    'Wer war am Prozess beteiligt?',
  ],
  contributors: [
    contributor('speaker', 'Nico Schulz', {
      function: 'Bürgermeister der Hansestadt Osterburg (Altmark)',
    }),
    contributor('moderator', 'Christian Höcke', { organisation: 'vhw' }),
  ],
  organisers: [
    organiser('vhw', 'vhw', 'host'),
    organiser('bbsr', 'BBSR', 'partner', { type: 'federal_authority' }),
  ],
  phase: 'past',
  documentation: {
    report: '## Ergebnisse\n\nDer Bürgerrat hat Leitplanken erarbeitet.',
    attachments: [
      {
        title: 'Folien',
        url: '/media/folien.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 2_400_000,
      },
    ],
    images: [image('/media/bild.jpg', 'Bürgerrat im Ratssaal', { credit: '© Stadt Osterburg' })],
    recordingUrl: null,
    publishedAt: '2024-07-10T08:00:00.000Z',
  },
});

describe('event page', () => {
  beforeEach(() => {
    get.mockReset();
    get.mockResolvedValue({ data: event, response: new Response(null, { status: 200 }) });
  });

  const mountPage = () =>
    mountSuspended(EventPage, { route: '/veranstaltungen/demokratie-staerken' });

  it('has the title as its only h1 and the date line as printed in the seeds', async () => {
    const page = await mountPage();

    expect(page.findAll('h1').map((h) => h.text())).toEqual([event.title]);
    expect(page.find('.event-header__date').text()).toBe(
      '03. Juli 2024 | Online | 10:00-11:00 Uhr',
    );
    expect(get).toHaveBeenCalledWith('/api/v1/events/{slug}', {
      params: { path: { slug: 'demokratie-staerken' } },
    });
  });

  it('shows description paragraphs and the questions discussed', async () => {
    const page = await mountPage();

    expect(page.text()).toContain('Die Erfahrungen werden vorgestellt.');
    expect(page.text()).toContain('Folgende Fragen werden besprochen:');
    expect(page.findAll('.questions li').map((li) => li.text())).toEqual(event.discussionQuestions);
  });

  it('introduces speakers and moderation under their own headings', async () => {
    const page = await mountPage();

    const speakers = page.find('#referenten').element.closest('section');
    const moderation = page.find('#moderation').element.closest('section');
    expect(page.find('#referenten').text()).toBe('Ihre Referentinnen und Referenten');
    expect(speakers?.textContent).toContain('Nico Schulz');
    expect(speakers?.textContent).not.toContain('Christian Höcke');
    expect(moderation?.textContent).toContain('Christian Höcke');
  });

  it('shows the documentation with report headings, downloads and image credits', async () => {
    const page = await mountPage();

    const documentation = page.find('.documentation');
    expect(documentation.find('h2').text()).toBe('Ergebnis / Dokumentation');
    expect(documentation.findAll('h3').map((h) => h.text())).toContain('Ergebnisse');
    expect(documentation.find('a[download]').text()).toBe('Folien (PDF, 2,4 MB)');
    expect(documentation.find('img').attributes('alt')).toBe('Bürgerrat im Ratssaal');
    expect(documentation.text()).toContain('© Stadt Osterburg');
  });

  it('names type, format and organisers in words', async () => {
    const page = await mountPage();

    const facts = page.find('.facts').text();
    expect(facts).toContain('Web-Talk');
    expect(facts).toContain('Online über Webex');
    expect(page.find('.organisers').text()).toContain('Kooperationspartner');
  });
});

describe('event page in English', () => {
  beforeEach(() => {
    get.mockReset();
    get.mockResolvedValue({ data: event, response: new Response(null, { status: 200 }) });
  });

  it('shows English texts and dates, English links, and marks the German content as German', async () => {
    const page = await mountSuspended(EventPage, { route: '/en/events/demokratie-staerken' });

    const title = page.find('h1');
    expect(title.text()).toBe(event.title);
    expect(title.attributes('lang')).toBe('de');
    expect(page.find('.event-header__date').text()).toBe('3 July 2024 | Online | 10:00-11:00');
    expect(page.text()).toContain('The following questions will be discussed');
    expect(page.find('.questions').attributes('lang')).toBe('de');
    const links = page.findAll('a').map((a) => a.attributes('href'));
    expect(links).toContain('/en/organisations/vhw');
    expect(links.filter((href) => href?.startsWith('/veranstaltungen'))).toEqual([]);
  });
});
