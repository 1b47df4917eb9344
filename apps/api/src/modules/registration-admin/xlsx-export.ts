import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { berlinFloatingTime } from '@stadtgespraech/domain';
import ExcelJS from 'exceljs';
import type { ExportColumn, ExportRow } from './export-columns.js';

/** Excel's own date format for the Berlin wall-clock times of the export. */
const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm:ss';
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;

/**
 * An Excel workbook (XLSX) with one sheet of registrations, written row by row as they arrive:
 * inline strings instead of a shared-string table, so memory does not grow with the row count.
 * The header row is bold, frozen and carries a filter; times are real dates in Berlin time.
 */
export function xlsxExport(
  sheetName: string,
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Stadtgespräch';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, column.header.length + 2)),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const fill = async () => {
    for await (const row of rows) {
      const added = sheet.addRow(columns.map((column) => cellValue(column.value(row))));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = DATE_TIME_FORMAT;
      });
      added.commit();
      // The archive pipes into `output`; wait while the client reads, so rows do not pile up.
      if (output.writableNeedDrain) await once(output, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  };
  fill().catch((error: unknown) => output.destroy(error as Error));
  return output;
}

function cellValue(value: string | Date | null): string | Date | null {
  return value instanceof Date ? berlinFloatingTime(value) : value;
}
