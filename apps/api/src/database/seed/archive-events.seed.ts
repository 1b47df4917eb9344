// The real events of ../shared/seeds at their real dates; assumptions are listed in docs/demo-content.md.
import { berlin } from '@stadtgespraech/domain/rules';
import type { SeedEvent } from './seed-types.js';

const WEB_TALK_HOSTS_2024: SeedEvent['organisers'] = [
  ['vhw', 'host'],
  ['bbsr', 'co_host'],
];
const WEB_TALK_HOSTS_2025: SeedEvent['organisers'] = [
  ['vhw', 'host'],
  ['kleinstadt-akademie', 'co_host'],
];
const webTalk = (date: string) => ({
  startsAt: berlin(date, '10:00'),
  endsAt: berlin(date, '11:00'),
});
const endOfDay = (date: string) => berlin(date, '23:59');

export const ARCHIVE_EVENTS: SeedEvent[] = [
  {
    slug: 'digitale-arbeitswelten',
    title: 'Digitale Arbeitswelten',
    subtitle:
      'Wie können Kleinstädte die Chancen digitaler Arbeitswelten für die Stadtentwicklung nutzen?',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2024-05-22'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2024,
    topics: ['digitalisierung'],
  },
  {
    slug: 'zukunftsfaehige-innenstaedte-zukunftsstadt-alzey',
    title: 'Zukunftsfähige Innenstädte: Das Projekt „Zukunftsstadt Alzey“',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2024-06-12'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2024,
    topics: ['innenstadt-und-zentren'],
  },
  {
    slug: 'demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept',
    title: 'Demokratie stärken: Per Bürgerrat zum Klimaschutzkonzept',
    subtitle: 'Die Umsetzung des ersten Bürgerrates in Sachsen-Anhalt in der Hansestadt Osterburg',
    summary:
      'Die Hansestadt Osterburg hat als erste Kommune in Sachsen-Anhalt einen Bürgerrat durchgeführt – mit ausgelosten Teilnehmenden aus allen 31 Ortsteilen.',
    description:
      'Die Hansestadt Osterburg mit ihren knapp 10.000 Einwohnenden hat in den Jahren 2022 und 2023 als erste Kommune in Sachsen-Anhalt einen Bürgerrat durchgeführt. Die Teilnehmenden wurden dafür aus allen 31 Ortsteilen aus dem Melderegister ausgelost. Gemeinsam erarbeiteten sie in sieben Treffen Leitplanken für die zukünftige Ausrichtung des Klimaschutzes in der Einheitsgemeinde. Der Prozess war für die Kommune so erfolgreich, dass Folgeverfahren in Planung sind.\n\n' +
      'Die Erfahrungen dieses Prozesses, von der Vorbereitung, der Stichprobenziehung, der Durchführung der Veranstaltungen und dem weiteren Vorgehen nach Abschluss des Verfahrens werden im Web Talk vorgestellt und diskutiert.',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2024-07-03'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2024,
    topics: ['buergerbeteiligung', 'klimaschutz-und-klimaanpassung'],
    discussionQuestions: [
      'Wie wurde das Losverfahren durchgeführt?',
      'Wer war am Prozess beteiligt?',
      'Welche Rolle und Aufgaben hatte die Verwaltung?',
      'Ein Erfolgsmodell für mehr demokratische Mitgestaltung?',
      'Was und wen braucht es, für einen gelingenden Prozess?',
    ],
    contributors: [
      { person: 'nico-schulz', role: 'speaker' },
      { person: 'matthias-koeberle', role: 'speaker' },
    ],
    registration: { deadline: endOfDay('2024-07-01') },
  },
  {
    slug: 'kleinstaedte-aus-dem-muensterland-gemeinsame-wohnungsbaugesellschaft',
    title:
      'Kleinstädte aus dem Münsterland auf dem Weg zur Gründung einer gemeinsamen Wohnungsbaugesellschaft',
    subtitle: 'Das Projekt „Interkommunale stadtregionale Gesellschaft (IstaG)“',
    summary:
      'Sieben Kommunen um Münster gründen eine interkommunale Wohnungsbaugesellschaft gegen den Mangel an preisgünstigem Wohnraum.',
    description:
      'Mehrere an das Oberzentrum Münster angrenzende Kommunen haben ein innovatives und deutschlandweit einmaliges Konzept zur Gründung und zum Betrieb einer interkommunalen Wohnungsbaugesellschaft erarbeitet. Damit sollen dem Mangel an preisgünstigem Wohnraum in den kleineren Städten entgegengetreten und Kompetenzen gebündelt werden. Beteiligt sind die Kommunen Sendenhorst, Altenberge, Drensteinfurt, Everswinkel, Havixbeck, Telgte sowie Warendorf, die sich im Jahr 2022 zur IstaG-Arbeitsgruppe zusammengeschlossen haben.\n\n' +
      'Das Konzept ermöglicht den beteiligten Kommunen maximale Eigenständigkeit und nutzt dennoch durch eine gemeinsame Servicegesellschaft die Synergien der Zusammenarbeit. Derzeit beraten die Ratsgremien in den beteiligten Städten und Gemeinden über das Konzept, um davon ausgehend schnellstmöglich den Gründungsprozess einzuleiten.',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2024-09-04'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2024,
    topics: ['wohnen', 'interkommunale-kooperation'],
    discussionQuestions: [
      'Anlass und Rahmenbedingungen zur Gründung der Arbeitsgruppe',
      'Grundzüge des Organisationsmodells und der damit verbundenen Rechtsformen',
      'Haushaltswirtschaftliche Herausforderungen und Konsequenzen beim Einstieg in den kommunalen Wohnungsbau',
      'Wesentliche Argumente für die politische Bewertung und Entscheidungsfindung',
    ],
    contributors: [
      { person: 'wolfgang-pieper', role: 'speaker' },
      { person: 'karl-piochowiak', role: 'speaker' },
    ],
    registration: { deadline: endOfDay('2024-08-30') },
  },
  {
    slug: 'klimaschutz-und-klimaanpassung-in-kleinstaedten-2024',
    title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
    summary: 'Angekündigter Termin; weitere Informationen folgen.',
    type: 'web_talk',
    format: 'online',
    isTeaser: true,
    ...webTalk('2024-10-09'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2024,
    topics: ['klimaschutz-und-klimaanpassung'],
  },
  {
    slug: 'vom-supermarkt-zum-begegnungszentrum-das-g1-in-gudensberg',
    title: 'Vom Supermarkt zum Begegnungszentrum – Das G1 in Gudensberg',
    summary:
      'Aus einem ehemaligen Supermarkt, der lange leer stand, wurde ein offenes Begegnungszentrum für Kultur, Vereine und Bürgerschaft.',
    description:
      'Das G1 im hessischen Gudensberg: Aus einem ehemaligen Supermarkt, der lange leer stand, wurde ein offenes Begegnungszentrum für Kultur, Vereine und Bürgerschaft. Sina Massow, Bürgermeisterin der Stadt Gudensberg, stellt das Projekt vor.\n\n' +
      'In den einstündigen Online-Gesprächen berichten Bürgermeisterinnen und Bürgermeister sowie Fachbereichsleitungen aus der kommunalen Praxis über innovative Projekte und Lösungsansätze. Ziel ist es, Erfahrungen sichtbar zu machen, voneinander zu lernen und Impulse für die eigene Arbeit mitzunehmen.',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2025-10-29'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2025,
    topics: ['leerstand-und-problemimmobilien', 'innenstadt-und-zentren'],
    contributors: [
      {
        person: 'sina-massow',
        role: 'speaker',
        contributionTitle: 'Vom Supermarkt zum Begegnungszentrum – Das G1 in Gudensberg',
      },
    ],
  },
  {
    slug: 'vier-jahre-buergerraete-in-herzberg',
    title: 'Vier Jahre Bürgerräte in Herzberg – Praxiserfahrungen und Maßnahmen zur Verstetigung',
    summary: 'Wie Herzberg (Elster) Bürgerräte seit vier Jahren einsetzt und dauerhaft verankert.',
    type: 'web_talk',
    format: 'online',
    ...webTalk('2025-11-25'),
    series: 'kleinstadt-web-talks',
    organisers: WEB_TALK_HOSTS_2025,
    topics: ['buergerbeteiligung'],
    contributors: [{ person: 'stephanie-kuntze', role: 'speaker' }],
  },
  {
    slug: 'auftakt-gemeinsam-fuer-das-quartier-2021',
    title: 'Auftakt „Gemeinsam für das Quartier“ 2021',
    subtitle:
      'Auftakt zur zweiten Runde „Gemeinsam für das Quartier“: Praxis Check für Ko-Kreation',
    summary:
      'Netzwerkgespräch 1: das Impulsprogramm der zweiten Runde, seine Einbettung in die Nationale Stadtentwicklungspolitik und die Vertiefung des Dialognetzwerks.',
    description:
      'Die Vernetzungsinitiative „Gemeinsam für das Quartier“ hat Praktiker, Verbände und Netzwerke aus Kommunen, Immobilienwirtschaft, unternehmerischer Wirtschaft, Wohlfahrtsorganisationen, der Zivilgesellschaft, der Kreativ- und Kulturszene und aus dem Bildungsbereich in verschiedenen Dialogformaten zusammengebracht. Nachdem wir am 3. Dezember gemeinsam ein positives Resümee des ersten Jahres gezogen und die erarbeiteten Ergebnisse und Perspektiven der bisherigen Arbeit diskutiert haben, geht es nun mit unserem „Impulsprogramm“ in die zweite Runde!\n\n' +
      'Zu unserer Auftaktveranstaltung wollen wir Ihnen die „Programmatik“ des Impulsprogramms vorstellen, deren Einbettung in die Nationale Stadtentwicklungspolitik erörtern und vor allem besprechen, wie wir das aufgebaute Dialognetzwerk noch stärker vertiefen und verbreitern.',
    type: 'network_meeting',
    format: 'online',
    startsAt: berlin('2021-03-04', '11:00'),
    endsAt: berlin('2021-03-04', '13:00'),
    onlinePlatform: 'Online-Konferenz',
    series: 'gemeinsam-fuer-das-quartier',
    organisers: [['deutscher-verband', 'host']],
    topics: ['quartiersentwicklung', 'kooperative-stadtentwicklung'],
    contributors: [{ person: 'christian-huttenloher', role: 'moderator' }],
    agenda: [
      {
        startsAt: berlin('2021-03-04', '11:00'),
        endsAt: berlin('2021-03-04', '11:15'),
        title: 'Begrüßung und Einführung',
        description:
          'Statements und Austausch zu den Erwartungen und Empfehlungen an die Vernetzungsinitiative',
        kind: 'welcome',
        contributors: [
          { person: 'michael-groschek', role: 'speaker' },
          { person: 'stephan-willinger', role: 'speaker' },
        ],
      },
      {
        startsAt: berlin('2021-03-04', '11:15'),
        endsAt: berlin('2021-03-04', '12:00'),
        title:
          'Ein Impulsprogramm auf dem Weg zu eigendynamischen Kooperationen in der Zentren- und Quartiersentwicklung',
        description: 'Diskussion unserer Ideen für die nächsten 18 Monate',
        kind: 'talk',
        contributors: [
          { person: 'ulrich-berding', role: 'speaker' },
          { person: 'reiner-schmidt', role: 'speaker' },
        ],
      },
      {
        startsAt: berlin('2021-03-04', '12:00'),
        endsAt: berlin('2021-03-04', '13:00'),
        title:
          'Die Vernetzungsinitiative „Gemeinsam für das Quartier“ im Kontext der Nationalen Stadtentwicklungspolitik',
        description: 'Perspektiven der Nationalen Stadtentwicklungspolitik für 2021',
        kind: 'panel',
        contributors: [
          {
            person: 'oliver-weigel',
            role: 'speaker',
            contributionTitle: 'Auf dem Weg zum Innenstadtaktionsprogramm',
          },
          {
            person: 'ingo-weiss',
            role: 'speaker',
            contributionTitle: 'Beiträge der Vernetzungsinitiative „Gemeinsam für das Quartier“',
          },
          {
            person: 'christian-huttenloher',
            role: 'speaker',
            contributionTitle: 'Feedback der Teilnehmer*innen, Verbände und Organisationen',
          },
          {
            person: 'heike-mages',
            role: 'speaker',
            contributionTitle: 'Feedback der Teilnehmer*innen, Verbände und Organisationen',
          },
        ],
      },
    ],
    registration: { mode: 'none' },
    documentation: {
      report:
        '## Auftakt zweite Runde „Gemeinsam für das Quartier“\n\n' +
        'Die im Februar 2020 gestartete Vernetzungsinitiative „Gemeinsam für das Quartier“ für eine aktivierende, kooperative und gemeinwesenorientierte Stadtentwicklung wird mit einer „Experimentier- und Entwicklungsphase“ fortgesetzt. Der Schwerpunkt des durch die Nationale Stadtentwicklungspolitik unterstützten Vorhabens liegt dabei auf der Praxis. Ziel der Weiterführung ist es, Ansätze der Ko-Kreation und Ko-Produktion in drei prioritären Handlungsfeldern voranzubringen: In der Zentren-Entwicklung, der Quartiersentwicklung und der Entwicklung von Klein- und Mittelstädten im ländlichen Raum. Bei der Online-Auftaktveranstaltung zur zweiten Runde am 4. März 2021 wurden das Impulsprogramm für die kommenden Monate sowie die mitwirkenden Akteure vorgestellt. Generell möchte die Initiative im Bereich der Stadtentwicklung etablierte Player besser mit kreativwirtschaftlichen, kulturellen, soziokulturellen Akteuren und zivilgesellschaftlichen Initiativen vernetzen. Daraus sollen eigendynamische Allianzen entstehen, die innovative Projekte vor Ort begleiten. Im ersten Jahr seit dem Bestehen sind die teilnehmenden Verbände, Organisationen, Netzwerke, Initiativen und Expert:innen in den Austausch eingestiegen und haben Handlungsempfehlungen erarbeitet.\n\n' +
        'Schwerpunkt der Weiterführung ist ein Praxis-Check für neue Formen der Zusammenarbeit, die bundesweite Vernetzung der Akteure, eine breite Fachöffentlichkeitsarbeit und die Einbettung in die Nationale Stadtentwicklungspolitik. In der ersten Phase werden ab März 2021 in sogenannten Online-„Perspektiven-Werkstätten“ anhand von Fallbeispielen erfolgreiche Handlungsansätze herausgearbeitet. Diese werden ab Herbst 2021 in Praxiswerkstätten auf ihre Anwendbarkeit hin untersucht. Die erste Perspektivenwerkstatt fand am 15. März 2021 statt und beschäftigte sich mit innovativen Ansätzen in der Kleinstadt- und Dorfentwicklung.',
      attachments: [],
      images: [],
      recordingUrl: null,
      publishedAt: berlin('2021-03-10', '12:00').toISOString(),
    },
  },
  {
    slug: 'diskussionsrunde-bundeskongress-nationale-stadtentwicklungspolitik-2024',
    title: 'Kooperative Stadtentwicklung in Kleinstädten',
    subtitle:
      'Diskussionsrunde der Kleinstadt Akademie auf dem 17. Bundeskongress für Nationale Stadtentwicklungspolitik',
    summary:
      'Vier Bürgermeister aus Bad Berleburg, Eltville am Rhein, Schlüchtern und Wittenberge stellen Praxisbeispiele kooperativer Stadtentwicklung vor.',
    description:
      'Auf Einladung der neu gegründeten Kleinstadt Akademie diskutieren Vertreter aus Politik, Verwaltung, Forschung und Zivilgesellschaft über Chancen und Herausforderungen der kooperativen Stadtentwicklung in Kleinstädten. Im Fokus steht die Frage: Wie können Kleinstädte voneinander lernen und sich gegenseitig unterstützen?',
    type: 'congress',
    format: 'in_person',
    startsAt: berlin('2024-09-18', '14:00'),
    endsAt: berlin('2024-09-18', '15:30'),
    venue: { name: 'Heidelberg', address: null, accessibilityNotes: null },
    organisers: [
      ['kleinstadt-akademie', 'host'],
      ['bmwsb', 'partner'],
    ],
    topics: ['kooperative-stadtentwicklung'],
    contributors: [
      { person: 'siw-foge', role: 'speaker' },
      { person: 'oliver-hermann', role: 'speaker' },
    ],
    discussionQuestions: [
      'Wie können Kleinstädte voneinander lernen und sich gegenseitig unterstützen?',
    ],
    registration: { mode: 'none' },
    documentation: {
      report:
        'Vier Bürgermeister aus Bad Berleburg, Eltville am Rhein, Schlüchtern und Wittenberge stellten erfolgreiche Praxisbeispiele aus ihren Städten vor. Sie berichteten über kooperative Ansätze und zeigten auf, wie bürgerschaftliches und unternehmerisches Engagement zu einer positiven Stadtentwicklung beitragen können. Dr. Oliver Hermann, Bürgermeister von Wittenberge, brachte es auf den Punkt: „Manchmal muss man einfach machen.“\n\n' +
        'So berichtete Bad Berleburg über die erfolgreiche Integration von Jugendbeteiligung in städtische Prozesse, während Wittenberge die kulturelle Belebung der Innenstadt in den Mittelpunkt stellte. Eltville und Schlüchtern zeigten auf, wie unternehmerisches Engagement als treibende Kraft kooperativer Stadtentwicklung wirken kann.',
      attachments: [],
      images: [],
      recordingUrl: null,
      publishedAt: berlin('2024-09-23', '09:00').toISOString(),
    },
  },
  {
    slug: 'vom-sorgenkind-zum-vorzeigeobjekt-umgang-mit-problem-immobilien',
    title: 'Vom Sorgenkind zum Vorzeigeobjekt: Umgang mit Problem-Immobilien',
    summary:
      'Praxisnaher Erfahrungsaustausch der Kleinstadt Akademie gemeinsam mit der Stadt Schlüchtern (Hessen).',
    description:
      'Zum Thema „Vom Sorgenkind zum Vorzeigeobjekt: Umgang mit Problem-Immobilien“ laden wir gemeinsam mit der Stadt Schlüchtern (Hessen) zum praxisnahen Erfahrungsaustausch ein. Ein Beispiel vor Ort: das KUBE in Schlüchtern, ein moderner Bildungs- und Begegnungsort auf dem Gelände einer früheren Problemimmobilie.',
    type: 'workshop',
    format: 'in_person',
    isTeaser: true,
    startsAt: berlin('2025-06-05', '10:00'),
    endsAt: berlin('2025-06-05', '16:00'),
    venue: { name: 'KUBE Schlüchtern', address: null, accessibilityNotes: null },
    organisers: [
      ['kleinstadt-akademie', 'host'],
      ['stadt-schluechtern', 'co_host'],
    ],
    topics: ['leerstand-und-problemimmobilien'],
  },
];
