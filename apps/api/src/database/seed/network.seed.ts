// Organisations, people, topics and series of the network, from ../shared/seeds (see docs/demo-content.md).
import type { SeedOrganisation, SeedPerson, SeedSeries } from './seed-types.js';

export const ORGANISATIONS: SeedOrganisation[] = [
  {
    slug: 'vhw',
    name: 'vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.',
    shortName: 'vhw',
    type: 'association',
    website: 'https://www.vhw.de',
    email: 'kleinstadt@vhw.de',
    description: 'Der vhw veranstaltet die Kleinstadt Web-Talks mit seiner Forschungsabteilung.',
    contacts: [
      {
        name: 'Christian Höcke',
        function: 'Ansprechpartner Kleinstadt Web-Talks',
        email: 'choecke@vhw.de',
        phone: '+49 30 390473-245',
      },
    ],
  },
  {
    slug: 'bbsr',
    name: 'Bundesinstitut für Bau-, Stadt- und Raumforschung',
    shortName: 'BBSR',
    type: 'federal_authority',
    website: 'https://www.bbsr.bund.de',
    description:
      'Das BBSR im Bundesamt für Bauwesen und Raumordnung begleitet die Geschäftsstelle Kleinstadt Akademie.',
    contacts: [
      {
        name: 'Lars Porsche',
        function: 'Ansprechpartner Kleinstadt Web-Talks',
        email: 'Lars.Porsche@bbr.bund.de',
        phone: '+49 228 99401 2351',
      },
    ],
  },
  {
    slug: 'kleinstadt-akademie',
    name: 'Kleinstadt Akademie',
    type: 'academy',
    website: 'https://www.kleinstadtakademie.de',
    email: 'info@kleinstadtakademie.de',
    phone: '+49 3877 564 682-6',
    address: {
      addition: 'Geschäftsstelle Kleinstadt Akademie, Stadt Wittenberge',
      street: 'Perleberger Str. 165',
      postalCode: '19322',
      city: 'Wittenberge',
    },
    description:
      'Bundesweites Netzwerk, das den Austausch zwischen Kleinstädten fördert und erfolgreiche Modelle der Stadtentwicklung sichtbar macht. ' +
      'Vom Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen ins Leben gerufen, seit dem 1. Juli 2024 mit Sitz in Wittenberge.',
    contacts: [
      {
        name: 'Siw Foge',
        function: 'Leiterin der Kleinstadt Akademie',
        email: 'info@kleinstadtakademie.de',
        phone: '+49 3877 564 682-6',
      },
    ],
  },
  {
    slug: 'bmwsb',
    name: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen',
    shortName: 'BMWSB',
    type: 'federal_authority',
    website: 'https://www.bmwsb.bund.de',
  },
  {
    slug: 'bmi',
    name: 'Bundesministerium des Innern, für Bau und Heimat',
    shortName: 'BMI',
    type: 'federal_authority',
  },
  {
    slug: 'deutscher-verband',
    name: 'Deutscher Verband für Wohnungswesen, Städtebau und Raumordnung e.V.',
    shortName: 'DV',
    type: 'association',
  },
  { slug: 'stadt-als-campus', name: 'Stadt als Campus e.V.', type: 'association' },
  { slug: 'plan-zwei', name: 'plan zwei Stadtplanung und Architektur', type: 'company' },
  { slug: 'hochschule-anhalt', name: 'Hochschule Anhalt', type: 'research_institute' },
  {
    slug: 'urbanizers',
    name: 'Urbanizers',
    type: 'company',
    description: 'Begleitagentur der Pilotphase Kleinstadtakademie (2019 bis 2022).',
  },
  {
    slug: 'hansestadt-osterburg',
    name: 'Hansestadt Osterburg (Altmark)',
    type: 'municipality',
    bundesland: 'DE-ST',
    description: 'Einheitsgemeinde mit 31 Ortsteilen und knapp 10.000 Einwohnenden.',
  },
  { slug: 'stadt-telgte', name: 'Stadt Telgte', type: 'municipality', bundesland: 'DE-NW' },
  {
    slug: 'gemeinde-ostbevern',
    name: 'Gemeinde Ostbevern',
    type: 'municipality',
    bundesland: 'DE-NW',
  },
  { slug: 'stadt-gudensberg', name: 'Stadt Gudensberg', type: 'municipality', bundesland: 'DE-HE' },
  {
    slug: 'stadt-herzberg-elster',
    name: 'Stadt Herzberg (Elster)',
    type: 'municipality',
    bundesland: 'DE-BB',
  },
  {
    slug: 'stadt-wittenberge',
    name: 'Stadt Wittenberge',
    type: 'municipality',
    bundesland: 'DE-BB',
  },
  {
    slug: 'stadt-schluechtern',
    name: 'Stadt Schlüchtern',
    type: 'municipality',
    bundesland: 'DE-HE',
  },
  { slug: 'stadt-alzey', name: 'Stadt Alzey', type: 'municipality', bundesland: 'DE-RP' },
];

export const PEOPLE: SeedPerson[] = [
  {
    slug: 'nico-schulz',
    firstName: 'Nico',
    lastName: 'Schulz',
    function: 'Bürgermeister der Hansestadt Osterburg (Altmark)',
    organisation: 'hansestadt-osterburg',
  },
  {
    slug: 'matthias-koeberle',
    firstName: 'Matthias',
    lastName: 'Köberle',
    function: 'Amtsleiter Bauen und Wirtschaftsförderung der Hansestadt Osterburg (Altmark)',
    organisation: 'hansestadt-osterburg',
  },
  {
    slug: 'wolfgang-pieper',
    firstName: 'Wolfgang',
    lastName: 'Pieper',
    function: 'Bürgermeister der Stadt Telgte',
    organisation: 'stadt-telgte',
  },
  {
    slug: 'karl-piochowiak',
    firstName: 'Karl',
    lastName: 'Piochowiak',
    function: 'Bürgermeister der Gemeinde Ostbevern',
    organisation: 'gemeinde-ostbevern',
  },
  {
    slug: 'sina-massow',
    firstName: 'Sina',
    lastName: 'Massow',
    function: 'Bürgermeisterin der Stadt Gudensberg',
    organisation: 'stadt-gudensberg',
  },
  {
    slug: 'stephanie-kuntze',
    firstName: 'Stephanie',
    lastName: 'Kuntze',
    function:
      'Fachbereichsleiterin und 2. stellvertretende Bürgermeisterin der Stadt Herzberg (Elster)',
    organisation: 'stadt-herzberg-elster',
  },
  {
    slug: 'christian-huttenloher',
    firstName: 'Christian',
    lastName: 'Huttenloher',
    function: 'Deutscher Verband für Wohnungswesen, Städtebau und Raumordnung e.V.',
    organisation: 'deutscher-verband',
  },
  {
    slug: 'michael-groschek',
    firstName: 'Michael',
    lastName: 'Groschek',
    function: 'Präsident des Deutschen Verbandes für Wohnungswesen, Städtebau und Raumordnung e.V.',
    organisation: 'deutscher-verband',
  },
  {
    slug: 'stephan-willinger',
    firstName: 'Stephan',
    lastName: 'Willinger',
    function: 'Bundesinstitut für Bau-, Stadt- und Raumforschung',
    organisation: 'bbsr',
  },
  {
    slug: 'ulrich-berding',
    academicTitle: 'Dr.',
    firstName: 'Ulrich',
    lastName: 'Berding',
    function: 'plan zwei Stadtplanung und Architektur / Stadt als Campus e.V.',
    organisation: 'plan-zwei',
  },
  {
    slug: 'reiner-schmidt',
    academicTitle: 'Prof.',
    firstName: 'Reiner',
    lastName: 'Schmidt',
    function: 'Hochschule Anhalt / Stadt als Campus e.V.',
    organisation: 'hochschule-anhalt',
  },
  {
    slug: 'oliver-weigel',
    academicTitle: 'Dr.',
    firstName: 'Oliver',
    lastName: 'Weigel',
    function: 'Leiter des Referats „Stadtentwicklungspolitik“ im BMI',
    organisation: 'bmi',
  },
  {
    slug: 'ingo-weiss',
    firstName: 'Ingo',
    lastName: 'Weiß',
    function: 'Referat „Lebendige Zentren, Nationale Projekte des Städtebaus“ im BMI',
    organisation: 'bmi',
  },
  {
    slug: 'heike-mages',
    firstName: 'Heike',
    lastName: 'Mages',
    function: 'Deutscher Verband für Wohnungswesen, Städtebau und Raumordnung e.V.',
    organisation: 'deutscher-verband',
  },
  {
    slug: 'siw-foge',
    firstName: 'Siw',
    lastName: 'Foge',
    function: 'Leiterin der Kleinstadt Akademie',
    organisation: 'kleinstadt-akademie',
  },
  {
    slug: 'oliver-hermann',
    academicTitle: 'Dr.',
    firstName: 'Oliver',
    lastName: 'Hermann',
    function: 'Bürgermeister von Wittenberge',
    organisation: 'stadt-wittenberge',
  },
];

export const TOPICS = [
  { slug: 'buergerbeteiligung', name: 'Bürgerbeteiligung' },
  { slug: 'klimaschutz-und-klimaanpassung', name: 'Klimaschutz und Klimaanpassung' },
  { slug: 'wohnen', name: 'Wohnen' },
  { slug: 'interkommunale-kooperation', name: 'Interkommunale Kooperation' },
  { slug: 'innenstadt-und-zentren', name: 'Innenstadt und Zentren' },
  { slug: 'digitalisierung', name: 'Digitalisierung' },
  { slug: 'leerstand-und-problemimmobilien', name: 'Leerstand und Problemimmobilien' },
  { slug: 'mobilitaet', name: 'Mobilität' },
  { slug: 'quartiersentwicklung', name: 'Quartiersentwicklung' },
  { slug: 'kooperative-stadtentwicklung', name: 'Kooperative Stadtentwicklung' },
];

export const SERIES: SeedSeries[] = [
  {
    slug: 'kleinstadt-web-talks',
    title: 'Kleinstadt Web-Talks',
    subtitle: 'Praxiswissen kompakt: Wissens- und Erfahrungsaustausch für Kleinstadtakteure',
    description:
      'In den einstündigen Web-Talks geben Praktikerinnen und Praktiker aus Kleinstädten ihre Erfahrungen weiter. Sie zeigen anhand verschiedener Aufgabenstellungen und Themen, wie eine zukunftsgerichtete, kooperative Kleinstadtentwicklung gelingen kann! In einem ca. 20-minütigen Impuls berichten sie über eigene Projekte, anschließend ist Zeit für Rückfragen und Diskussion. Mit besonderem Blick auf die Ressourcen und Möglichkeiten kleiner Städte steht in den Web-Talks übertragbares Wissen im Vordergrund: Was lässt sich für andere Kommunen lernen? Welche Chancen bestehen für die Stadtentwicklung? Wen oder was braucht es?\n\n' +
      'Das Veranstaltungsformat „Kleinstadt Web-Talks“ zielt darauf ab, den Austausch zwischen Kommunalverwaltungen, Verbänden, Vereinen, Stiftungen und Initiativen in den mehr als 2.100 Kleinstädten zu stärken. Nutzen auch Sie die Gelegenheit, bringen Sie sich mit Fragen und Themen ein und treten Sie in regen Austausch mit Fachkolleginnen und -kollegen.\n\n' +
      'Die Veranstaltungsreihe ist ein Kooperationsprojekt des Bundesinstituts für Bau-, Stadt- und Raumforschung (BBSR) und der Forschungsabteilung des vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.; seit 2025 wird sie vom vhw gemeinsam mit der Kleinstadt Akademie veranstaltet. Die Teilnahme ist kostenfrei.',
    contactEmail: 'kleinstadt@vhw.de',
    organisers: [
      ['vhw', 'host'],
      ['bbsr', 'co_host'],
      ['kleinstadt-akademie', 'co_host'],
    ],
  },
  {
    slug: 'gemeinsam-fuer-das-quartier',
    title: 'Netzwerkgespräche „Gemeinsam für das Quartier“',
    subtitle:
      'Vernetzungsinitiative für eine aktivierende, kooperative und gemeinwesenorientierte Stadtentwicklung',
    description:
      'Die Vernetzungsinitiative „Gemeinsam für das Quartier“ bringt Praktiker, Verbände und Netzwerke aus Kommunen, Immobilienwirtschaft, unternehmerischer Wirtschaft, Wohlfahrtsorganisationen, der Zivilgesellschaft, der Kreativ- und Kulturszene und aus dem Bildungsbereich in verschiedenen Dialogformaten zusammen.',
    organisers: [['deutscher-verband', 'host']],
  },
];
