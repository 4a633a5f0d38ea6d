import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatPercent } from '../../shared/format/vi';
import { cli, sampleFile, screenshot, appSession, initDb } from './harness';
import { provinceTotals, SAMPLE_FIGURES } from './sample-figures';
import { UNSURE_FIGURES, writeUnsureWorkbook } from './workbooks';

/**
 * Issue 5's flows, one after the other on one database, as a clerk would do them in the browser mode:
 * import through the UI, fix a mapping, undo, edit a target, save a report, change a setting.
 */
describe('flows in the browser', () => {
  const s = appSession('flows.db', async (db) => {
    await writeUnsureWorkbook(unsure);
    initDb(db);
  });
  const { db } = s;
  let page: Page;
  const unsure = join(s.dir, 'pleiku-2024-04-cot-la.xlsx');

  beforeAll(() => {
    page = s.page;
  });

  const go = async (section: string) => {
    await page.getByTestId(`nav-${section}`).click();
  };
  const coverage = (which: 'bhxh' | 'bhtn') => page.getByTestId(`province-${which}-coverage`).textContent();

  /** Picks the files, waits for the preview, accepts warnings if any, commits. */
  const importThroughUi = async (files: string[]) => {
    await go('nhap-du-lieu');
    await page.getByTestId('import-file-input').setInputFiles(files);
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
  };
  const commit = async () => {
    const accept = page.getByTestId('import-accept-warnings');
    if (await accept.isVisible()) await accept.check();
    await page.getByTestId('import-commit').click();
    await page.getByText(/^Đã nhập: /).waitFor({ timeout: 60_000 });
  };

  it('starts empty, then an import through the UI changes the dashboard', async () => {
    await page.getByText('Chưa có số liệu nào.').waitFor();
    await importThroughUi([sampleFile('tong-hop-toan-tinh-2024-03.xlsx')]);
    const newValues = page
      .getByTestId('import-preview')
      .locator('.ant-statistic')
      .filter({ hasText: 'Giá trị mới' });
    expect(await newValues.locator('.ant-statistic-content').textContent()).toBe(
      String(Object.keys(SAMPLE_FIGURES).length * 4),
    );
    await screenshot(page, '02-nhap-du-lieu-xem-truoc');
    await commit();
    await go('tong-quan');
    const t = provinceTotals();
    await expect.poll(() => coverage('bhxh'), { timeout: 20_000 }).toBe(formatPercent(t.bhxhCoverage));
    expect(await coverage('bhtn')).toBe(formatPercent(t.bhtnCoverage));
    expect(await page.getByText('Chưa có số liệu nào.').count()).toBe(0);
  });

  it('fixes a column the importer did not recognise, commits, and the choice is remembered', async () => {
    await importThroughUi([unsure]);
    const preview = page.getByTestId('import-preview');
    await preview.getByRole('tab', { name: /Nhận diện/ }).click();
    const select = preview.locator('[data-testid^="mapping-"][data-testid$="-F"]');
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Số người tham gia BHTN' })
      .click();
    // The preview is read again with the user's choice: the BHTN value is now among the changes.
    await expect
      .poll(() => preview.locator('[data-testid^="mapping-"][data-testid$="-F"]').textContent(), {
        timeout: 30_000,
      })
      .toContain('Số người tham gia BHTN');
    await expect.poll(() => preview.getByText('Đã xác nhận').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, '03-nhap-du-lieu-sua-cot');
    await commit();

    await go('tong-quan');
    const t = provinceTotals();
    const [, , , bhtnMarch] = SAMPLE_FIGURES['622']!;
    const aprilBhtn = ((t.bhtn - bhtnMarch + UNSURE_FIGURES.bhtn) / t.laborForce) * 100;
    await expect.poll(() => coverage('bhtn'), { timeout: 20_000 }).toBe(formatPercent(aprilBhtn));

    // Next month's file in the same layout imports without the question.
    await importThroughUi([unsure]);
    await page
      .getByTestId('import-preview')
      .getByRole('tab', { name: /Nhận diện/ })
      .click();
    await expect
      .poll(() => page.getByTestId('import-preview').getByText('Đã ghi nhớ').count())
      .toBeGreaterThan(0);
    await page.getByTestId('import-cancel').click();
  });

  it('undoes the last import from the history and the dashboard goes back', async () => {
    await go('nhap-du-lieu');
    await page.getByRole('tab', { name: /Các lần nhập/ }).click();
    const history = page.getByTestId('import-history');
    await history.getByTestId('undo-2').click();
    await page.getByTestId('undo-confirm').click();
    await page.getByText(/Đã hoàn tác lần nhập số 2/).waitFor({ timeout: 30_000 });
    await screenshot(page, '04-cac-lan-nhap-hoan-tac');
    await go('tong-quan');
    await expect
      .poll(() => coverage('bhtn'), { timeout: 20_000 })
      .toBe(formatPercent(provinceTotals().bhtnCoverage));
  });

  it('edits a target in the grid and the dashboard shows it', async () => {
    await go('chi-tieu');
    const cell = page.getByTestId('target-64-bhtn_coverage');
    await cell.waitFor();
    await cell.fill('9,5');
    await cell.press('Enter');
    await screenshot(page, '05-chi-tieu');
    await go('tong-quan');
    await expect
      .poll(() => page.getByTestId('province-bhtn-target').textContent(), { timeout: 20_000 })
      .toBe('9,50%');
    const stored = JSON.parse(cli('values', '--db', db, '--period', '2024-03', '--json').stdout) as {
      rows: { unit: string; bhtn_coverage_target: number | null }[];
    };
    expect(stored.rows.find((r) => r.unit === '64')?.bhtn_coverage_target).toBe(9.5);
  });

  /** Saves the progress report as PDF through the browser's download and returns its text. */
  const savePdfText = async (name: string): Promise<string> => {
    await go('bao-cao');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('report-save-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(s.dir, name);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    return text.stdout;
  };

  it('saves the progress report as a PDF download with the figures in it', async () => {
    const text = await savePdfText('bao-cao-1.pdf');
    await screenshot(page, '06-bao-cao');
    expect(text).toContain('BẢO HIỂM XÃ HỘI TỈNH GIA LAI');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(formatPercent(provinceTotals().bhxhCoverage));
    expect(text).toContain('Thành phố Pleiku');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('report-save-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = join(s.dir, 'bao-cao.xlsx');
    await download.saveAs(xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
    expect(texts).toContain('Thành phố Pleiku');

    // Printing in a browser opens the PDF in a new tab, where the viewer has its own print button.
    const [popup] = await Promise.all([
      page.waitForEvent('popup', { timeout: 60_000 }),
      page.getByTestId('report-print').click(),
    ]);
    expect(popup.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    await popup.close();
  });

  it('a changed setting appears in the next report', async () => {
    await go('cai-dat');
    const signer = page.getByTestId('settings-signerName');
    await signer.fill('Nguyễn Thị Hồng Nhung');
    await page.getByTestId('settings-save').click();
    await page.getByText('Đã lưu cài đặt.', { exact: false }).waitFor();
    await screenshot(page, '07-cai-dat');
    const text = await savePdfText('bao-cao-2.pdf');
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
  });

  it('had no page errors along the way', () => {
    if (s.app.warnings.length)
      console.warn(`[e2e] ${s.app.warnings.length} cảnh báo của thư viện, ví dụ: ${s.app.warnings[0]}`);
    expect(s.app.errors).toEqual([]);
  });
});
