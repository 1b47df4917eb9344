import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { documentTitle } from './router';
import { fakeApi, jsonResponse } from './test/fakeApi';
import { eventPage } from './test/fixtures';
import { mountApp } from './test/mountApp';

function api() {
  return fakeApi({
    '/api/v1/events': () => jsonResponse(eventPage([])),
    '/api/v1/series': () => jsonResponse({ items: [] }),
    '/api/v1/staff/topics': () => jsonResponse({ items: [] }),
  }).client;
}

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('documentTitle', () => {
  it('names the page first, then the app', () => {
    expect(documentTitle('events.title')).toBe('Veranstaltungen – Stadtgespräch Verwaltung');
    expect(documentTitle(undefined)).toBe('Stadtgespräch Verwaltung');
  });
});

describe('navigation', () => {
  it('sets the document title of each route', async () => {
    let router;
    ({ wrapper, router } = await mountApp('/veranstaltungen', api()));
    expect(document.title).toBe('Veranstaltungen – Stadtgespräch Verwaltung');

    await router.push('/themen');
    await flushPromises();
    expect(document.title).toBe('Themen – Stadtgespräch Verwaltung');
  });

  it('offers an administrator sixteen sections in a navigation named "Hauptnavigation", marking the current one', async () => {
    ({ wrapper } = await mountApp('/reihen', api()));

    const nav = wrapper.get('nav[aria-label="Hauptnavigation"]');
    expect(nav.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Übersicht', '/'],
      ['Veranstaltungen', '/veranstaltungen'],
      ['Anmeldungen', '/anmeldungen'],
      ['Check-in', '/check-in'],
      ['Auswertungen', '/auswertungen'],
      ['Reihen', '/reihen'],
      ['Organisationen', '/organisationen'],
      ['Personen', '/personen'],
      ['Themen', '/themen'],
      ['Neuigkeiten', '/neuigkeiten'],
      ['Newsletter', '/newsletter'],
      ['Medien', '/medien'],
      ['Kontaktanfragen', '/kontaktanfragen'],
      ['Benutzerkonten', '/benutzer'],
      ['Protokoll', '/protokoll'],
      ['Datenschutz', '/datenschutz'],
    ]);
    expect(nav.get('[aria-current="page"]').text()).toBe('Reihen');
  });

  it('moves focus to the main heading after moving to another page', async () => {
    let router;
    ({ wrapper, router } = await mountApp('/', api()));
    wrapper.get<HTMLAnchorElement>('nav a[href="/themen"]').element.focus();

    await router.push('/themen');
    await flushPromises();

    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Themen');
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(
      'Seite geladen: Themen – Stadtgespräch Verwaltung',
    );
  });

  it('leaves the focus in place when only the filters change', async () => {
    let router;
    ({ wrapper, router } = await mountApp('/veranstaltungen', api()));
    const search = wrapper.get<HTMLInputElement>('#event-search').element;
    search.focus();

    await router.push('/veranstaltungen?zeitraum=alle');
    await flushPromises();

    expect(document.activeElement).toBe(search);
  });

  it('has a skip link to the main region', async () => {
    ({ wrapper } = await mountApp('/', api()));

    const skip = wrapper.get('a.skip-link');
    expect(skip.text()).toBe('Zum Inhalt springen');
    expect(skip.attributes('href')).toBe('#inhalt');
    await skip.trigger('click');
    expect(document.activeElement?.id).toBe('inhalt');
    expect(document.activeElement?.tagName).toBe('MAIN');
  });

  it('shows "Dieser Bereich folgt" for a section that is not built yet', async () => {
    ({ wrapper } = await mountApp('/e-mails', api()));

    expect(wrapper.get('h1').text()).toBe('E-Mails');
    expect(wrapper.text()).toContain('Dieser Bereich folgt.');
    expect(document.title).toBe('E-Mails – Stadtgespräch Verwaltung');
  });

  it('says "Seite nicht gefunden" for an unknown address', async () => {
    ({ wrapper } = await mountApp('/gibt-es-nicht', api()));

    expect(wrapper.get('h1').text()).toBe('Seite nicht gefunden');
  });
});
