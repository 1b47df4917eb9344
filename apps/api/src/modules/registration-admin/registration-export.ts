import { csvLine, UTF8_BOM } from './csv.js';
import type { ExportColumn, ExportRow } from './export-columns.js';

/** The CSV file, line by line, as the rows arrive from the database. */
export async function* csvExport(
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(columns.map((column) => column.header));
  for await (const row of rows) yield csvLine(columns.map((column) => column.value(row)));
}
