import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTRA_ROW_NAME, OFFICIAL_FORM, OFFICIAL_FORM_EXTRA_ROW } from '../fixtures/make-official-form';
import { cli, screenshot, appSession, initDb } from './harness';

/**
 * Issue 11 at the clerk's desk, in order on one database: the provincial official form (legend row,
 * a row that is no unit), a correction by hand that a re-import must not revert unseen, and targets that
 * are refused rather than changed when the app cannot read them.
 */
describe('at the clerk’s desk', () => {
  const s = appSession('desk.db', (db) => {
    initDb(db);
  });
  const { db } = s;
  let page: Page;

  beforeAll(() => {
    page = s.page;
  });

  const go = (section: string) => page.getByTestId(`nav-${section}`).click();
  const values = () =>
    JSON.parse(cli('values', '--db', db, '--period', '2024-03', '--json').stdout) as {
      rows: Record<string, number | string | null>[];
    };
  const row = (unit: string) => values().rows.find((r) => r.unit === unit)!;

  /** Accepts warnings if any, commits, and waits for the preview to close (it does on success). */
  const commit = async () => {
    const accept = page.getByTestId('import-accept-warnings');
    if (await accept.isVisible()) await accept.check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 60_000 });
  };

  it('imports the official form: the legend row is no unit, and a row the clerk says is no unit is passed over', async () => {
    await go('nhap-du-lieu');
    await page.getByTestId('import-file-input').setInputFiles([OFFICIAL_FORM_EXTRA_ROW]);
    const box = page.getByTestId('unit-choices');
    await box.waitFor({ timeout: 60_000 });
    // Only the real stray row is asked about: nothing named "(2)".
    expect(await box.textContent()).toContain('Có 1 tên đơn vị chưa nhận ra');
    expect(await box.textContent()).toContain(EXTRA_ROW_NAME);
    await page.getByTestId('unit-choice-0').click();
    await page.keyboard.type('khong phai');
    const skip = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Không phải đơn vị – bỏ qua dòng này' });
    await skip.waitFor();
    await screenshot(page, 'desk-01-khong-phai-don-vi');
    await skip.click();
    await box.waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('tab', { name: /^Giá trị \(68\)$/, selected: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('import-commit').isEnabled()).toBe(true);
    await commit();
    // Focus follows the work: on what the commit did, not on the page body.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null))
      .toBe('import-done');
    const chuSe = row('633');
    expect([chuSe.labor_force, chuSe.bhxh_compulsory, chuSe.bhxh_voluntary, chuSe.bhtn]).toEqual([
      70655, 4668, 1347, 3449,
    ]);
    expect(values().rows.filter((r) => r.level === 'district' && r.labor_force !== null)).toHaveLength(17);
  });

  it('a re-import flags the hand correction it would replace; the clerk keeps it, and its reason is in the history', async () => {
    await go('so-lieu');
    await page.getByTestId('cell-633-bhxh_compulsory').click();
    await page.getByTestId('value-edit-input').fill('4900');
    await page.getByTestId('value-edit-note').fill('Huyện gửi số đính chính');
    await page.getByTestId('value-edit-save').click();
    await page.getByTestId('value-edit-result').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('cell-633-bhxh_compulsory').textContent(), { timeout: 30_000 })
      .toBe('4.900');
    await page.keyboard.press('Escape');

    await go('nhap-du-lieu');
    await page.getByTestId('import-file-input').setInputFiles([OFFICIAL_FORM]);
    const flagged = page.getByTestId('hand-corrections');
    await flagged.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null))
      .toBe('import-preview');
    const text = await flagged.textContent();
    expect(text).toContain('Huyện Chư Sê');
    expect(text).toContain('4.900');
    expect(text).toContain('4.668');
    expect(text).toContain('Huyện gửi số đính chính');
    await page.getByTestId('import-accept-warnings').check();
    // Undecided, nothing can be written.
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-undecided').waitFor();
    await flagged.scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-02-so-da-sua-tay');
    await page
      .getByTestId('correction-633-bhxh_compulsory-2024-03')
      .getByText('Giữ số đã sửa', { exact: true })
      .click();
    await expect.poll(() => page.getByTestId('import-commit').isEnabled()).toBe(true);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 60_000 });
    expect(row('633').bhxh_compulsory).toBe(4900);

    await go('so-lieu');
    await page.getByTestId('cell-633-bhxh_compulsory').click();
    const note = page.getByTestId('cell-history-note').first();
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toContain('Lý do: Huyện gửi số đính chính');
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('cell-history').waitFor({ state: 'detached', timeout: 30_000 });

    // The province's figure is the districts' sum: shown, not offered for typing over.
    await page.getByTestId('cell-64-bhxh_compulsory').click();
    await page.getByTestId('value-edit-summed').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('value-edit-input').count()).toBe(0);
    await screenshot(page, 'desk-05-tong-tinh-khong-sua-tay');
    // Focus stayed on the table cell: the drawer is closed by its own button.
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('value-edit-summed').waitFor({ state: 'detached', timeout: 30_000 });

    await go('nhap-du-lieu');
    await page.getByRole('tab', { name: /^Các lần nhập/ }).click();
    const history = page.getByTestId('import-history');
    await history.getByText('Tháng 3/2024').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'desk-06-cac-lan-nhap-co-ky');
  });

  it('refuses a target it cannot read exactly, next to the cell, keeps the stored one and confirms each save', async () => {
    await go('chi-tieu');
    const cell = page.getByTestId('target-622-bhxh_coverage');
    await cell.waitFor({ timeout: 30_000 });
    await cell.fill('15,5');
    await cell.press('Enter');
    const saved = page.getByTestId('target-622-bhxh_coverage-saved');
    await expect.poll(() => saved.textContent(), { timeout: 30_000 }).toBe('Đã lưu: 15,50%.');
    await expect.poll(() => row('622').bhxh_coverage_target).toBe(15.5);

    for (const [typed, message] of [
      ['1583', /từ 0 đến 100%/],
      ['150', /từ 0 đến 100%/],
      ['abc', /“abc” không phải là một tỷ lệ/],
    ] as const) {
      const target = page.getByTestId('target-622-bhxh_coverage');
      await target.fill(typed);
      await target.press('Enter');
      const error = page.getByTestId('target-622-bhxh_coverage-error');
      await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(message);
      if (typed === '1583') await screenshot(page, 'desk-03-chi-tieu-bi-tu-choi');
    }
    expect(row('622').bhxh_coverage_target).toBe(15.5);

    await page.reload();
    await go('chi-tieu');
    await expect
      .poll(() => page.getByTestId('target-622-bhxh_coverage').inputValue(), { timeout: 30_000 })
      .toBe('15,5');
    expect(s.app.errors).toEqual([]);
  });

  it('keeps the unit dialog’s Lưu button on screen at 768 px', async () => {
    await go('don-vi');
    await page.getByTestId('unit-add').click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await dialog.waitFor();
    const save = dialog.getByTestId('unit-save');
    await save.waitFor();
    const box = await save.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    await screenshot(page, 'desk-04-them-don-vi');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(s.app.errors).toEqual([]);
  });
});
