import { EventFormat, EventStatus, EventType } from '@stadtgespraech/domain/events';
import { OrganisationType } from '@stadtgespraech/domain/organisations';
import { describe, expect, it, vi } from 'vitest';
import { formatMoment } from '../lib/moment';
import { de } from './de';
import { en } from './en';
import { chooseLocale, LOCALE_STORAGE_KEY, storedLocale, t, tn, useLocale } from './index';
import {
  eventFormatLabel,
  eventStatusLabel,
  eventTypeLabel,
  organisationTypeLabel,
} from './labels';

describe('t', () => {
  it('fills placeholders, numbers in German format', () => {
    expect(t('paging.position', { page: 2, pages: 12 })).toBe('Seite 2 von 12');
    expect(t('events.count.other', { count: 1234 })).toBe('1.234 Veranstaltungen gefunden');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('paging.position', { page: 1 })).toBe('Seite 1 von {pages}');
  });
});

describe('tn', () => {
  it.each([
    [0, '0 Veranstaltungen gefunden'],
    [1, '1 Veranstaltung gefunden'],
    [2, '2 Veranstaltungen gefunden'],
  ])('says %i as "%s"', (count, text) => {
    expect(tn('events.count', count)).toBe(text);
  });
});

describe('German labels of the domain enums', () => {
  it.each([
    [EventType.WebTalk, 'Web-Talk'],
    [EventType.NetworkMeeting, 'Netzwerkgespräch'],
    [EventType.Workshop, 'Werkstatt'],
    [EventType.Congress, 'Kongress'],
    [EventType.Conference, 'Konferenz'],
    [EventType.Excursion, 'Exkursion'],
    [EventType.Other, 'Sonstige'],
  ])('event type %s is "%s"', (type, label) => {
    expect(eventTypeLabel(type)).toBe(label);
  });

  it.each([
    [EventFormat.Online, 'Online'],
    [EventFormat.InPerson, 'Vor Ort'],
    [EventFormat.Hybrid, 'Hybrid'],
  ])('format %s is "%s"', (format, label) => {
    expect(eventFormatLabel(format)).toBe(label);
  });

  it.each([
    [EventStatus.Published, 'Veröffentlicht'],
    [EventStatus.Cancelled, 'Abgesagt'],
    [EventStatus.Draft, 'Entwurf'],
  ])('status %s is "%s"', (status, label) => {
    expect(eventStatusLabel(status)).toBe(label);
  });

  it('names every organisation type, each differently', () => {
    const labels = Object.values(OrganisationType).map(organisationTypeLabel);

    expect(labels.every((label) => label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(organisationTypeLabel(OrganisationType.Municipality)).toBe('Gemeinde oder Stadt');
  });
});

describe('the English catalogue', () => {
  const placeholders = (text: string) => (text.match(/\{\{?\w+\}?\}/g) ?? []).sort();

  it('has every text of the German one with the same placeholders', () => {
    const differing = (Object.keys(de) as (keyof typeof de)[]).filter(
      (key) => placeholders(de[key]).join() !== placeholders(en[key]).join(),
    );
    expect(differing).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('is used after choosing English, numbers and dates in British form', () => {
    useLocale('en');
    try {
      expect(t('paging.position', { page: 2, pages: 1234 })).toBe('Page 2 of 1,234');
      expect(formatMoment('2026-11-21T13:05:00Z')).toBe('21 Nov 2026, 14:05');
    } finally {
      useLocale('de');
    }
    expect(formatMoment('2026-11-21T13:05:00Z')).toBe('21.11.2026, 14:05');
  });
});

describe('the choice of language', () => {
  it('is German unless English was chosen on this device, also when storage is blocked', () => {
    expect(storedLocale({ getItem: () => 'en' })).toBe('en');
    expect(storedLocale({ getItem: () => null })).toBe('de');
    expect(storedLocale({ getItem: () => 'fr' })).toBe('de');
    expect(
      storedLocale({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('de');
  });

  it('is kept on the device and reloads the app', () => {
    const reload = vi.fn();
    try {
      chooseLocale('en', reload);
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
      expect(reload).toHaveBeenCalledOnce();
    } finally {
      localStorage.removeItem(LOCALE_STORAGE_KEY);
      useLocale('de');
    }
  });
});
