import {
  BUNDESLAND_NAMES,
  type ConsentPurpose,
  type OrganisationType,
  registrantName,
  type RegistrationStatus,
} from '@stadtgespraech/domain';
import type { StaffAccountStatus, StaffRole } from '@stadtgespraech/domain/staff';
import { createPdf, writePdf, type PdfDocument } from '../../common/pdf/pdf-document.js';
import { PdfTable } from '../../common/pdf/pdf-table.js';
import type { MailTemplate } from '../mail/mail.types.js';
import type { PersonalDataReportDto, PersonalRegistrationDto } from './dto/personal-data.dto.js';

const MOMENT = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const when = (iso: string | null): string => (iso ? `${MOMENT.format(new Date(iso))} Uhr` : '–');

const STATUS: Record<RegistrationStatus, string> = {
  pending_confirmation: 'Adresse noch nicht bestätigt',
  confirmed: 'Bestätigt',
  waitlisted: 'Warteliste',
  awaiting_approval: 'Wartet auf Freigabe',
  cancelled: 'Storniert',
  rejected: 'Abgelehnt',
  expired: 'Verfallen (nicht bestätigt)',
};
const PURPOSE: Record<ConsentPurpose, string> = {
  privacy: 'Datenschutzhinweise',
  newsletter: 'Newsletter',
  participant_list: 'Teilnahmeliste',
  photos_recording: 'Fotos und Aufzeichnung',
};
const ORGANISATION_TYPE: Record<OrganisationType, string> = {
  federal_authority: 'Bundesbehörde',
  research_institute: 'Forschungseinrichtung',
  association: 'Verband oder Verein',
  academy: 'Akademie',
  municipality: 'Kommune',
  county: 'Landkreis',
  foundation: 'Stiftung',
  initiative: 'Initiative',
  company: 'Unternehmen',
  other: 'Sonstige',
};
const MAIL: Record<MailTemplate, string> = {
  'confirm-address': 'Bitte Adresse bestätigen',
  'already-registered': 'Bereits angemeldet',
  'registration-confirmed': 'Anmeldung bestätigt',
  'registration-waitlisted': 'Auf der Warteliste',
  'registration-promoted': 'Platz frei geworden',
  'registration-awaiting-approval': 'Anmeldung wartet auf Freigabe',
  'registration-approved': 'Anmeldung freigegeben',
  'registration-rejected': 'Anmeldung abgelehnt',
  'registration-changed': 'Anmeldung geändert',
  'registration-cancelled': 'Abmeldung bestätigt',
  'registration-cancelled-by-organiser': 'Anmeldung vom Veranstalter storniert',
  'event-changed': 'Veranstaltung geändert',
  'event-cancelled': 'Veranstaltung abgesagt',
  'event-reminder': 'Erinnerung',
  'event-follow-up': 'Dokumentation und Nachbereitung',
  'event-mailing': 'Nachricht der Veranstalter',
  'newsletter-confirm': 'Newsletter: Adresse bestätigen',
  'newsletter-dates': 'Newsletter: neue Termine',
  'contact-receipt': 'Eingangsbestätigung Kontaktanfrage',
  'contact-forward': 'Kontaktanfrage (weitergeleitet)',
  'staff-invitation': 'Einladung ins Redaktionssystem',
  'staff-password-reset': 'Passwort zurücksetzen',
  'staff-second-factor-reset': 'Zweiter Faktor zurückgesetzt',
};
const ROLE: Record<StaffRole, string> = {
  administrator: 'Administration',
  organiser: 'Veranstaltende Organisation',
  read_only: 'Nur lesen',
};
const ACCOUNT_STATUS: Record<StaffAccountStatus, string> = {
  invited: 'eingeladen',
  active: 'aktiv',
  disabled: 'gesperrt',
};

const label = <K extends string>(names: Record<K, string>, value: string): string =>
  names[value as K] ?? value;

function heading(doc: PdfDocument, text: string): void {
  doc.moveDown().font('bold').fontSize(13).text(text).moveDown(0.3);
  doc.font('regular').fontSize(10);
}

/** "Label: value" lines, skipping empty values. */
function fields(doc: PdfDocument, rows: [string, string | null | undefined][]): void {
  for (const [name, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    doc.font('bold').fontSize(10).text(`${name}: `, { continued: true });
    doc.font('regular').text(value);
  }
}

function writeRegistration(doc: PdfDocument, registration: PersonalRegistrationDto): void {
  doc.moveDown(0.5).font('bold').fontSize(11).text(registration.event.title);
  fields(doc, [
    ['Beginn', when(registration.event.startsAt)],
    ['Status', label(STATUS, registration.status)],
    ['Angemeldet am', when(registration.createdAt)],
    ['Angemeldet über', registration.source === 'staff' ? 'Veranstalter' : 'Anmeldeformular'],
    ['Storniert am', registration.cancelledAt && when(registration.cancelledAt)],
    ['Anwesend', registration.attendedAt && when(registration.attendedAt)],
    ['E-Mail-Adresse', registration.email],
    ['Name', registrantName(registration)],
    ['Organisation', registration.organisation],
    [
      'Art der Organisation',
      registration.organisationType && label(ORGANISATION_TYPE, registration.organisationType),
    ],
    ['Funktion', registration.function],
    ['Bundesland', registration.bundesland && BUNDESLAND_NAMES[registration.bundesland]],
    ['Frage an die Referierenden', registration.questionForSpeakers],
    ['Sprache', registration.locale === 'en' ? 'Englisch' : 'Deutsch'],
    ...registration.answers.map(({ question, answer }): [string, string] => [question, answer]),
  ]);
  for (const consent of registration.consents) {
    fields(doc, [
      [
        `Einwilligung ${label(PURPOSE, consent.purpose)}`,
        `${consent.granted ? 'erteilt' : 'nicht erteilt'} am ${when(consent.recordedAt)} (Fassung ${consent.textVersion}): „${consent.text}“`,
      ],
    ]);
  }
}

/**
 * The access report as a readable PDF (German, for sending to the person): every section of
 * `PersonalDataReportDto`, with an explanation of what each holds.
 */
export function personalDataPdf(report: PersonalDataReportDto): PdfDocument {
  const title = 'Auskunft über gespeicherte Daten';
  const doc = createPdf({
    title: `${title}: ${report.email}`,
    subject: 'Auskunft nach Art. 15 DSGVO',
    lang: 'de-DE',
    footer: `${title} · ${report.email}`,
  });
  return writePdf(doc, async () => {
    doc.font('bold').fontSize(16).text(title);
    doc.font('regular').fontSize(10);
    fields(doc, [
      ['E-Mail-Adresse', report.email],
      ['Stand', when(report.generatedAt)],
    ]);
    doc
      .moveDown(0.5)
      .text(
        'Diese Übersicht enthält alle Daten, die Stadtgespräch zu dieser E-Mail-Adresse speichert (Auskunft nach Art. 15 DSGVO). Anmeldungen vergangener Veranstaltungen werden nach Ablauf der Aufbewahrungsfrist anonymisiert und erscheinen danach nicht mehr.',
      );

    heading(doc, `Anmeldungen (${report.registrations.length})`);
    if (report.registrations.length === 0) doc.text('Keine.');
    for (const registration of report.registrations) writeRegistration(doc, registration);

    heading(doc, `Newsletter (${report.newsletterSubscriptions.length})`);
    if (report.newsletterSubscriptions.length === 0) doc.text('Kein Abonnement.');
    for (const subscription of report.newsletterSubscriptions) {
      fields(doc, [
        ['Status', subscription.status === 'confirmed' ? 'bestätigt' : 'nicht bestätigt'],
        ['Angemeldet am', when(subscription.createdAt)],
        ['Bestätigt am', subscription.confirmedAt && when(subscription.confirmedAt)],
        ['Reihen', subscription.series.join(', ') || 'alle'],
        ['Themen', subscription.topics.join(', ') || 'alle'],
        [
          'Einwilligung',
          `am ${when(subscription.consentedAt)} (Fassung ${subscription.consentVersion}): „${subscription.consentText}“`,
        ],
      ]);
    }

    heading(doc, `Kontaktanfragen (${report.contactRequests.length})`);
    if (report.contactRequests.length === 0) doc.text('Keine.');
    for (const request of report.contactRequests) {
      doc.moveDown(0.5).font('bold').fontSize(11).text(request.subject);
      fields(doc, [
        ['Gesendet am', when(request.createdAt)],
        ['An', request.recipient ?? 'Betreiber der Plattform'],
        ['Name', request.name],
        ['Organisation', request.organisation],
        ['Nachricht', request.message],
        ['Einwilligung', `Fassung ${request.consentVersion}: „${request.consentText}“`],
      ]);
    }

    heading(doc, `Als Ansprechperson einer Organisation (${report.contactPersons.length})`);
    if (report.contactPersons.length === 0) doc.text('Keine.');
    for (const person of report.contactPersons) {
      fields(doc, [
        ['Organisation', person.organisation],
        ['Name', person.name],
        ['Funktion', person.function],
        ['Telefon', person.phone],
      ]);
    }

    if (report.staffAccount) {
      heading(doc, 'Zugang zum Redaktionssystem');
      fields(doc, [
        ['Name', report.staffAccount.displayName],
        ['Rolle', label(ROLE, report.staffAccount.role)],
        ['Status', label(ACCOUNT_STATUS, report.staffAccount.status)],
        ['Angelegt am', when(report.staffAccount.createdAt)],
        [
          'Zuletzt angemeldet',
          report.staffAccount.lastLoginAt && when(report.staffAccount.lastLoginAt),
        ],
      ]);
    }

    heading(doc, `Gesendete E-Mails (${report.mails.length})`);
    doc.text(
      'Gespeichert sind Art und Zeitpunkt jeder E-Mail, nicht ihr Text.' +
        (report.queuedMails > 0 ? ` ${report.queuedMails} weitere warten auf den Versand.` : ''),
    );
    if (report.mails.length > 0) {
      doc.moveDown(0.3);
      const table = new PdfTable(doc, [
        { header: 'Gesendet', width: 110, fixed: true },
        { header: 'E-Mail', width: 2 },
        { header: 'Veranstaltung', width: 3 },
      ]);
      for (const mail of report.mails)
        table.row([when(mail.sentAt), label(MAIL, mail.template), mail.event?.title ?? '']);
    }

    if (report.auditEntries > 0) {
      heading(doc, 'Protokoll');
      doc.text(
        `Das Änderungsprotokoll der Redaktion nennt diese Adresse in ${report.auditEntries} ${report.auditEntries === 1 ? 'Eintrag' : 'Einträgen'} (wer wann welche Daten geändert hat). Es wird zur Nachvollziehbarkeit unverändert aufbewahrt.`,
      );
    }
  });
}
