import type { EventDetail } from '@stadtgespraech/api-client';

const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** An instant as Berlin wall-clock time with its offset: "2024-07-03T10:00:00+02:00". */
export function berlinIsoDateTime(instant: string | Date): string {
  const parts = Object.fromEntries(
    berlinParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

const ATTENDANCE = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

type JsonLd = Record<string, unknown>;

/** schema.org Event data of an event page; `siteUrl` without trailing slash. */
export function eventJsonLd(event: EventDetail, siteUrl: string): JsonLd {
  const url = `${siteUrl}/veranstaltungen/${event.slug}`;
  const locations: JsonLd[] = [];
  if (event.format !== 'in_person') {
    locations.push({ '@type': 'VirtualLocation', url });
  }
  if (event.format !== 'online' && event.venue) {
    const a = event.venue.address;
    locations.push({
      '@type': 'Place',
      name: event.venue.name,
      ...(a
        ? {
            address: {
              '@type': 'PostalAddress',
              streetAddress: a.street,
              postalCode: a.postalCode,
              addressLocality: a.city,
              addressCountry: a.country ?? 'DE',
            },
          }
        : {}),
    });
  }
  const registrationOpen =
    event.status !== 'cancelled' && event.phase !== 'past' && event.registration.mode !== 'none';
  const offerUrl =
    event.registration.mode === 'external' && event.registration.externalUrl
      ? event.registration.externalUrl
      : url;
  const description = event.summary ?? event.subtitle ?? event.description ?? undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...(description ? { description } : {}),
    startDate: berlinIsoDateTime(event.startsAt),
    endDate: berlinIsoDateTime(event.endsAt),
    eventStatus:
      event.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[event.format],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: event.organisers.map((o) => ({
      '@type': 'Organization',
      name: o.name,
      url: o.website ?? `${siteUrl}/organisationen/${o.slug}`,
    })),
    performer: event.contributors
      .filter((c) => c.role === 'speaker')
      .map((c) => ({
        '@type': 'Person',
        name: c.person.displayName,
        url: `${siteUrl}/personen/${c.person.slug}`,
        ...(c.person.organisation
          ? { affiliation: { '@type': 'Organization', name: c.person.organisation.name } }
          : {}),
      })),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: offerUrl,
      availability: registrationOpen ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
      ...(event.registration.opensAt
        ? { validFrom: berlinIsoDateTime(event.registration.opensAt) }
        : {}),
      ...(event.registration.deadline
        ? { validThrough: berlinIsoDateTime(event.registration.deadline) }
        : {}),
    },
    isAccessibleForFree: true,
    ...(event.coverImage ? { image: [event.coverImage.url] } : {}),
    url,
    inLanguage: 'de',
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no `</script>` can end it. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
