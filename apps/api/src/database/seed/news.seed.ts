import { berlin } from '@stadtgespraech/domain/rules';
import type { SeedNews } from './seed-types.js';

export const NEWS: SeedNews[] = [
  {
    slug: 'erfolgreiche-diskussionsrunde-bundeskongress-nationale-stadtentwicklungspolitik',
    kind: 'report',
    title:
      'Erfolgreiche Diskussionsrunde auf dem 17. Bundeskongress für Nationale Stadtentwicklungspolitik',
    teaser:
      'Beim 17. Bundeskongress für Nationale Stadtentwicklungspolitik in Heidelberg diskutierten auf Einladung der Kleinstadt Akademie Vertreter aus Politik, Verwaltung, Forschung und Zivilgesellschaft über kooperative Stadtentwicklung in Kleinstädten.',
    body:
      'Beim 17. Bundeskongress für Nationale Stadtentwicklungspolitik in Heidelberg trafen sich auf Einladung der neu gegründeten Kleinstadt Akademie Vertreter aus Politik, Verwaltung, Forschung und Zivilgesellschaft, um über Chancen und Herausforderungen der kooperativen Stadtentwicklung in Kleinstädten zu diskutieren.\n\n' +
      'Besonders im Fokus stand dabei die Frage: Wie können Kleinstädte voneinander lernen und sich gegenseitig unterstützen? Eine zentrale Rolle spielt dabei die Kleinstadt Akademie, die vom Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) ins Leben gerufen wurde und seit dem 1. Juli 2024 ihren Sitz in Wittenberge hat. Ziel der Akademie ist es, als bundesweites Netzwerk den Austausch zwischen Kleinstädten zu fördern und erfolgreiche Modelle der Stadtentwicklung sichtbar zu machen.\n\n' +
      '> „Wir möchten, dass Kleinstädte voneinander lernen und von den Erfahrungen anderer profitieren.“ – Siw Foge, Leiterin der Kleinstadt Akademie\n\n' +
      'Vier Bürgermeister aus Bad Berleburg, Eltville am Rhein, Schlüchtern und Wittenberge stellten in diesem Rahmen erfolgreiche Praxisbeispiele aus ihren Städten vor. Sie berichteten über kooperative Ansätze und zeigten auf, wie bürgerschaftliches und unternehmerisches Engagement zu einer positiven Stadtentwicklung beitragen können. Dr. Oliver Hermann, Bürgermeister von Wittenberge, brachte es auf den Punkt: „Manchmal muss man einfach machen.“ Mit diesem Statement rief er dazu auf, Entscheidungen nicht unnötig hinauszuzögern, sondern entschlossen zu handeln, um Fortschritte in der Stadtentwicklung zu erzielen.\n\n' +
      'Kooperative Stadtentwicklung gewinnt zunehmend an Bedeutung, da sie es ermöglicht, Kräfte zu bündeln und innovative Ansätze schneller umzusetzen. So berichtete Bad Berleburg über die erfolgreiche Integration von Jugendbeteiligung in städtische Prozesse, während Wittenberge die kulturelle Belebung der Innenstadt in den Mittelpunkt stellte. Eltville und Schlüchtern zeigten auf, wie unternehmerisches Engagement als treibende Kraft kooperativer Stadtentwicklung wirken kann. Alle Beteiligten waren sich einig, dass Kleinstädten in Zukunft mehr Aufmerksamkeit geschenkt werden muss. Mit ihren pragmatischen Lösungsansätzen sind sie Großstädten manchmal sogar etwas voraus. Die Kleinstadt Akademie will diesen Prozess aktiv unterstützen, indem sie eine Plattform für Wissensaustausch und Zusammenarbeit bietet. Heidelberg war damit nur der Auftakt zu einer intensiveren Vernetzung der Kleinstädte in Deutschland.',
    publishedAt: berlin('2024-09-23', '09:00'),
    organisation: 'kleinstadt-akademie',
  },
  {
    slug: 'kleinstadt-kongress-wittenberge',
    kind: 'announcement',
    title: 'Kleinstadt Kongress in Wittenberge',
    teaser:
      'Sammeln Sie wertvolle Ideen und Kontakte für Ihre Kommune beim ersten Kongress mit ausschließlichem Fokus auf Kleinstädte.',
    body: 'Sammeln Sie wertvolle Ideen und Kontakte für Ihre Kommune beim ersten Kongress mit ausschließlichem Fokus auf Kleinstädte. Austragungsort des bundesweiten Treffens für Kleinstadtentwicklung ist das Kultur- und Festspielhaus Wittenberge.',
    publishedAt: berlin('2025-04-17', '09:00'),
    organisation: 'kleinstadt-akademie',
  },
  {
    slug: 'vom-sorgenkind-zum-vorzeigeobjekt-ankuendigung',
    kind: 'announcement',
    title: 'Vom Sorgenkind zum Vorzeigeobjekt: Umgang mit Problem-Immobilien',
    teaser:
      'Zu diesem Thema laden wir gemeinsam mit der Stadt Schlüchtern (Hessen) zum praxisnahen Erfahrungsaustausch ein.',
    body:
      '„Vom Sorgenkind zum Vorzeigeobjekt: Umgang mit Problem-Immobilien“ – zu diesem Thema laden wir gemeinsam mit der Stadt Schlüchtern (Hessen) zum praxisnahen Erfahrungsaustausch ein.\n\n' +
      'Das KUBE in Schlüchtern ist ein moderner Bildungs- und Begegnungsort auf dem Gelände einer früheren Problemimmobilie.',
    publishedAt: berlin('2025-04-21', '09:00'),
    organisation: 'kleinstadt-akademie',
  },
  {
    slug: 'wissenstransfer-und-inspiration-kleinstadt-web-talks',
    kind: 'announcement',
    title: 'Wissenstransfer und Inspiration',
    teaser:
      'Wie gestalten kleine Städte Zukunft? In den Kleinstadt Web-Talks berichten Kommunen aus ganz Deutschland, wie sie mit Kreativität und Mut ihre Stadtentwicklung voranbringen.',
    body:
      'Gerade in kleinen Städten und Gemeinden entstehen vielerorts bemerkenswerte Projekte, die zeigen, mit wie viel Engagement und Kreativität kommunale Entwicklung gestaltet werden kann. Diese Beispiele sind wertvoll – nicht nur für die beteiligten Orte selbst, sondern auch für andere Kommunen, die von ihren Erfahrungen profitieren können.\n\n' +
      'Veranstaltet werden die Web-Talks vom Verein vhw – Bundesverband für Wohnen und Stadtentwicklung gemeinsam mit der Kleinstadt Akademie. Die Web-Talks sind ein kostenfreies digitales Format für den Wissens- und Erfahrungsaustausch kleiner Städte und Gemeinden.\n\n' +
      'Am 29. Oktober 2025 steht Sina Massow, Bürgermeisterin der Stadt Gudensberg, mit dem Vortrag „Vom Supermarkt zum Begegnungszentrum – Das G1 in Gudensberg“ auf dem Programm. Am 25. November 2025 geht es um das Thema „Vier Jahre Bürgerräte in Herzberg – Praxiserfahrungen und Maßnahmen zur Verstetigung“ mit Stephanie Kuntze, Fachbereichsleiterin und 2. stellvertretende Bürgermeisterin der Stadt Herzberg (Elster).',
    publishedAt: berlin('2025-10-01', '09:00'),
    organisation: 'vhw',
  },
];
