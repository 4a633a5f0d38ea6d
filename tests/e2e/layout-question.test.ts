import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeMonthAndCumulative } from '../fixtures/make-layouts';
import { cli, screenshot, appSession, initDb } from './harness';

async function writeSheet(path: string, title: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  writeMonthAndCumulative(wb.addWorksheet('Số liệu'), title);
  await wb.xlsx.writeFile(path);
}

const compulsory = (db: string, period: string, unit: string) => {
  const r = cli('values', '--db', db, '--period', period, '--json');
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { rows: { unit: string; bhxh_compulsory: number | null }[] };
  return out.rows.find((x) => x.unit === unit)!.bhxh_compulsory;
};

/** Issue 11 item 10: two candidate columns for one indicator are asked about in the preview, never guessed. */
describe('the layout question in the browser', () => {
  const s = appSession('layout.db', async (db) => {
    await writeSheet(june, 'BÁO CÁO THÁNG 6/2024');
    initDb(db);
  });
  const { db } = s;
  let page: Page;
  const june = join(s.dir, 'luy-ke-2024-06.xlsx');

  beforeAll(async () => {
    page = s.page;
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows what it chose and the alternative with a figure each; commit waits for the answer; the kept proposal is stored', async () => {
    await page.getByTestId('nav-nhap-du-lieu').click();
    await page.getByTestId('import-file-input').setInputFiles([june]);
    const box = page.getByTestId('layout-questions');
    await box.waitFor({ timeout: 60_000 });
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Cột nào là “Số người tham gia BHXH bắt buộc”?');
    expect(text).toContain('Cột E: Số người tham gia BHXH bắt buộc Lũy kế — ví dụ 46.669 ở ô E5');
    expect(text).toContain('Cột D: Số người tham gia BHXH bắt buộc Trong tháng — ví dụ 30 ở ô D5');
    // The proposal is the checked option, the button says why it is disabled.
    expect(await box.getByRole('radio', { name: /^Cột E:/ }).isChecked()).toBe(true);
    expect(await box.getByRole('radio', { name: /^Cột D:/ }).isChecked()).toBe(false);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-blocked').textContent()).toContain('hãy trả lời 1 câu hỏi');
    // Above the grid, in the first screenful.
    const top = await box.boundingBox();
    expect(top!.y).toBeLessThan(768);
    await screenshot(page, 'layout-question-01-hoi');
    // The mapping table marks both candidate columns as a guess, saying what the other one may be.
    await page.getByRole('tab', { name: /^Nhận diện/ }).click();
    const guesses = page.getByText('Đoán – cần xác nhận');
    await expect.poll(() => guesses.count(), { timeout: 30_000 }).toBe(2);
    await page
      .getByText('chưa chắc: có thể đây mới là cột cần nhập, xem câu hỏi ở trên')
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'layout-question-01b-nhan-dien');

    await page.getByTestId('layout-keep-0').click();
    await box.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => page.getByTestId('import-commit').isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'layout-question-02-da-tra-loi');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 60_000 });
    expect(compulsory(db, '2024-06', '622')).toBe(46669);
    expect(compulsory(db, '2024-06', '635')).toBe(1286);
    expect(s.app.errors).toEqual([]);
  });

  it("next month's file of the same layout asks nothing: the answer was remembered", async () => {
    // The header, not the title, makes the layout: July's file has the same one.
    const july = join(s.dir, 'luy-ke-2024-07.xlsx');
    await writeSheet(july, 'BÁO CÁO THÁNG 7/2024');
    const r = cli('import', july, '--db', db, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(compulsory(db, '2024-07', '622')).toBe(46669);
  });
});
