import { describe, expect, it } from 'vitest';
import { contributor, eventDetail, organiser } from '../../test/fixtures/events';
import { berlinIsoDateTime, eventJsonLd, serializeJsonLd } from './event-json-ld';

const SITE = 'https://portal.example';

describe('berlinIsoDateTime', () => {
  it('writes Berlin wall-clock time with the offset of the season', () => {
    expect(berlinIsoDateTime('2024-07-03T08:00:00.000Z')).toBe('2024-07-03T10:00:00+02:00');
    expect(berlinIsoDateTime('2024-12-03T08:00:00.000Z')).toBe('2024-12-03T09:00:00+01:00');
  });
});

describe('eventJsonLd', () => {
  const online = eventDetail({
    summary: 'Wie Osterburg einen Bürgerrat einberief.',
    organisers: [
      organiser('vhw', 'vhw – Bundesverband', 'host', { website: 'https://www.vhw.de' }),
      organiser('bbsr', 'BBSR', 'co_host'),
    ],
    contributors: [
      contributor('speaker', 'Nicole Kraus', { organisation: 'Hansestadt Osterburg' }),
      contributor('moderator', 'Anna Muster'),
    ],
  });

  it('describes an online event as schema.org Event', () => {
    const data = eventJsonLd(online, SITE);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: online.title,
      description: 'Wie Osterburg einen Bürgerrat einberief.',
      startDate: '2024-07-03T10:00:00+02:00',
      endDate: '2024-07-03T11:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
      url: `${SITE}/veranstaltungen/${online.slug}`,
      inLanguage: 'de',
    });
    expect(data.organizer).toEqual([
      { '@type': 'Organization', name: 'vhw – Bundesverband', url: 'https://www.vhw.de' },
      { '@type': 'Organization', name: 'BBSR', url: `${SITE}/organisationen/bbsr` },
    ]);
    expect(data.performer).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Nicole Kraus' }),
    ]);
    expect(data.offers).toMatchObject({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      validThrough: '2024-07-01T23:59:00+02:00',
    });
  });

  it('gives an in-person event a Place with its postal address, a hybrid one both', () => {
    const venue = {
      name: 'Rathaus',
      accessibilityNotes: null,
      address: {
        addition: null,
        street: 'Markt 1',
        postalCode: '39606',
        city: 'Osterburg',
        country: null,
      },
    };
    const place = {
      '@type': 'Place',
      name: 'Rathaus',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Markt 1',
        postalCode: '39606',
        addressLocality: 'Osterburg',
        addressCountry: 'DE',
      },
    };
    const inPerson = eventJsonLd(eventDetail({ format: 'in_person', venue }), SITE);
    expect(inPerson.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(inPerson.location).toEqual(place);
    const hybrid = eventJsonLd(eventDetail({ format: 'hybrid', venue }), SITE);
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid.location).toEqual([
      expect.objectContaining({ '@type': 'VirtualLocation' }),
      place,
    ]);
  });

  it('marks a cancelled event and its offer', () => {
    const data = eventJsonLd(eventDetail({ status: 'cancelled' }), SITE);
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(data.offers).toMatchObject({ availability: 'https://schema.org/SoldOut' });
  });

  it('leaves out validThrough without a deadline', () => {
    const event = eventDetail();
    const data = eventJsonLd(
      { ...event, registration: { ...event.registration, deadline: null } },
      SITE,
    );
    expect(data.offers).not.toHaveProperty('validThrough');
    expect(data.offers).toMatchObject({ availability: 'https://schema.org/InStock' });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & more' });
  });
});
