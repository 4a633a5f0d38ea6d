import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seedSample, appSession } from './harness';
import { previewText, watchRenders, type RenderAnswers } from './preview-pdf';

/** Issue 9: the preview in Báo cáo is the document itself, the PDF as it will print. */
describe('the Báo cáo preview in the browser', () => {
  const s = appSession('preview.db', (db) => {
    seedSample(db);
  });
  let page: Page;
  let renders: RenderAnswers;

  beforeAll(async () => {
    page = s.page;
    await page.getByTestId('province-bhxh-coverage').waitFor({ timeout: 60_000 });
    renders = watchRenders(page);
    await page.getByTestId('nav-bao-cao').click();
  });

  it('shows the progress report PDF in a frame the page’s CSP lets load', async () => {
    const parts = ['"kind":"progress"', '"period":"2024-03"'];
    const { url, text, data } = await previewText(page, renders, parts, s.dir, 'xem-truoc');
    expect(url).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    // Blocked by a CSP, the frame would hold an error page, not the PDF's URL.
    await expect.poll(() => page.frames().some((f) => f.url() === url), { timeout: 30_000 }).toBe(true);
    const box = await page.getByTestId('report-preview-pdf').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(300);
    expect(Buffer.from(data.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(text).toContain('BẢO HIỂM XÃ HỘI TỈNH GIA LAI');
    expect(text).toContain('Thành phố Pleiku');
    await screenshot(page, 'preview-01-bao-cao-pdf');
    expect(s.app.errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });

  it('lets the clerk type into the unit picker while the new PDF loads', async () => {
    await page.getByTestId('report-kind').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText('Diễn biến theo tháng của một đơn vị')
      .click();
    // No wait for the province's trend to load: the clerk goes straight on to the unit.
    await page.getByTestId('report-unit').click();
    await page.keyboard.type('pleiku');
    await page.keyboard.press('Enter');
    const { text } = await previewText(page, renders, ['"kind":"trend"', '"unit":"622"'], s.dir, 'dien-bien');
    expect(text).toContain('Thành phố Pleiku');
  });

  it('shows the completeness report when it is chosen, not the one before', async () => {
    await page.getByTestId('report-kind').click();
    await page.locator('.ant-select-dropdown:visible').getByText('Tình hình gửi số liệu').click();
    const { text } = await previewText(page, renders, ['"kind":"completeness"'], s.dir, 'tinh-hinh');
    expect(text).toContain('Huyện Chư Pưh');
    expect(text).toMatch(/năm 2024/i);
    expect(text).toContain('Tình hình gửi số liệu');
    await screenshot(page, 'preview-02-tinh-hinh-gui');
    expect(s.app.errors).toEqual([]);
  });
  it('shows the plan’s evaluation when it is chosen', async () => {
    await page.getByTestId('report-kind').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText('Đánh giá kết quả thực hiện kế hoạch')
      .click();
    const { text } = await previewText(page, renders, ['"kind":"evaluation"'], s.dir, 'danh-gia');
    expect(text).toMatch(/Kế hoạch số 156\/KH-UBND giai đoạn 2023–2025/i);
    await screenshot(page, 'preview-03-danh-gia-ke-hoach');
    expect(s.app.errors).toEqual([]);
  });
});
