/**
 * True when every word of `search` occurs in one of `texts`, ignoring case and accents. German
 * umlauts match both their spelled-out and their bare form: "buerger", "burger" and "Bürger"
 * all find "Bürgerbeteiligung".
 */
export function matchesSearch(search: string, ...texts: (string | null | undefined)[]): boolean {
  const text = texts.filter(Boolean).join(' ');
  const [spelled, bare] = [spellOut(text), stripMarks(text)];
  return search
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => spelled.includes(spellOut(word)) || bare.includes(stripMarks(word)));
}

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

const stripMarks = (text: string) =>
  text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');

const spellOut = (text: string) =>
  stripMarks(text.toLowerCase().replace(/[äöü]/g, (letter) => SPELLED_OUT[letter]!));
