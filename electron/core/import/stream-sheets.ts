/**
 * Streams a workbook sheet by sheet, row by row, through exceljs' sheet parser: memory stays flat however
 * many rows the file holds. exceljs' own WorkbookReader unzips with unzipper, which trusts the sizes the
 * zip declares and parks sheets that come before the shared strings in temp files; here every part comes
 * from our metered zip (zip-entries.ts) instead, in the order the parser needs, and exceljs only parses.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { toCell, type Cell } from './cell-value';
import type { SheetRow } from './header-detect';
import type { WorkbookInfo } from './workbook-info';
import type { OpenedZip } from './zip-entries';

export interface StreamedSheet {
  name: string;
  hidden: boolean;
  rows: AsyncIterable<SheetRow>;
}

/** The parts of exceljs 4.4's WorkbookReader this module drives (lib/stream/xlsx/workbook-reader.js). */
interface ReaderInternals {
  model?: { sheets: { id: number; name: string; state: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model: { date1904: boolean } };
  sharedStrings?: unknown[];
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: unknown }>;
}

/**
 * A formula's value with its cached result. exceljs' `row.values` drops a falsy result, so a formula
 * that came to 0, to "" or to an error (NaN once streamed) would look never computed; the cell's
 * model still holds it.
 */
function withResult(row: ExcelJS.Row, col: number, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('formula' in raw || 'sharedFormula' in raw) || 'result' in raw)
    return raw;
  const model = row.getCell(col).model as { result?: unknown };
  return model.result === undefined ? raw : { ...raw, result: model.result };
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export async function* streamSheets(zip: OpenedZip, book: WorkbookInfo): AsyncGenerator<StreamedSheet> {
  const info = book.sheets;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  // Sheet names come from our own read of workbook.xml, which may sit after the sheets in the zip.
  reader.model = {
    sheets: info.map((s) => ({ id: s.sheetId, name: s.name, state: s.state, rId: s.rId })),
  };
  reader.workbookRels = info.filter((s) => s.target).map((s) => ({ Id: s.rId, Target: s.target! }));
  reader.properties = { model: { date1904: book.date1904 } };
  reader.sharedStrings = [];
  if (zip.has('xl/sharedStrings.xml'))
    for await (const _ of reader._parseSharedStrings(await zip.open('xl/sharedStrings.xml'))) void _;
  if (zip.has('xl/styles.xml')) await reader._parseStyles(await zip.open('xl/styles.xml'));

  for (const entry of zip.entries) {
    const sheetNo = SHEET_PART.exec(entry.fileName)?.[1];
    if (!sheetNo) continue;
    const part = await zip.open(entry.fileName);
    try {
      for (const { value } of reader._parseWorksheet(part, sheetNo)) {
        const sheet = value as { name: string; state?: string } & AsyncIterable<ExcelJS.Row>;
        const rows = (async function* () {
          for await (const row of sheet) {
            const values = row.values as unknown[];
            const cells: Cell[] = [];
            for (let c = 1; c < values.length; c++) cells[c] = toCell(withResult(row, c, values[c]));
            yield { number: row.number, cells };
          }
        })();
        yield { name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', rows };
      }
    } finally {
      // A sheet the caller skipped or stopped early: stop inflating it.
      part.destroy();
    }
  }
}
