import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../electron/core/db/open';
import { prepareImport } from '../../electron/core/import/preview';
import { districtBatch } from '../helpers/district-files';
import { median, type BenchResult } from './timing';

/**
 * The preview of a month's 17 district files at once (SPEC: the preview appears in under a second), against
 * exceljs loading the same 17 workbooks and nothing else.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-batch-'));
  try {
    const db = openDatabase(join(dir, 'b.db'));
    const files = await districtBatch('2024-03');
    const oursMs = await median(5, () => prepareImport(db, files));
    const rawMs = await median(5, () =>
      Promise.all(
        files.map((f) => new ExcelJS.Workbook().xlsx.load(Buffer.from(f.data) as unknown as ArrayBuffer)),
      ),
    );
    db.close();
    return [
      {
        name: 'import preview, 17 district files at once',
        oursMs,
        rawMs,
        note: 'raw = exceljs loading the 17 workbooks',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
