import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { importUnitCatalogue } from '../../electron/core/services/unit-catalogue';
import { writeCatalogue, writeHistory } from '../import/big-workbook';

/** The history benches' size: 10,000 communes × 12 months (120,000 rows, 360,000 figures). */
export const COMMUNES = 10_000;
export const MONTHS = 12;

/**
 * In `dir`: a database holding the 10,000 communes' catalogue, with automatic backups off (each bench copies
 * it for every side it measures), and the history workbook to import into it.
 */
export async function historyBase(dir: string): Promise<{ base: string; file: string }> {
  const base = join(dir, 'base.db');
  const db = openDatabase(base);
  await importUnitCatalogue(
    db,
    new Uint8Array(readFileSync(await writeCatalogue(dir, COMMUNES))),
    'danh-muc.xlsx',
  );
  db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('autoBackup', 'false')").run();
  db.close();
  return { base, file: await writeHistory(dir, COMMUNES, MONTHS) };
}
