/** Field separator: Excel in German locales opens semicolon-separated files directly. */
const SEPARATOR = ';';

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Berlin',
});

/**
 * One CSV cell: quoted when needed, Berlin time for dates, and text that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start) prefixed with `'`
 * (OWASP "CSV injection").
 */
export function csvCell(value: string | Date | null): string {
  if (value === null) return '';
  let text = value instanceof Date ? BERLIN.format(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line with CRLF, as RFC 4180 asks. */
export function csvLine(values: (string | Date | null)[]): string {
  return `${values.map(csvCell).join(SEPARATOR)}\r\n`;
}

/** Byte order mark: tells Excel the file is UTF-8 (umlauts survive). */
export const UTF8_BOM = '\uFEFF';
