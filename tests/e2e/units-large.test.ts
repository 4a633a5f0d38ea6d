import { beforeAll, describe, expect, it } from 'vitest';
import { cli, screenshot, appSession, initDb } from './harness';

/**
 * Đơn vị with the shipped old catalogue (the old communes of both provinces, old Bình Định): it must open
 * without drawing every row, and an old commune is still found by search and edited.
 */
describe('Đơn vị with the old catalogue', () => {
  const s = appSession('units-large.db', (db) => {
    initDb(db);
    const shipped = cli('units', 'import', '--shipped', '--db', db);
    if (shipped.code !== 0) throw new Error(`units import --shipped failed: ${shipped.stderr}`);
  });

  beforeAll(async () => {
    await s.app.page.getByTestId('nav-don-vi').waitFor();
  });

  it('opens with the districts shown and the communes folded away', async () => {
    const { page } = s.app;
    const started = Date.now();
    await page.getByTestId('nav-don-vi').click();
    // A district row: the top levels are what the screen opens on.
    await page.getByTestId('unit-edit-625').waitFor();
    const ms = Date.now() - started;
    const rows = await page.getByTestId('units-table').locator('.ant-table-row').count();
    // Logged, not asserted: the time depends on the machine's load.
    console.log(`Đơn vị with the old catalogue: rows visible after ${ms} ms, ${rows} table rows in the DOM`);
    expect(rows).toBeGreaterThan(0);
    // Kbang's old communes (Xã Kon Pne, 23641, a code no new commune took) wait until the clerk unfolds it.
    expect(await page.getByTestId('unit-edit-23641').count()).toBe(0);
    await screenshot(page, 'units-large-1-mo');
    expect(s.app.errors).toEqual([]);
  });

  it('finds an old commune by search, with its district and province unfolded, and opens its form', async () => {
    const { page } = s.app;
    // Typed without its marks, as a clerk often does.
    await page.getByTestId('units-search').fill('kon pne');
    const edit = page.getByTestId('unit-edit-23641');
    await edit.waitFor();
    const table = page.getByTestId('units-table');
    // Only the match and its parents are left: old Tỉnh Gia Lai, Huyện Kbang, Xã Kon Pne.
    await expect.poll(() => table.locator('.ant-table-row').count()).toBe(3);
    expect(await table.getByText('Huyện Kbang', { exact: true }).count()).toBe(1);
    expect(await table.getByText('Tỉnh Gia Lai', { exact: true }).count()).toBe(1);
    await screenshot(page, 'units-large-2-tim');
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Sửa đơn vị Xã Kon Pne' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('unit-name').inputValue()).toBe('Xã Kon Pne');
    await screenshot(page, 'units-large-3-sua');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(s.app.errors).toEqual([]);
  });

  it('clearing the search folds the communes away again', async () => {
    const { page } = s.app;
    await page.getByTestId('units-search').fill('');
    // The commune the search showed goes, and a province's other district comes back.
    await page.getByTestId('unit-edit-23641').waitFor({ state: 'detached' });
    await page.getByTestId('unit-edit-622').waitFor();
    expect(s.app.errors).toEqual([]);
  });

  it('by keyboard: Enter on a district’s unfold button shows its communes', async () => {
    const { page } = s.app;
    const kbang = page.getByTestId('units-table').locator('.ant-table-row', {
      has: page.getByTestId('unit-edit-625'),
    });
    const unfold = kbang.locator('button.ant-table-row-expand-icon');
    await unfold.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('unit-edit-23641').waitFor();
    expect(s.app.errors).toEqual([]);
  });
});
