import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cli, screenshot, appSession, initDb } from './harness';

/** A district's monthly sheet with a typo ("Chư Pa") and "Ia Pa" without prefix, which a commune makes ambiguous. */
async function writeDistrictSheet(path: string, month: number, add: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow([`BÁO CÁO THÁNG ${month} NĂM 2024`]);
  ws.addRow([]);
  ws.addRow(['STT', 'Đơn vị', 'LLLĐ', 'BHXH BB', 'BHXH TN', 'BHTN']);
  ws.addRow([1, 'Huyện Chư Pa', 21000, 2100 + add, 210, 1050]);
  ws.addRow([2, 'Ia Pa', 15000, 1500 + add, 150, 750]);
  await wb.xlsx.writeFile(path);
}

async function writeCommuneCatalogue(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow(['Mã', 'Tên', 'Mã cấp trên', 'Cấp']);
  ws.addRow(['24001', 'Xã Ia Pa', '637', 'Xã']);
  await wb.xlsx.writeFile(path);
}

/** Issue 3: the clerk places names the reader could not, in the browser, and next month's file needs nothing. */
describe('unit choice in the browser', () => {
  const s = appSession('units.db', async (db, dir) => {
    const catalogue = join(dir, 'xa.xlsx');
    await Promise.all([
      writeDistrictSheet(june, 6, 0),
      writeDistrictSheet(july, 7, 10),
      writeCommuneCatalogue(catalogue),
    ]);
    initDb(db);
    const units = cli('units', 'import', catalogue, '--db', db);
    expect(units.code, units.stderr).toBe(0);
  });
  const { db } = s;
  let page: Page;
  const june = join(s.dir, 'ia-pa-2024-06.xlsx');
  const july = join(s.dir, 'ia-pa-2024-07.xlsx');

  beforeAll(() => {
    page = s.page;
  });

  const stored = (code: string, period: string) => {
    const d = new Database(db, { readonly: true });
    try {
      return d
        .prepare(
          "SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.code = ? AND o.period = ? AND o.indicator = 'bhxh_compulsory'",
        )
        .get(code, period) as { value: number } | undefined;
    } finally {
      d.close();
    }
  };

  /** Accepts warnings if any, commits, and waits for the preview to close (it does on success). */
  const commit = async () => {
    const accept = page.getByTestId('import-accept-warnings');
    if (await accept.isVisible()) await accept.check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 60_000 });
  };

  const choose = async (testId: string, search: string, option: string) => {
    await page.getByTestId(testId).click();
    await page.keyboard.type(search);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .click();
  };

  it('lists both names, a choice for each re-reads the file, then the import writes to the chosen units', async () => {
    await page.getByTestId('nav-nhap-du-lieu').click();
    await page.getByTestId('import-file-input').setInputFiles([june]);
    const box = page.getByTestId('unit-choices');
    await box.waitFor({ timeout: 60_000 });
    expect(await box.textContent()).toContain('Có 2 tên đơn vị chưa nhận ra');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('unit-choice-0').click();
    // The closest name is offered first.
    const first = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    expect(await first.textContent()).toBe('Huyện Chư Păh (mã 627)');
    await screenshot(page, 'unit-choice-01-goi-y');
    await page.keyboard.press('Escape');

    await choose('unit-choice-0', 'chu pah', 'Huyện Chư Păh (mã 627)');
    await expect.poll(() => box.textContent(), { timeout: 30_000 }).toContain('Có 1 tên đơn vị chưa nhận ra');
    await choose('unit-choice-0', 'xa ia pa', 'mã 24001');
    await box.waitFor({ state: 'detached', timeout: 30_000 });
    // Nothing left to fix: the values are shown, not an empty list of problems.
    await page.getByRole('tab', { name: /^Giá trị \(8\)$/, selected: true }).waitFor();
    await expect.poll(() => page.getByTestId('import-commit').isEnabled()).toBe(true);
    await screenshot(page, 'unit-choice-02-da-chon');
    await commit();
    expect(stored('627', '2024-06')).toEqual({ value: 2100 });
    expect(stored('24001', '2024-06')).toEqual({ value: 1500 });
    expect(stored('635', '2024-06')).toBeUndefined();
    expect(s.app.errors).toEqual([]);
  });

  it("next month's file of the same layout imports without a question", async () => {
    await page.getByTestId('import-file-input').setInputFiles([july]);
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('unit-choices').count()).toBe(0);
    await commit();
    expect(stored('627', '2024-07')).toEqual({ value: 2110 });
    expect(stored('24001', '2024-07')).toEqual({ value: 1510 });
    expect(s.app.errors).toEqual([]);
  });
});
