import { EventFormat, formatDateLine, registrantName } from '@stadtgespraech/domain';
import { createPdf, writePdf, type PdfDocument } from '../../../common/pdf/pdf-document.js';
import { PdfTable, type PdfColumn } from '../../../common/pdf/pdf-table.js';
import type { EventSheet } from './event-sheet.repository.js';

/** A participant as the attendance list shows them. */
export interface ListedParticipant {
  academicTitle: string | null;
  firstName: string;
  lastName: string;
  organisation: string | null;
  attendedAt: Date | null;
}

const CLOCK = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});
const STAND = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * The attendance list of an event (German, for the organisers' files): every confirmed
 * participant by name with the check-in time, and a signature column where people come in person.
 */
export function attendanceListPdf(
  event: EventSheet,
  participants: AsyncIterable<ListedParticipant>,
  printedAt: Date,
): PdfDocument {
  const doc = createPdf({
    title: `Teilnahmeliste: ${event.title}`,
    lang: 'de-DE',
    footer: `Teilnahmeliste · ${event.title}`,
  });
  const signatures = event.format !== EventFormat.Online;
  return writePdf(doc, async () => {
    doc.font('bold').fontSize(16).text('Teilnahmeliste');
    doc.font('bold').fontSize(12).text(event.title);
    doc.font('regular').fontSize(10).text(formatDateLine(event));
    if (event.organisers.length > 0) doc.text(`Veranstaltet von: ${event.organisers.join(', ')}`);
    doc
      .fillColor('#444444')
      .text(`Stand: ${STAND.format(printedAt)} Uhr`)
      .fillColor('#000000');
    doc.moveDown();

    const columns: PdfColumn[] = [
      { header: 'Nr.', width: 28, fixed: true },
      { header: 'Name', width: 3 },
      { header: 'Organisation', width: 3 },
      { header: 'Anwesend', width: 58, fixed: true },
      ...(signatures ? [{ header: 'Unterschrift', width: 2.5 }] : []),
    ];
    const table = new PdfTable(doc, columns, signatures ? 24 : 0);
    let count = 0;
    let present = 0;
    for await (const person of participants) {
      count += 1;
      if (person.attendedAt) present += 1;
      table.row([
        String(count),
        registrantName(person),
        person.organisation ?? '',
        person.attendedAt ? `ja, ${CLOCK.format(person.attendedAt)}` : '',
        ...(signatures ? [''] : []),
      ]);
    }
    doc
      .moveDown()
      .font('regular')
      .fontSize(10)
      .text(
        count === 0
          ? 'Keine bestätigten Anmeldungen.'
          : `${count} bestätigte ${count === 1 ? 'Anmeldung' : 'Anmeldungen'}, davon ${present} anwesend.`,
      );
  });
}
