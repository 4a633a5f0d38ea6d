import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../electron/core/db/open';
import { prepareImport } from '../../electron/core/import/preview';
import { importUnitCatalogue } from '../../electron/core/services/unit-catalogue';
import { writeCatalogue, writeHistory } from '../import/big-workbook';
import { bombWorkbook, MiB } from '../import/crafted-zip';
import { median, type BenchResult } from './timing';

/** Preview of a 30,000-row commune history vs a raw exceljs streaming read of the same file. */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-import-'));
  try {
    const db = openDatabase(join(dir, 'b.db'));
    await importUnitCatalogue(
      db,
      new Uint8Array(readFileSync(await writeCatalogue(dir, 250))),
      'danh-muc.xlsx',
    );
    const data = new Uint8Array(readFileSync(await writeHistory(dir, 250, 120)));
    const oursMs = await median(3, () => prepareImport(db, [{ name: 'lich-su.xlsx', data }]));
    const rawMs = await median(3, async () => {
      const r = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data)]), {
        styles: 'cache',
        sharedStrings: 'cache',
        worksheets: 'emit',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      for await (const ws of r)
        for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) void row.values;
    });
    // A zip bomb must be refused from its central directory, long before exceljs would inflate it.
    const bomb = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../fixtures/generated/bom-nen.xlsx')),
    );
    const bombMs = await median(3, () => prepareImport(db, [{ name: 'bom-nen.xlsx', data: bomb }]));
    // A bomb the directory cannot see (5 MB declared, 6 GB inside): the meter stops it at 5 MB inflated.
    const hidden = new Uint8Array(bombWorkbook({ declares: 5 * MiB, inflates: 6 * 1024 * MiB }));
    const hiddenMs = await median(3, () => prepareImport(db, [{ name: 'bom-6gb.xlsx', data: hidden }]));
    const sample = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../fixtures/samples/tong-hop-toan-tinh-2024-03.xlsx')),
    );
    const sampleRawMs = await median(5, () =>
      new ExcelJS.Workbook().xlsx.load(Buffer.from(sample) as unknown as ArrayBuffer),
    );
    db.close();
    return [
      {
        name: 'import preview, 30,000-row history',
        oursMs,
        rawMs,
        note: 'raw = exceljs streaming read of the same file',
      },
      {
        name: 'zip bomb refused (300 MB inflated)',
        oursMs: bombMs,
        rawMs: sampleRawMs,
        note: 'raw = exceljs loading a 17-district sample',
      },
      {
        name: 'hidden zip bomb refused (5 MB declared, 6 GB inflated)',
        oursMs: hiddenMs,
        rawMs: sampleRawMs,
        note: 'raw = exceljs loading a 17-district sample; unmetered, exceljs would inflate all 6 GB',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
