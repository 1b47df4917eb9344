import { EventFormat, EventStatus, EventType } from '@stadtgespraech/domain/events';
import { OrganisationType } from '@stadtgespraech/domain/organisations';
import { describe, expect, it } from 'vitest';
import { t, tn } from './index';
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
