import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newUnits2025 } from '../../electron/core/db/seed/gia-lai-2025';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

type Row = Record<string, unknown>;
const rowsOf = (stdout: string) => (JSON.parse(stdout) as { rows: Row[] }).rows;

/** Every new commune in December 2025, typed without prefix or diacritics, 100 compulsory each. */
async function communeWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('T12');
  ws.getCell('A1').value = 'BÁO CÁO THÁNG 12 NĂM 2025';
  ws.getRow(3).values = ['STT', 'Đơn vị', 'LLLĐ', 'BHXH BB', 'BHXH TN', 'BHTN'];
  const communes = newUnits2025().filter((u) => u.level === 'commune');
  communes.forEach((u, i) => {
    const typed = u.name
      .replace(/^(Xã|Phường) /, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd');
    ws.getRow(4 + i).values = [i + 1, typed, 1000, 100, 10, 50];
  });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

// Each CLI run is a fresh Node process; on a busy machine five of them take a while.
describe('command line across 1/7/2025', { timeout: 300_000 }, () => {
  it('values for 6/2025 and 12/2025, and a commune workbook for 12/2025 imported without a question', async () => {
    const dir = tempDir();
    const db = join(dir, 'gl.db');
    expect(cli('init', '--db', db).code).toBe(0);

    const june = cli('values', '--db', db, '--period', '2025-06', '--json');
    expect(june.code, june.stderr).toBe(0);
    const j = rowsOf(june.stdout);
    expect(j.map((r) => r.level)).toEqual([...Array(17).fill('district'), 'province']);
    expect(j[17]).toMatchObject({ unit: '64', bhxh_coverage_target: 16.83, bhtn_coverage_target: 9.85 });

    const xlsx = join(dir, 'xa-t12-2025.xlsx');
    await communeWorkbook(xlsx);
    const imp = cli('import', xlsx, '--db', db, '--json');
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ inserted: 135 * 4, errors: [] });

    const dec = cli('values', '--db', db, '--period', '2025-12', '--json');
    expect(dec.code, dec.stderr).toBe(0);
    const d = rowsOf(dec.stdout);
    expect(d).toHaveLength(137);
    expect(d.slice(0, 135).every((r) => r.level === 'commune' && r.bhxh_compulsory === 100)).toBe(true);
    expect(d[135]).toMatchObject({
      unit: '64',
      labor_force: 77_000,
      bhxh_compulsory: 7_700,
      bhxh_coverage_target: 16.83,
      bhtn_coverage_target: 9.85,
    });
    expect(d[136]).toMatchObject({ unit: '52', labor_force: 135_000, bhxh_compulsory: 13_500 });
  });
});
