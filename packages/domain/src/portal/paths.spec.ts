import { describe, expect, it } from '@jest/globals';
import { germanPortalPath, localisePath, portalPathLocale } from './paths.js';

describe('portal paths', () => {
  it.each([
    ['/', '/en'],
    ['/veranstaltungen', '/en/events'],
    [
      '/veranstaltungen/web-talk-1?x=1#anmeldeformular',
      '/en/events/web-talk-1?x=1#anmeldeformular',
    ],
    ['/veranstaltungen/kalender?monat=2026-11', '/en/events/calendar?monat=2026-11'],
    ['/anmeldung/bestaetigen/abc', '/en/registration/confirm/abc'],
    ['/anmeldung/gesendet?veranstaltung=x', '/en/registration/sent?veranstaltung=x'],
    ['/anmeldung/abc', '/en/registration/abc'],
    ['/teilnehmen/abc', '/en/join/abc'],
    ['/newsletter/abmelden/abc', '/en/newsletter/unsubscribe/abc'],
    ['/impressum', '/en/legal-notice'],
    ['/?hinweis=1', '/en?hinweis=1'],
  ])('puts %s in English as %s, and back', (german, english) => {
    expect(localisePath(german, 'en')).toBe(english);
    expect(germanPortalPath(english)).toBe(german);
    expect(portalPathLocale(english)).toBe('en');
    expect(portalPathLocale(german)).toBe('de');
  });

  it('keeps German paths in German and German-only paths as they are', () => {
    expect(localisePath('/veranstaltungen/x', 'de')).toBe('/veranstaltungen/x');
    expect(localisePath('/leichte-sprache', 'en')).toBe('/leichte-sprache');
    expect(localisePath('/api/v1/join/x', 'en')).toBe('/api/v1/join/x');
  });

  it('matches whole segments only', () => {
    expect(localisePath('/archivalien', 'en')).toBe('/archivalien');
    expect(portalPathLocale('/entwicklung')).toBe('de');
    expect(germanPortalPath('/en/eventsx')).toBe('/eventsx');
    expect(germanPortalPath('/veranstaltungen')).toBe('/veranstaltungen');
  });
});
