import type { Locale } from '@stadtgespraech/domain/common';

/** The imprint and privacy pages (with the demo note and the contact line), by language. */
const de = {
  demoNote:
    'Dies ist eine Demo-Installation von Stadtgespräch, einer Open-Source-Veranstaltungsplattform für Netzwerke von Kleinstädten.',
  contactHeading: 'Kontakt',
  contactText: 'Fragen und Hinweise zu dieser Installation richten Sie bitte an',
  imprint: {
    title: 'Impressum',
    body: [
      '## Angaben nach § 5 DDG',
      'Diese Installation dient zum Ausprobieren der Plattform und ist kein Angebot eines realen Veranstalters. Wer Stadtgespräch produktiv betreibt, nennt hier Namen und Anschrift, die vertretungsberechtigten Personen, Kontaktdaten sowie gegebenenfalls Register- und Umsatzsteuer-Angaben.',
      '## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
      'In einer produktiven Installation steht hier die Person, die für Meldungen und Berichte verantwortlich ist, mit ihrer Anschrift.',
      '## Inhalte der Demo',
      'Die vergangenen Veranstaltungen beruhen auf öffentlich dokumentierten Veranstaltungen der Kleinstadt-Netzwerke, etwa der Kleinstadt Web-Talks und der Kleinstadt Akademie. Als „Demo“ gekennzeichnete Termine sind erfunden; die dort genannten Personen und Orte gibt es nicht.',
      '## Quellcode',
      'Stadtgespräch ist freie Software unter der Lizenz EUPL-1.2.',
    ].join('\n\n'),
  },
  privacy: {
    title: 'Datenschutz',
    body: [
      'Diese Hinweise beschreiben, wie sich das Portal technisch verhält. Die vollständige Datenschutzerklärung eines Betreibers ersetzen sie nicht.',
      '## Keine Cookies, kein Tracking',
      'Das Portal setzt keine Cookies und legt keine Daten im Speicher Ihres Browsers ab. Es gibt keine Analyse- oder Statistikdienste und keine Werbung. Deshalb braucht das Portal auch keinen Cookie-Hinweis.',
      '## Keine Inhalte von Dritten',
      'Schriften, Grafiken und Skripte kommen ausschließlich von diesem Server. Das Portal lädt nichts von Dritten nach – keine Web-Schriften, keine Karten, keine eingebetteten Videos. Links zu anderen Websites werden erst aufgerufen, wenn Sie sie anklicken.',
      '## Server-Protokolle',
      'Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten wie IP-Adresse, Zeitpunkt und aufgerufene Adresse, um die Seite auszuliefern und Fehler zu erkennen. Wie lange diese Protokolle aufbewahrt werden, legt der Betreiber einer produktiven Installation fest.',
      '## Anmeldungen',
      'Wenn Sie sich zu einer Veranstaltung anmelden, speichern wir Ihre Angaben, um die Veranstaltung durchzuführen, Ihnen den Zugangslink und Erinnerungen zu senden und die Teilnahme zu organisieren (Art. 6 Abs. 1 lit. a und b DSGVO). Jede Einwilligung wird mit ihrem genauen Wortlaut und dem Zeitpunkt gespeichert. Die Anmeldung gilt erst, wenn Sie Ihre E-Mail-Adresse über den Link in unserer ersten E-Mail bestätigen; unbestätigte Anmeldungen werden nach 48 Stunden gelöscht.',
      'Über Ihren persönlichen Link können Sie Ihre Angaben jederzeit einsehen, ändern oder die Anmeldung stornieren – so einfach, wie Sie eingewilligt haben. E-Mails enthalten keine Zählpixel und laden keine Bilder nach.',
      '## Newsletter und Kontakt',
      'Für den Newsletter neuer Termine speichern wir nur Ihre E-Mail-Adresse und Ihre Auswahl, und erst nach Ihrer Bestätigung (Double-Opt-in). Ein Klick auf den Abmeldelink in jeder E-Mail löscht die Adresse. Nachrichten über das Kontaktformular speichern wir, um sie zu beantworten, und leiten sie an die gewählte Organisation weiter.',
      '## Ihre Rechte',
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten, auf Datenübertragbarkeit, auf Widerspruch sowie auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.',
    ].join('\n\n'),
  },
};

export const legalTexts: Record<Locale, typeof de> = {
  de,
  en: {
    demoNote:
      'This is a demo installation of Stadtgespräch, an open-source event platform for networks of small towns.',
    contactHeading: 'Contact',
    contactText: 'Please send any questions or comments about this installation to',
    imprint: {
      title: 'Legal notice',
      body: [
        '## Information pursuant to § 5 of the Digital Services Act (Digitale-Dienste-Gesetz, DDG)',
        'This installation is for trying out the platform and is not a service offered by a real organiser. Anyone running Stadtgespräch in production states here their name and address, the persons authorised to represent them, contact details and, where applicable, their register entry and VAT identification number.',
        '## Responsible for content pursuant to § 18(2) of the Interstate Media Treaty (Medienstaatsvertrag, MStV)',
        'In a production installation, this section names the person responsible for news items and reports, together with their address.',
        '## Demo content',
        'The past events are based on publicly documented events of the small-town networks, such as the Kleinstadt Web-Talks and the Kleinstadt Akademie. Dates marked “Demo” are invented; the people and places named in them do not exist.',
        '## Source code',
        'Stadtgespräch is free software licensed under the EUPL-1.2.',
      ].join('\n\n'),
    },
    privacy: {
      title: 'Privacy',
      body: [
        'This is an English translation; only the German version is legally binding. This notice describes how the portal behaves technically. It does not replace an operator’s full privacy policy.',
        '## No cookies, no tracking',
        'The portal does not set any cookies and does not store any data in your browser’s storage. There are no analytics or statistics services and no advertising. This is why the portal does not need a cookie banner.',
        '## No third-party content',
        'Fonts, graphics and scripts come exclusively from this server. The portal does not load anything from third parties – no web fonts, no maps, no embedded videos. Links to other websites are only accessed when you click on them.',
        '## Server logs',
        'When a page is requested, the server processes technically necessary data such as the IP address, the time and the address requested, in order to deliver the page and detect errors. The operator of a production installation determines how long these logs are kept.',
        '## Registrations',
        'When you register for an event, we store your details in order to run the event, send you the join link and reminders, and organise participation (Art. 6(1)(a) and (b) of the General Data Protection Regulation, GDPR (DSGVO)). Each consent is stored with its exact wording and the time it was given. Your registration only becomes valid once you confirm your email address via the link in our first email; unconfirmed registrations are deleted after 48 hours.',
        'Using your personal link, you can view or change your details, or cancel your registration, at any time – as easily as you gave your consent. Emails contain no tracking pixels and do not load any images.',
        '## Newsletter and contact',
        'For the newsletter about new dates, we store only your email address and your selection, and only after you have confirmed it (double opt-in). Clicking the unsubscribe link in any email deletes your address. We store messages sent via the contact form in order to answer them, and forward them to the organisation you selected.',
        '## Your rights',
        'You have the right of access to your data, and the rights to rectification, erasure and restriction of processing, to data portability and to object, as well as the right to lodge a complaint with a data protection supervisory authority.',
      ].join('\n\n'),
    },
  },
};
