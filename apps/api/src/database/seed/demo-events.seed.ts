// Upcoming demo events, relative to the day the content is loaded, so that every registration
// state can be tried at once. Invented people and places only; all marked as demo.
import { berlin, berlinDatePlus } from '@stadtgespraech/domain/rules';
import type { SeedEvent, SeedOrganisation, SeedPerson } from './seed-types.js';

export const DEMO_ORGANISATIONS: SeedOrganisation[] = [
  {
    slug: 'stadt-musterstadt-demo',
    name: 'Stadt Musterstadt (Demo)',
    type: 'municipality',
    bundesland: 'DE-BB',
    population: 12_400,
    address: { street: 'Marktplatz 1', postalCode: '12345', city: 'Musterstadt' },
    description: 'Erfundene Kleinstadt für die Demo-Inhalte.',
  },
];

export const DEMO_PEOPLE: SeedPerson[] = [
  {
    slug: 'jana-beispiel-demo',
    firstName: 'Jana',
    lastName: 'Beispiel',
    function: 'Klimaschutzmanagerin der Stadt Musterstadt (Demo)',
    organisation: 'stadt-musterstadt-demo',
  },
  {
    slug: 'tobias-muster-demo',
    firstName: 'Tobias',
    lastName: 'Muster',
    function: 'Bürgermeister der Stadt Musterstadt (Demo)',
    organisation: 'stadt-musterstadt-demo',
  },
  {
    slug: 'leonie-probe-demo',
    academicTitle: 'Dr.',
    firstName: 'Leonie',
    lastName: 'Probe',
    function: 'Leiterin Stadtentwicklung (Demo)',
    organisation: 'stadt-musterstadt-demo',
  },
  {
    slug: 'mehmet-vorlage-demo',
    firstName: 'Mehmet',
    lastName: 'Vorlage',
    function: 'Quartiersmanager (Demo)',
  },
];

const DEMO_NOTE =
  '\n\nHinweis: Dies ist eine Demo-Veranstaltung mit erfundenen Personen; sie zeigt die Funktionen der Plattform.';
const HOSTS: SeedEvent['organisers'] = [
  ['vhw', 'host'],
  ['kleinstadt-akademie', 'co_host'],
];

export function demoEvents(now: Date): SeedEvent[] {
  const day = (offset: number) => berlinDatePlus(now, offset);
  const soon = new Date(Math.ceil((now.getTime() + 20 * 60_000) / 300_000) * 300_000); // next 5 minutes after +20 min
  return [
    {
      slug: 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten',
      title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
      subtitle: 'Hitzeschutz, Starkregenvorsorge und Energiewende mit kleinen Verwaltungen',
      summary:
        'Wie eine Kleinstadt mit einer Klimaschutzmanagerin und wenig Budget Hitzeaktionsplan und Starkregenkarte umsetzt.',
      description:
        'Die Stadt Musterstadt berichtet, wie sie mit knappen Ressourcen Klimaschutz und Klimaanpassung zusammen denkt.' +
        DEMO_NOTE,
      type: 'web_talk',
      format: 'online',
      isDemo: true,
      startsAt: berlin(day(14), '10:00'),
      endsAt: berlin(day(14), '11:00'),
      onlinePlatform: 'Webex',
      joinUrl: 'https://meet.example.org/demo-klimaschutz',
      series: 'kleinstadt-web-talks',
      organisers: HOSTS,
      topics: ['klimaschutz-und-klimaanpassung'],
      discussionQuestions: [
        'Wie finanziert eine Kleinstadt Klimaanpassung?',
        'Welche Daten braucht ein Hitzeaktionsplan?',
        'Wie gewinnt man die Bürgerschaft?',
      ],
      contributors: [{ person: 'jana-beispiel-demo', role: 'speaker' }],
      registration: {
        deadline: berlin(day(12), '23:59'),
        capacity: 100,
        questions: [
          {
            key: 'erfahrung',
            type: 'single_choice',
            label: 'Gibt es in Ihrer Kommune ein Klimaschutzkonzept?',
            helpText: null,
            required: false,
            options: ['Ja', 'In Arbeit', 'Nein'],
          },
        ],
      },
    },
    {
      slug: 'demo-leerstand-aktivieren-zwischennutzung',
      title: 'Leerstand aktivieren: Zwischennutzung in der Innenstadt',
      summary: 'Nur wenige Plätze: Wer zu spät kommt, landet auf der Warteliste.',
      description:
        'Ein Quartiersmanager zeigt, wie Pop-up-Läden und Vereinsräume leere Schaufenster beleben.' +
        DEMO_NOTE,
      type: 'web_talk',
      format: 'online',
      isDemo: true,
      startsAt: berlin(day(21), '10:00'),
      endsAt: berlin(day(21), '11:00'),
      onlinePlatform: 'Webex',
      joinUrl: 'https://meet.example.org/demo-leerstand',
      series: 'kleinstadt-web-talks',
      organisers: HOSTS,
      topics: ['leerstand-und-problemimmobilien', 'innenstadt-und-zentren'],
      contributors: [{ person: 'mehmet-vorlage-demo', role: 'speaker' }],
      registration: { deadline: berlin(day(19), '23:59'), capacity: 3, waitlistEnabled: true },
    },
    {
      slug: 'demo-mobilitaet-auf-dem-land-buergerbusse',
      title: 'Mobilität auf dem Land: Bürgerbusse und Rufbusse',
      summary: 'Der Anmeldeschluss ist bereits vorbei.',
      description:
        'Ehrenamtliche Fahrdienste und On-Demand-Angebote für Ortsteile ohne Taktverkehr.' +
        DEMO_NOTE,
      type: 'web_talk',
      format: 'online',
      isDemo: true,
      startsAt: berlin(day(2), '10:00'),
      endsAt: berlin(day(2), '11:00'),
      onlinePlatform: 'Webex',
      joinUrl: 'https://meet.example.org/demo-mobilitaet',
      series: 'kleinstadt-web-talks',
      organisers: HOSTS,
      topics: ['mobilitaet'],
      contributors: [{ person: 'tobias-muster-demo', role: 'speaker' }],
      registration: { deadline: berlin(day(-1), '23:59') },
    },
    {
      slug: 'demo-digitale-buergerdienste-jetzt-live',
      title: 'Digitale Bürgerdienste in der Kleinstadt',
      summary: 'Beginnt in Kürze – hier lässt sich der persönliche Zugangslink ausprobieren.',
      description:
        'Online-Terminvergabe, digitale Anträge und ein Bürgerportal mit zwei Personen in der IT.' +
        DEMO_NOTE,
      type: 'web_talk',
      format: 'online',
      isDemo: true,
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 60 * 60_000),
      onlinePlatform: 'Webex',
      joinUrl: 'https://meet.example.org/demo-buergerdienste',
      series: 'kleinstadt-web-talks',
      organisers: HOSTS,
      topics: ['digitalisierung'],
      contributors: [{ person: 'leonie-probe-demo', role: 'speaker' }],
      registration: {},
    },
    {
      slug: 'demo-netzwerkgespraech-innenstaedte-gemeinsam-beleben',
      title: 'Netzwerkgespräch: Innenstädte gemeinsam beleben',
      subtitle: 'Kooperationen zwischen Verwaltung, Handel und Vereinen',
      summary: 'Ein Vormittag mit Impulsen, Diskussion und Austausch in Musterstadt und online.',
      description:
        'Hybrides Netzwerkgespräch mit Zeitplan, Moderation und Impulsen aus der Praxis.' +
        DEMO_NOTE,
      type: 'network_meeting',
      format: 'hybrid',
      isDemo: true,
      startsAt: berlin(day(35), '10:00'),
      endsAt: berlin(day(35), '13:00'),
      venue: {
        name: 'Rathaus Musterstadt, Ratssaal',
        address: { street: 'Marktplatz 1', postalCode: '12345', city: 'Musterstadt' },
        accessibilityNotes: 'Stufenloser Zugang über den Hof, Aufzug vorhanden.',
      },
      onlinePlatform: 'BigBlueButton',
      joinUrl: 'https://meet.example.org/demo-netzwerkgespraech',
      organisers: [
        ['kleinstadt-akademie', 'host'],
        ['stadt-musterstadt-demo', 'co_host'],
      ],
      topics: ['innenstadt-und-zentren', 'kooperative-stadtentwicklung'],
      contributors: [{ person: 'leonie-probe-demo', role: 'moderator' }],
      agenda: [
        {
          startsAt: berlin(day(35), '10:00'),
          endsAt: berlin(day(35), '10:15'),
          title: 'Begrüßung',
          kind: 'welcome',
          contributors: [{ person: 'tobias-muster-demo', role: 'speaker' }],
        },
        {
          startsAt: berlin(day(35), '10:15'),
          endsAt: berlin(day(35), '11:00'),
          title: 'Impuls: Leerstand als Chance',
          kind: 'talk',
          contributors: [
            {
              person: 'mehmet-vorlage-demo',
              role: 'speaker',
              contributionTitle: 'Zwischennutzung in drei Schritten',
            },
          ],
        },
        {
          startsAt: berlin(day(35), '11:00'),
          endsAt: berlin(day(35), '11:15'),
          title: 'Pause',
          kind: 'break',
        },
        {
          startsAt: berlin(day(35), '11:15'),
          endsAt: berlin(day(35), '12:30'),
          title: 'Diskussion in Kleingruppen',
          kind: 'discussion',
          contributors: [{ person: 'leonie-probe-demo', role: 'moderator' }],
        },
        {
          startsAt: berlin(day(35), '12:30'),
          endsAt: berlin(day(35), '13:00'),
          title: 'Ergebnisse und Ausblick',
          kind: 'other',
        },
      ],
      registration: { deadline: berlin(day(30), '23:59'), capacity: 40, approvalRequired: false },
    },
  ];
}
