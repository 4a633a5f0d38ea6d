import { beforeAll, describe, expect, it } from 'vitest';
import { setTarget, screenshot, seedSample, appSession } from './harness';

const SECTIONS = [
  ['tong-quan', 'Tổng quan'],
  ['so-lieu', 'Số liệu'],
  ['nhap-du-lieu', 'Nhập dữ liệu'],
  ['chi-tieu', 'Chỉ tiêu'],
  ['bao-cao', 'Báo cáo'],
  ['don-vi', 'Đơn vị'],
  ['cai-dat', 'Cài đặt'],
] as const;

/** Every screen at 1366×768 on a filled database: renders, fits the width, no page errors; keyboard reach. */
describe('every screen', () => {
  const s = appSession('screens.db', (db) => {
    seedSample(db);
    setTarget(db, '64', 'bhxh_coverage', '2024', '15.83');
  });

  beforeAll(async () => {
    await s.app.page.getByTestId('province-bhxh-coverage').waitFor();
  });

  for (const [key, title] of SECTIONS) {
    it(`${title}: opens, fits 1366 px, no errors`, async () => {
      const { page } = s.app;
      await page.getByTestId(`nav-${key}`).click();
      await page.getByRole('heading', { name: title, exact: true }).first().waitFor();
      // Let data arrive and skeletons go.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await screenshot(page, `screen-${SECTIONS.findIndex(([k]) => k === key) + 1}-${key}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scroll of the whole page').toBeLessThanOrEqual(0);
      expect(s.app.errors).toEqual([]);
    });
  }

  it('can be used by keyboard: Tab reaches the section menu, arrows move, Enter opens, focus is visible', async () => {
    const { page } = s.app;
    await page.goto(s.server.url.replace(/#.*/, ''));
    await page.getByTestId('province-bhxh-coverage').waitFor();
    // Let the dashboard settle (its report, then its lazily loaded charts) before the keys: a screen still
    // rendering under the keyboard can take the key presses meant for the menu on a slow machine.
    await page.getByTestId('progress-summary').first().waitFor();
    await page.getByTestId('district-chart-bhxh').waitFor();
    await page.getByTestId('trend-chart').waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return {
        role: el.getAttribute('role'),
        text: el.textContent ?? '',
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      };
    });
    // The section menu is the first stop; the app never hides focus.
    expect(first.role).toBe('menu');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          role: el.getAttribute('role'),
          text: el.textContent ?? '',
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
          shadow: s.boxShadow,
        };
      });
    let active = await focused();
    // The first arrow enters the menu on its current item, the next ones move down.
    // The menu moves focus on the next animation frame: wait for it to land before the next key.
    for (let i = 0; i < 3 && !(active.role === 'menuitem' && active.text === 'Số liệu'); i++) {
      const before = `${active.role}|${active.text}`;
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(async () => {
          active = await focused();
          return `${active.role}|${active.text}`;
        })
        .not.toBe(before);
    }
    expect(active).toMatchObject({ role: 'menuitem', text: 'Số liệu' });
    expect(active.outline || active.shadow !== 'none', JSON.stringify(active)).toBe(true);
    await screenshot(page, 'keyboard-focus-menu');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Số liệu', exact: true }).first().waitFor();
    // Tab moves on into the screen's own controls.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    expect(s.app.errors).toEqual([]);
  });
});
