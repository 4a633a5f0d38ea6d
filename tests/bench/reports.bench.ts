import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pdfmake from 'pdfmake';
import { createContext } from '../../electron/core/context';
import { tinosFiles } from '../../electron/core/reports/fonts';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { renderProgressPdf } from '../../electron/core/reports/pdf/progress-pdf';
import { renderProgressXlsx } from '../../electron/core/reports/xlsx/progress-xlsx';
import { seedFigures, seedTargets } from '../reports/fixture';
import { median, type BenchResult } from './timing';

/** A plain table of the same size (18 rows × 15 columns, twice) with the same font: what pdfmake costs anyway. */
async function rawPdf(): Promise<void> {
  pdfmake.setFonts({ Tinos: tinosFiles() });
  const row = (i: number) => Array.from({ length: 15 }, (_, k) => `${i}.${k * 1234}`);
  const table = {
    table: {
      headerRows: 1,
      body: [
        Array.from({ length: 15 }, (_, k) => `Cột ${k}`),
        ...Array.from({ length: 18 }, (_, i) => row(i)),
      ],
    },
    fontSize: 8.5,
  };
  await pdfmake
    .createPdf({ pageOrientation: 'landscape', defaultStyle: { font: 'Tinos' }, content: [table, table] })
    .getBuffer();
}

async function rawXlsx(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('a');
  for (let i = 0; i < 20; i++) ws.addRow(Array.from({ length: 27 }, (_, k) => i * 100 + k));
  const raw = wb.addWorksheet('b');
  for (let i = 0; i < 70; i++) raw.addRow(Array.from({ length: 11 }, (_, k) => `${i}-${k}`));
  await wb.xlsx.writeBuffer();
}

/** The progress report (model + render) vs pdfmake/exceljs writing a plain table of the same size. */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-'));
  try {
    const ctx = createContext(join(dir, 'b.db'));
    seedFigures(ctx.db);
    seedTargets(ctx.db);
    const model = () => buildProgressReport(ctx.db, '2024-06');
    const m = model();
    const results: BenchResult[] = [
      {
        name: 'progress model 2024-06 (8 months of values)',
        oursMs: await median(10, model),
        rawMs: await median(10, () => ctx.db.prepare('SELECT * FROM observations').all()),
        note: 'raw: read every observation',
      },
      {
        name: 'progress PDF render (4 pages, chart)',
        oursMs: await median(5, () => renderProgressPdf(m)),
        rawMs: await median(5, rawPdf),
        note: 'raw: pdfmake, two plain 18×15 tables',
      },
      {
        name: 'progress XLSX render (4 sheets, formulas)',
        oursMs: await median(10, () => renderProgressXlsx(m)),
        rawMs: await median(10, rawXlsx),
        note: 'raw: exceljs, same cell count, no styles',
      },
    ];
    ctx.db.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
