import {
  durationMinutes,
  registrantName,
  formatDateSpan,
  formatPlace,
  formatShortDate,
  formatTimeRange,
  isOneDay,
  type Locale,
} from '@stadtgespraech/domain';
import {
  contentWidth,
  createPdf,
  writePdf,
  type PdfDocument,
} from '../../../common/pdf/pdf-document.js';
import type { EventSheet } from './event-sheet.repository.js';

/** The person a certificate is made out to. */
export interface CertifiedPerson {
  academicTitle: string | null;
  firstName: string;
  lastName: string;
  organisation: string | null;
  locale: string;
}

const TEXTS = {
  de: {
    title: 'Teilnahmebescheinigung',
    attended: 'hat an der Veranstaltung',
    attendedEnd: 'teilgenommen.',
    date: 'Datum',
    duration: 'Dauer',
    minutes: (n: number) => `${n} Minuten`,
    place: 'Ort',
    organisers: 'Veranstaltet von',
    topics: 'Inhalte',
    issued: (day: string) =>
      `Ausgestellt am ${day}. Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.`,
    lang: 'de-DE',
  },
  en: {
    title: 'Certificate of attendance',
    attended: 'attended the event',
    attendedEnd: '',
    date: 'Date',
    duration: 'Duration',
    minutes: (n: number) => `${n} minutes`,
    place: 'Place',
    organisers: 'Organised by',
    topics: 'Contents',
    issued: (day: string) =>
      `Issued on ${day}. This certificate was created automatically and is valid without a signature.`,
    lang: 'en-GB',
  },
} as const;

const localeOf = (person: CertifiedPerson): Locale => (person.locale === 'en' ? 'en' : 'de');

/** A PDF with one certificate page per person, in each person's language. */
export function certificatesPdf(
  event: EventSheet,
  people: AsyncIterable<CertifiedPerson>,
  issuedAt: Date,
  locale: Locale = 'de',
): PdfDocument {
  const texts = TEXTS[locale];
  const doc = createPdf({
    title: `${texts.title}: ${event.title}`,
    lang: texts.lang,
    footer: event.title,
  });
  return writePdf(doc, async () => {
    let first = true;
    for await (const person of people) {
      if (!first) doc.addPage();
      first = false;
      writeCertificate(doc, event, person, issuedAt);
    }
  });
}

/** One certificate page: who, which event, when, where, by whom, what it covered. */
function writeCertificate(
  doc: PdfDocument,
  event: EventSheet,
  person: CertifiedPerson,
  issuedAt: Date,
): void {
  const locale = localeOf(person);
  const texts = TEXTS[locale];
  const width = contentWidth(doc);
  const name = registrantName(person);
  const singleDay = isOneDay(event);
  const minutes = durationMinutes(event);

  doc.moveDown(3).font('bold').fontSize(26).text(texts.title, { width, align: 'center' });
  doc.moveDown(2).font('bold').fontSize(18).text(name, { width, align: 'center' });
  if (person.organisation)
    doc.font('regular').fontSize(12).text(person.organisation, { width, align: 'center' });
  doc.moveDown(1.5).font('regular').fontSize(12).text(texts.attended, { width, align: 'center' });
  doc.moveDown(0.5).font('bold').fontSize(16).text(`»${event.title}«`, { width, align: 'center' });
  if (event.subtitle)
    doc.font('regular').fontSize(12).text(event.subtitle, { width, align: 'center' });
  if (texts.attendedEnd)
    doc
      .moveDown(0.5)
      .font('regular')
      .fontSize(12)
      .text(texts.attendedEnd, { width, align: 'center' });

  doc.moveDown(2);
  const facts: [string, string | null][] = [
    [
      texts.date,
      singleDay
        ? `${formatDateSpan(event, locale)}, ${formatTimeRange(event, locale)}`
        : formatDateSpan(event, locale),
    ],
    [texts.duration, singleDay && minutes > 0 ? texts.minutes(minutes) : null],
    [texts.place, formatPlace(event, locale)],
    [texts.organisers, event.organisers.length > 0 ? event.organisers.join(', ') : null],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    doc.font('bold').fontSize(11).text(`${label}: `, { continued: true });
    doc.font('regular').text(value, { width });
  }
  if (event.topics.length > 0) {
    doc.moveDown(0.5).font('bold').fontSize(11).text(`${texts.topics}:`);
    doc.font('regular').fontSize(11).list(event.topics, { width, bulletRadius: 1.5 });
  }

  doc
    .moveDown(3)
    .font('regular')
    .fontSize(9)
    .fillColor('#444444')
    .text(texts.issued(formatShortDate(issuedAt, locale)), { width })
    .fillColor('#000000');
}
