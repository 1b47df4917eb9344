/** The page in Leichte Sprache (easy-to-read German); it exists in German only. */
export const easyLanguageText = {
  title: 'Stadtgespräch in Leichter Sprache',
  breadcrumb: 'Leichte Sprache',
  description:
    'Informationen in Leichter Sprache: Was ist Stadtgespräch? Wie melde ich mich an? Wo bekomme ich Hilfe?',
  sections: [
    {
      heading: 'Was ist Stadtgespräch?',
      sentences: [
        'Stadtgespräch ist eine Internet-Seite.',
        'Hier finden Sie Veranstaltungen für kleine Städte.',
        'Kleine Städte heißen auch: Klein-Städte.',
        'Bei den Veranstaltungen sprechen Menschen aus Klein-Städten miteinander.',
        'Sie erzählen, was in ihrer Stadt gut klappt.',
        'Und sie lernen voneinander.',
        'Viele Veranstaltungen sind im Internet.',
        'Das heißt: Sie sehen und hören die Veranstaltung am Computer.',
        'Manche Veranstaltungen sind an einem Ort.',
        'Zum Beispiel in einem Rathaus.',
        'Die Teilnahme kostet kein Geld.',
      ],
    },
    {
      heading: 'Wie finde ich eine Veranstaltung?',
      sentences: [
        'Gehen Sie auf die Seite: Veranstaltungen.',
        'Dort stehen alle Termine.',
        'Jeder Termin hat eine eigene Seite.',
        'Auf der Seite steht: Worum geht es? Wann ist es? Wer spricht?',
      ],
    },
    {
      heading: 'Wie melde ich mich an?',
      sentences: [
        'Öffnen Sie die Seite von der Veranstaltung.',
        'Dort gibt es ein Formular.',
        'Schreiben Sie Ihren Namen in das Formular.',
        'Schreiben Sie Ihre E-Mail-Adresse in das Formular.',
        'Dann klicken Sie auf: Anmelden.',
        'Sie bekommen danach eine E-Mail.',
        'In der E-Mail ist ein Link.',
        'Klicken Sie auf den Link.',
        'Dann ist Ihre Anmeldung fertig.',
        'Vor der Veranstaltung bekommen Sie noch eine E-Mail.',
        'Darin steht, wie Sie teilnehmen können.',
      ],
    },
    {
      heading: 'Ich kann doch nicht teilnehmen. Was mache ich?',
      sentences: [
        'Sie haben eine E-Mail mit Ihrer Anmeldung bekommen.',
        'In der E-Mail ist ein Link.',
        'Mit dem Link können Sie Ihre Anmeldung absagen.',
        'Sie müssen dafür nicht anrufen.',
      ],
    },
    {
      heading: 'Wo bekomme ich Hilfe?',
      sentences: [
        'Haben Sie eine Frage?',
        'Dann schreiben Sie uns.',
        'Nutzen Sie dafür das Kontakt-Formular.',
        'Oder schreiben Sie eine E-Mail.',
      ],
    },
  ],
  contactForm: 'Zum Kontakt-Formular',
  emailLead: 'Unsere E-Mail-Adresse ist:',
  more: 'Mehr Informationen in Alltags-Sprache finden Sie auf der Seite: Veranstaltungen.',
};
