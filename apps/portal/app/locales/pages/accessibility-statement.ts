import type { Locale } from '@stadtgespraech/domain/common';

/** The accessibility statement (Barrierefreiheitserklärung), by language. */
const de = {
  title: 'Erklärung zur Barrierefreiheit',
  breadcrumb: 'Barrierefreiheit',
  intro:
    'Stadtgespräch soll für alle Menschen gut nutzbar sein. Diese Erklärung gilt für das öffentliche Portal dieser Installation von Stadtgespräch.',
  scopeHeading: 'Rechtsgrundlage und Ziel',
  scope:
    'Das Portal soll die Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) erfüllen. Maßstab ist die Norm EN 301 549, also die Konformitätsstufe AA der Web Content Accessibility Guidelines (WCAG) 2.1.',
  statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
  status:
    'Das Portal ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Die unten genannten Inhalte sind noch nicht vollständig barrierefrei.',
  gapsHeading: 'Nicht barrierefreie Inhalte',
  gaps: [
    'Dokumente zum Herunterladen, etwa Vortragsfolien und Berichte als PDF, stammen von den Referierenden und sind nicht in jedem Fall barrierefrei. Auf Anfrage senden wir Ihnen die Inhalte in einer zugänglichen Form.',
    'Aufzeichnungen von Veranstaltungen haben nicht immer Untertitel.',
    'Bilder aus Veranstaltungen haben Kurzbeschreibungen; ausführliche Beschreibungen fehlen bei manchen Bildern.',
    'Informationen in Deutscher Gebärdensprache gibt es noch nicht.',
    'Eine Prüfung durch unabhängige Fachleute (BITV-Test) steht noch aus.',
  ],
  methodHeading: 'Erstellung dieser Erklärung',
  method:
    'Diese Erklärung beruht auf einer Selbstbewertung. Jede Seitenart des Portals wird bei jeder Änderung automatisch mit dem Prüfwerkzeug axe auf die Regeln der WCAG 2.1 AA geprüft; dazu kommen Prüfungen der Bedienung mit der Tastatur, einer Darstellung mit 320 Pixel Breite und einer Vergrößerung auf 200 Prozent.',
  dateLabel: 'Diese Erklärung wurde erstellt am',
  date: '2026-11-21',
  dateText: '21. November 2026',
  reviewedLabel: 'Zuletzt überprüft am',
  feedbackHeading: 'Feedback und Kontakt',
  feedback:
    'Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Inhalte in einer anderen Form? Dann schreiben Sie uns. Wir antworten so bald wie möglich, spätestens nach sechs Wochen.',
  feedbackSubject: 'Barrierefreiheit',
  feedbackForm: 'Barriere melden (Kontaktformular)',
  feedbackEmail: 'Oder per E-Mail an',
  conciliationHeading: 'Schlichtungsverfahren',
  conciliation:
    'Haben Sie uns eine Barriere gemeldet und keine zufriedenstellende Antwort erhalten? Dann können Sie sich an die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) wenden. Die Schlichtungsstelle BGG hilft, Konflikte zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes außergerichtlich zu lösen. Das Schlichtungsverfahren ist kostenlos. Sie brauchen keinen Rechtsbeistand.',
  conciliationBody:
    'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
  conciliationLink: 'Website der Schlichtungsstelle BGG',
  conciliationUrl: 'https://www.schlichtungsstelle-bgg.de',
  conciliationNote:
    'Betreibt eine Stelle eines Landes oder einer Kommune dieses Portal, ist die Schlichtungs- oder Durchsetzungsstelle dieses Landes zuständig; der Betreiber nennt sie hier.',
};

export const accessibilityStatementTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Accessibility statement',
    breadcrumb: 'Accessibility',
    intro:
      'Stadtgespräch aims to be easy for everyone to use. This statement applies to the public portal of this installation of Stadtgespräch.',
    scopeHeading: 'Legal basis and objective',
    scope:
      'The portal aims to meet the requirements of the German Barrier-Free Information Technology Ordinance (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0). The benchmark is the standard EN 301 549, that is, conformance level AA of the Web Content Accessibility Guidelines (WCAG) 2.1.',
    statusHeading: 'Compliance status',
    status:
      'The portal is partially compliant with the requirements of BITV 2.0. The content listed below is not yet fully accessible.',
    gapsHeading: 'Non-accessible content',
    gaps: [
      'Downloadable documents, such as presentation slides and reports in PDF format, are provided by the speakers and are not always accessible. On request, we will send you the content in an accessible format.',
      'Recordings of events do not always have captions.',
      'Pictures from events have short descriptions; some pictures do not yet have detailed descriptions.',
      'Information in German Sign Language (Deutsche Gebärdensprache, DGS) is not yet available.',
      'An audit by independent experts (BITV test) has not yet been carried out.',
    ],
    methodHeading: 'How this statement was prepared',
    method:
      'This statement is based on a self-assessment. Every type of page on the portal is checked automatically against the rules of WCAG 2.1 AA with the testing tool axe whenever it changes; in addition, we check operation with the keyboard, display at a width of 320 pixels and zoom to 200 per cent.',
    dateLabel: 'This statement was prepared on',
    date: '2026-11-21',
    dateText: '21 November 2026',
    reviewedLabel: 'Last reviewed on',
    feedbackHeading: 'Feedback and contact',
    feedback:
      'Have you come across a barrier? Or do you need content in a different format? Then please write to us. We will reply as soon as possible, and within six weeks at the latest.',
    feedbackSubject: 'Accessibility',
    feedbackForm: 'Report a barrier (contact form)',
    feedbackEmail: 'Or by email to',
    conciliationHeading: 'Conciliation procedure',
    conciliation:
      'Have you reported a barrier to us and not received a satisfactory answer? Then you can contact the conciliation body under section 16 of the Disability Equality Act (Behindertengleichstellungsgesetz, BGG). The conciliation body (Schlichtungsstelle BGG) helps to resolve disputes between people with disabilities and public bodies of the Federal Government out of court. The conciliation procedure is free of charge. You do not need legal representation.',
    conciliationBody:
      'Conciliation body under the Disability Equality Act (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz) at the office of the Federal Government Commissioner for Matters relating to Persons with Disabilities',
    conciliationLink: 'Website of the conciliation body (Schlichtungsstelle BGG)',
    conciliationUrl: 'https://www.schlichtungsstelle-bgg.de',
    conciliationNote:
      'If this portal is operated by a body of a federal state (Land) or of a municipality, the conciliation or enforcement body of that federal state is responsible; the operator names it here.',
  },
};
