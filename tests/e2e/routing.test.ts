import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, seedSample, type OpenedApp, appSession } from './harness';
import { previewReady } from './preview-pdf';

/**
 * Screens have addresses: the menu and the period picker write them, Back and a reload follow them, a
 * saved address opens its place in a new tab, and an address the app does not know opens Tổng quan.
 */
describe('addresses in the browser', () => {
  const s = appSession('routing.db', (db) => {
    seedSample(db);
  });
  let page: Page;
  let origin: string;
  const opened: OpenedApp[] = [];

  beforeAll(() => {
    page = s.page;
    origin = new URL(s.server.url).origin;
  });

  const hash = (p: Page = page) => p.evaluate(() => window.location.hash);
  /** The app's own <main> names the open screen (antd's layout has a <main> of its own, unnamed). */
  const screenIs = (p: Page, name: string) => p.locator(`main[aria-label="${name}"]`).waitFor();
  /** Số liệu showing `label`'s figures: its table and its subtitle, both drawn by this screen. */
  const valuesShow = async (p: Page, label: string) => {
    await screenIs(p, 'Số liệu');
    await p.getByTestId('values-table').waitFor();
    await p.getByText(`${label} · số liệu đến hết tháng 3/2024`).waitFor();
  };
  /** A fresh tab: nothing in its sessionStorage, so the address carries this run's secret as `npm run web` prints it. */
  const newTab = async (address: string) => {
    const tab = await openApp(
      s.browser,
      `${address}${address.includes('?') ? '&' : '?'}token=${s.server.token}`,
    );
    opened.push(tab);
    return tab.page;
  };

  it('the menu and the period picker write the address; a reload keeps screen and period', async () => {
    await page.getByTestId('province-bhxh-coverage').waitFor();
    await screenIs(page, 'Tổng quan');
    // The printed address's secret is gone; the screen is named, the period follows the latest month.
    expect(await hash()).toBe('#/tong-quan');

    await page.getByTestId('nav-so-lieu').click();
    await valuesShow(page, 'Tháng 3/2024');
    expect(await hash()).toBe('#/so-lieu');

    await page.getByTestId('period-picker-kind').getByText('Quý', { exact: true }).click();
    await valuesShow(page, 'Quý I/2024');
    expect(await hash()).toBe('#/so-lieu?ky=2024-Q1');

    await page.reload();
    await valuesShow(page, 'Quý I/2024');
    expect(await hash()).toBe('#/so-lieu?ky=2024-Q1');
    await screenshot(page, 'routing-1-reloaded-so-lieu-quy');
    expect(s.app.errors).toEqual([]);
  });

  it('Back returns to the previous screen with its period, Forward goes again', async () => {
    await page.getByTestId('nav-bao-cao').click();
    await screenIs(page, 'Báo cáo');
    await previewReady(page, ['"kind":"progress"', '"period":"2024-Q1"']);
    expect(await hash()).toBe('#/bao-cao?ky=2024-Q1');

    await page.goBack();
    await valuesShow(page, 'Quý I/2024');
    expect(await hash()).toBe('#/so-lieu?ky=2024-Q1');

    // Back again: the period before the clerk chose one, on the same screen.
    await page.goBack();
    await valuesShow(page, 'Tháng 3/2024');
    expect(await hash()).toBe('#/so-lieu');

    await page.goForward();
    await valuesShow(page, 'Quý I/2024');
    await page.goForward();
    await screenIs(page, 'Báo cáo');
    await previewReady(page, ['"kind":"progress"', '"period":"2024-Q1"']);
    expect(s.app.errors).toEqual([]);
  });

  it('a saved address opens its place in a new tab: report kind, unit and period', async () => {
    const tab = await newTab(`${origin}/#/bao-cao?ky=2024-Q1&loai=dien-bien&don-vi=622`);
    await screenIs(tab, 'Báo cáo');
    await previewReady(tab, ['"kind":"trend"', '"period":"2024-Q1"', '"unit":"622"']);
    await tab.getByTestId('report-unit').getByText('Thành phố Pleiku', { exact: true }).waitFor();
    await tab.getByTestId('report-kind').getByText('Diễn biến theo tháng của một đơn vị').waitFor();
    // The secret went to the tab's storage; the address bar keeps only the place.
    expect(await hash(tab)).toBe('#/bao-cao?ky=2024-Q1&loai=dien-bien&don-vi=622');
    await screenshot(tab, 'routing-2-bookmark-dien-bien');

    // The open cell of Số liệu is a place too.
    const cell = await newTab(`${origin}/#/so-lieu?ky=2024-03&don-vi=622&chi-so=bhxh_compulsory`);
    await valuesShow(cell, 'Tháng 3/2024');
    await cell.getByTestId('cell-history').waitFor();
    await cell.getByText('Thành phố Pleiku – ', { exact: false }).first().waitFor();
    await screenshot(cell, 'routing-3-bookmark-o-so-lieu');
    for (const t of opened) expect(t.errors).toEqual([]);
  });

  it('an address the app does not know opens Tổng quan, never a blank page', async () => {
    // In the open tab: only the fragment changes, the app follows it.
    await page.goto(`${origin}/#/khong-co-man-hinh-nay?ky=2024-99`);
    await screenIs(page, 'Tổng quan');
    await page.getByTestId('province-bhxh-coverage').waitFor();
    expect(await hash()).toBe('#/tong-quan');

    // In a new tab, from nothing.
    const tab = await newTab(`${origin}/#%%%/??ky=<b>&loai=`);
    await screenIs(tab, 'Tổng quan');
    await tab.getByTestId('province-bhxh-coverage').waitFor();
    expect(await hash(tab)).toBe('#/tong-quan');
    await screenshot(tab, 'routing-4-garbage-tong-quan');
    expect(s.app.errors).toEqual([]);
    for (const t of opened) expect(t.errors).toEqual([]);
  });
});
