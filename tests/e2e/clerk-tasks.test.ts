import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatRate } from '../../shared/format/vi';
import { screenshot, seedSample, appSession } from './harness';
import { SAMPLE_FIGURES } from './sample-figures';
import { previewReady, previewText, watchRenders, type RenderAnswers } from './preview-pdf';

/**
 * Issue 5, the clerk's tasks the other browser tests do not walk through: a correction by hand and its
 * history, backup then restore, the trend and completeness reports in both formats, a renamed unit, the
 * period picker's kinds and the keyboard in dialogs. One database (the March 2024 sample), in order.
 */
describe('a clerk’s tasks in the browser', () => {
  const s = appSession('clerk.db', (db) => {
    seedSample(db);
  });
  let page: Page;
  let renders: RenderAnswers;

  beforeAll(async () => {
    page = s.page;
    renders = watchRenders(page);
    await page.getByTestId('province-bhxh-coverage').waitFor({ timeout: 60_000 });
  });

  const go = (section: string) => page.getByTestId(`nav-${section}`).click();
  const cellText = (unit: string, indicator: string) =>
    page.getByTestId(`cell-${unit}-${indicator}`).textContent();
  const [, anKheCompulsory] = SAMPLE_FIGURES['623']!;

  /** Opens a cell's drawer in Số liệu, types a value, saves, waits for the answer. */
  const correct = async (unit: string, indicator: string, value: string) => {
    await go('so-lieu');
    await page.getByTestId(`cell-${unit}-${indicator}`).click();
    await page.getByTestId('value-edit-input').fill(value);
    await page.getByTestId('value-edit-save').click();
    await page.getByTestId('value-edit-result').waitFor({ timeout: 30_000 });
  };

  it('switching from a year to months lands on the latest month with figures, not on December', async () => {
    await go('so-lieu');
    await page.getByTestId('values-table').waitFor();
    await page.getByTestId('period-picker-kind').getByText('Năm', { exact: true }).click();
    await expect.poll(() => page.getByTestId('period-picker').inputValue(), { timeout: 30_000 }).toBe('2024');
    await page.getByTestId('period-picker-kind').getByText('Tháng', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('period-picker').inputValue(), { timeout: 30_000 })
      .toBe('03/2024');
    await page.getByTestId('period-picker-kind').getByText('Quý', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('period-picker').inputValue(), { timeout: 30_000 })
      .toBe('Quý 1/2024');
    await page.getByTestId('period-picker-kind').getByText('Tháng', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('period-picker').inputValue(), { timeout: 30_000 })
      .toBe('03/2024');
  });

  it('corrects a value by hand: the table, the drawer and the cell history show it', async () => {
    expect(await cellText('623', 'bhxh_compulsory')).toBe(anKheCompulsory!.toLocaleString('vi-VN'));
    await correct('623', 'bhxh_compulsory', '5100');
    const result = page.getByTestId('value-edit-result');
    expect(await result.textContent()).toContain('Đã lưu và ghi nhận như một lần nhập.');
    const drawer = page.locator('.ant-drawer:visible');
    // The drawer follows the reloaded figures: the value it shows is the corrected one.
    await expect
      .poll(() => drawer.locator('.ant-descriptions-item-content').first().textContent(), { timeout: 20_000 })
      .toBe('5.100');
    const history = page.getByTestId('cell-history');
    await expect.poll(() => history.locator('li').count(), { timeout: 20_000 }).toBe(2);
    const first = await history.locator('li').first().textContent();
    expect(first).toContain('Sửa tay');
    expect(first).toContain('5.079 → 5.100');
    expect(await history.locator('li').nth(1).textContent()).toContain('tong-hop-toan-tinh-2024-03.xlsx');
    await screenshot(page, 'clerk-01-sua-tay-lich-su');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => cellText('623', 'bhxh_compulsory'), { timeout: 20_000 }).toBe('5.100');
  });

  it('backs up, changes a figure, restores the backup and the old figure is back', async () => {
    await go('cai-dat');
    await page.getByTestId('db-backup').click();
    await page.getByText(/^Đã sao lưu: /).waitFor({ timeout: 30_000 });
    const manual = page.getByTestId('db-backups').locator('tbody tr').filter({ hasText: 'Sao lưu tay' });
    await expect.poll(() => manual.count(), { timeout: 20_000 }).toBe(1);

    await correct('623', 'bhxh_compulsory', '6000');
    await page.keyboard.press('Escape');
    await expect.poll(() => cellText('623', 'bhxh_compulsory'), { timeout: 20_000 }).toBe('6.000');

    await go('cai-dat');
    await manual.getByRole('button', { name: 'Khôi phục' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục cơ sở dữ liệu.', { exact: false }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'clerk-02-khoi-phuc');
    await go('so-lieu');
    await expect.poll(() => cellText('623', 'bhxh_compulsory'), { timeout: 20_000 }).toBe('5.100');
  });

  /** Saves the report on screen in one format through the browser's download; returns its path. */
  const saveReport = async (format: 'pdf' | 'xlsx', name: string): Promise<string> => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId(`report-save-${format}`).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    const file = join(s.dir, `${name}.${format}`);
    await download.saveAs(file);
    return file;
  };
  const pdfText = (file: string) => {
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stdout;
  };
  const workbookTexts = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
    return texts;
  };
  const chooseKind = async (label: string, kind: string) => {
    await page.getByTestId('report-kind').click();
    await page.locator('.ant-select-dropdown:visible').getByText(label).click();
    // The PDF viewer takes the keyboard when it loads: let it load before typing into the other fields.
    await previewReady(page, [`"kind":"${kind}"`]);
  };

  it('previews and saves the trend report of a district as PDF and Excel', async () => {
    await go('bao-cao');
    await chooseKind('Diễn biến theo tháng của một đơn vị', 'trend');
    // Typed into the select's own search box, not wherever the keyboard is: the PDF viewer may hold it.
    await page.getByTestId('report-unit').click();
    await page.getByTestId('report-unit').locator('input').fill('pleiku');
    await page.locator('.ant-select-dropdown:visible').getByText('Thành phố Pleiku', { exact: true }).click();
    const [lf, bb, tn] = SAMPLE_FIGURES['622']!;
    const march = formatRate(((bb! + tn!) / lf!) * 100);
    // The preview is the PDF itself, for the unit just chosen.
    const shown = await previewText(
      page,
      renders,
      ['"kind":"trend"', '"unit":"622"'],
      s.dir,
      'xem-dien-bien',
    );
    expect(shown.text).toContain('Thành phố Pleiku');
    expect(shown.text).toContain(march);
    await screenshot(page, 'clerk-03-dien-bien');

    const text = pdfText(await saveReport('pdf', 'dien-bien'));
    expect(text).toContain('Thành phố Pleiku');
    expect(text).toContain('Tháng 3/2024');
    expect(text).toContain(march);
    const texts = await workbookTexts(await saveReport('xlsx', 'dien-bien'));
    // The workbook's title carries the unit's name in capitals.
    expect(texts.some((t) => t.toUpperCase().includes('THÀNH PHỐ PLEIKU'))).toBe(true);
    expect(texts).toContain('Tháng 3/2024');
  });

  it('previews and saves the completeness report as PDF and Excel; its picker offers years', async () => {
    await chooseKind('Tình hình gửi số liệu', 'completeness');
    // Only years make sense here: the picker shows the year, not the month the other screens were on.
    expect(await page.getByTestId('report-period').inputValue()).toBe('2024');
    expect(await page.getByTestId('report-period-kind').count()).toBe(0);
    const shown = await previewText(page, renders, ['"kind":"completeness"'], s.dir, 'xem-tinh-hinh');
    expect(shown.text).toContain('Tình hình gửi số liệu');
    expect(shown.text).toMatch(/năm 2024/i);
    // One row per district, numbered.
    expect(shown.text.match(/^\s*\d+\s+(Thành phố|Thị xã|Huyện) /gm)).toHaveLength(17);
    await screenshot(page, 'clerk-04-tinh-hinh-gui');

    const text = pdfText(await saveReport('pdf', 'tinh-hinh'));
    expect(text).toContain('Huyện Chư Pưh');
    expect(text).toMatch(/năm 2024/i);
    const texts = await workbookTexts(await saveReport('xlsx', 'tinh-hinh'));
    expect(texts).toContain('Huyện Chư Pưh');
  });

  it('renames a unit with Enter in its dialog and Số liệu shows the new name', async () => {
    await go('don-vi');
    const edit = page.getByTestId('unit-edit-625');
    await edit.click();
    const name = page.getByTestId('unit-name');
    await name.fill('Huyện Kbang (tên mới)');
    await name.press('Enter');
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByText('Đã lưu đơn vị.').waitFor();
    await go('so-lieu');
    const row = page.getByTestId('values-table').locator('tr', { has: page.getByTestId('cell-625-bhtn') });
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('Huyện Kbang (tên mới)');
    await screenshot(page, 'clerk-05-doi-ten');
  });

  it('by keyboard: Enter opens the unit dialog, Escape closes it and focus goes back to the button', async () => {
    await go('don-vi');
    const add = page.getByTestId('unit-add');
    await add.focus();
    await page.keyboard.press('Enter');
    await page.locator('.ant-modal:visible').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('unit-add');
  });

  it('by keyboard: a figure in Số liệu takes focus (tabindex) and Enter opens its history', async () => {
    await go('so-lieu');
    const figure = page
      .getByTestId('values-table')
      .getByRole('button', { name: /^Thành phố Pleiku, Số người tham gia BHTN/ });
    await figure.focus();
    expect(await figure.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-history').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer:visible').waitFor({ state: 'hidden' });
    // Focus returns to the figure, so the clerk goes on from where they were.
    await expect.poll(() => figure.evaluate((e) => e === document.activeElement)).toBe(true);
  });

  it('had no page errors along the way', () => {
    expect(s.app.errors).toEqual([]);
  });
});
