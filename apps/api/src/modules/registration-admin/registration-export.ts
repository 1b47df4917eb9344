import { Readable } from 'node:stream';
import { ExportFormat } from '@stadtgespraech/domain';
import { csvLine, UTF8_BOM } from './csv.js';
import type { ExportColumn, ExportRow } from './export-columns.js';
import { xlsxExport } from './xlsx-export.js';

/** The CSV file, line by line, as the rows arrive from the database. */
async function* csvExport(
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(columns.map((column) => column.header));
  for await (const row of rows) yield csvLine(columns.map((column) => column.value(row)));
}

/** A streamed export file and how to serve it. */
export interface ExportFile {
  stream: Readable;
  filename: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The registrations as a file of the chosen format, named `<basename>.<format>`. */
export function registrationExportFile(
  format: ExportFormat,
  basename: string,
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): ExportFile {
  const stream =
    format === ExportFormat.Xlsx
      ? xlsxExport('Anmeldungen', columns, rows)
      : Readable.from(csvExport(columns, rows));
  return { stream, filename: `${basename}.${format}`, contentType: CONTENT_TYPES[format] };
}
