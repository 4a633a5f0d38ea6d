/**
 * Streams a workbook sheet by sheet, row by row, through exceljs' WorkbookReader: memory stays flat
 * however many rows the file holds.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { toCell, type Cell } from './cell-value';
import type { SheetRow } from './header-detect';
import type { SheetInfo } from './workbook-info';

export interface StreamedSheet {
  name: string;
  hidden: boolean;
  rows: AsyncIterable<SheetRow>;
}

interface ReaderInternals {
  model?: { sheets: { id: number; name: string; state: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
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

export async function* streamSheets(
  data: Uint8Array,
  info: readonly SheetInfo[],
): AsyncGenerator<StreamedSheet> {
  const input = Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  // exceljs reads sheet names from workbook.xml, which may come after the sheets in the zip: give them first.
  const internals = reader as unknown as ReaderInternals;
  internals.model = {
    sheets: info.map((s) => ({ id: s.sheetId, name: s.name, state: s.state, rId: s.rId })),
  };
  internals.workbookRels = info.filter((s) => s.target).map((s) => ({ Id: s.rId, Target: s.target! }));

  for await (const ws of reader) {
    const sheet = ws as unknown as { name: string; state?: string } & AsyncIterable<ExcelJS.Row>;
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
}
