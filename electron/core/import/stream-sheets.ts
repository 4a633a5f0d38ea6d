/**
 * Streams a workbook sheet by sheet, row by row: memory stays flat however many rows the file holds. Every
 * part comes from our metered zip (zip-entries.ts), in the order the reader needs. exceljs parses the
 * shared strings and styles (small, once per workbook); the sheets' rows, where the time and garbage of a
 * big import are, are read by our own scanner (sheet-xml.ts).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetRow } from './header-detect';
import { sheetRowBatches } from './sheet-xml';
import type { WorkbookInfo } from './workbook-info';
import type { OpenedZip } from './zip-entries';

export interface StreamedSheet {
  name: string;
  hidden: boolean;
  /** In batches: see sheetRowBatches. */
  rows: AsyncIterable<SheetRow[]>;
}

/** The parts of exceljs 4.4's WorkbookReader this module drives (lib/stream/xlsx/workbook-reader.js). */
interface ReaderInternals {
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | undefined };
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
}

/** exceljs' utils.isDateFmt: a number format that shows a date or time. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export async function* streamSheets(zip: OpenedZip, book: WorkbookInfo): AsyncGenerator<StreamedSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  reader.sharedStrings = [];
  if (zip.has('xl/sharedStrings.xml'))
    for await (const _ of reader._parseSharedStrings(await zip.open('xl/sharedStrings.xml'))) void _;
  if (zip.has('xl/styles.xml')) await reader._parseStyles(await zip.open('xl/styles.xml'));
  const dateStyles = new Map<number, boolean>();
  const setup = {
    sharedStrings: reader.sharedStrings,
    date1904: book.date1904,
    isDateStyle: (s: number) => {
      let d = dateStyles.get(s);
      if (d === undefined) dateStyles.set(s, (d = isDateFormat(reader.styles?.getStyleModel(s)?.numFmt)));
      return d;
    },
  };

  for (const entry of zip.entries) {
    const sheetNo = SHEET_PART.exec(entry.fileName)?.[1];
    if (!sheetNo) continue;
    // Sheet names come from our own read of workbook.xml, which may sit after the sheets in the zip.
    const info = book.sheets.find((s) => s.target === `worksheets/sheet${sheetNo}.xml`);
    const part = await zip.open(entry.fileName);
    try {
      yield {
        name: info?.name ?? `Sheet${sheetNo}`,
        hidden: info !== undefined && info.state !== 'visible',
        rows: sheetRowBatches(part, setup),
      };
    } finally {
      // A sheet the caller skipped or stopped early: stop inflating it.
      part.destroy();
    }
  }
}
