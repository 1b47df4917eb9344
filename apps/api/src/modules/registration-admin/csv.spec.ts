import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine } from './csv.js';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Stadt; Land')).toBe('"Stadt; Land"');
    expect(csvCell('Die "Mitte"')).toBe('"Die ""Mitte"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell('Gudensberg')).toBe('Gudensberg');
    expect(csvCell(null)).toBe('');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(
      `"'=HYPERLINK(""http://evil.example"")"`,
    );
    expect(csvCell('+49 5603 1234')).toBe("'+49 5603 1234");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes dates in Berlin time and ends lines with CRLF', () => {
    expect(csvLine(['Ana', new Date('2026-07-01T08:30:00Z')])).toBe('Ana;01.07.2026, 10:30:00\r\n');
  });
});
