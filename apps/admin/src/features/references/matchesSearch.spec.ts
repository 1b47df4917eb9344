import { describe, expect, it } from 'vitest';
import { matchesSearch } from './matchesSearch';

describe('matchesSearch', () => {
  it('matches everything when the search is empty or blank', () => {
    expect(matchesSearch('', 'Mobilität')).toBe(true);
    expect(matchesSearch('   ', 'Mobilität')).toBe(true);
  });

  it('needs every word somewhere in the texts, in any case', () => {
    expect(matchesSearch('BBSR bundes', 'Bundesinstitut', 'BBSR')).toBe(true);
    expect(matchesSearch('BBSR vhw', 'Bundesinstitut', 'BBSR')).toBe(false);
  });

  it('finds umlauts by their spelled-out and their bare form', () => {
    expect(matchesSearch('burger', 'Bürgerbeteiligung')).toBe(true);
    expect(matchesSearch('buerger', 'Bürgerbeteiligung')).toBe(true);
    expect(matchesSearch('Bürger', 'buergerbeteiligung')).toBe(true);
    expect(matchesSearch('strasse', 'Hauptstraße')).toBe(true);
  });

  it('ignores other accents and skips missing texts', () => {
    expect(matchesSearch('cafe', null, 'Café Kleinstadt', undefined)).toBe(true);
    expect(matchesSearch('x', null)).toBe(false);
  });
});
