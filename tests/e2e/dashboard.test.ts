import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { districtBatch } from '../helpers/district-files';
import { SAMPLE_FIGURES } from './sample-figures';
import { cli, screenshot, setTarget, appSession, initDb } from './harness';
import { formatCount } from '../../shared/format/vi';

/** Compulsory participants moved by this much in February (fewer) and June (more) than in March. */
const FEB = -300;
const JUN = 400;
const withCompulsory = (delta: number) => (_code: string, f: readonly number[]) => [
  f[0]!,
  f[1]! + delta,
  f[2]!,
  f[3]!,
];

/** June's coverage of a district, from the figures imported. */
const juneCoverage = (code: string) => {
  const [lf, bb, tn] = SAMPLE_FIGURES[code]!;
  return ((bb + JUN + tn) / lf) * 100;
};

/**
 * Issue 11, items 5 and 6, on a real database: figures for February, March and June 2024 (April and May
 * carried from March), district targets for Pleiku and Ia Pa only, plan 156 with no 2024 target.
 */
describe('Tổng quan against plan 156', () => {
  const s = appSession(
    'dash.db',
    async (db, folder) => {
      initDb(db);
      for (const [month, delta] of [
        ['2024-02', FEB],
        ['2024-03', 0],
        ['2024-06', JUN],
      ] as const) {
        const files = (await districtBatch(month, withCompulsory(delta))).map((f) => {
          const path = join(folder, f.name);
          writeFileSync(path, f.data);
          return path;
        });
        const imp = cli('import', ...files, '--db', db);
        expect(imp.code, imp.stderr).toBe(0);
      }
      expect(setTarget(db, '622', 'bhxh_coverage', '2024', '30').code).toBe(0);
      expect(setTarget(db, '635', 'bhxh_coverage', '2024', '10').code).toBe(0);
    },
    240_000,
  );
  let page: Page;

  beforeAll(() => {
    page = s.page;
  });

  it('compares June with March by name, draws April and May hollow, ranks and colours districts, and measures the way to 2025', async () => {
    // The comparison line comes from the June report only: it is the state this test means.
    const change = page.getByTestId('province-bhxh-change');
    await change.waitFor({ timeout: 60_000 });
    expect(await change.textContent()).toMatch(/^So với tháng 3\/2024: tăng \d+,\d\d điểm %$/);
    expect(await page.locator('body').textContent()).not.toContain('so với tháng trước');

    // Trend: Feb, Mar, Jun measured; Apr and May carried from March, hollow.
    const dots = page.locator('[data-testid="trend-chart"] circle.trend-dot-bhxh');
    await expect.poll(() => dots.count(), { timeout: 30_000 }).toBe(5);
    const drawn = await dots.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-month'), e.getAttribute('data-carried'), e.getAttribute('fill')]),
    );
    expect(drawn).toEqual([
      ['2024-02', 'false', '#1677ff'],
      ['2024-03', 'false', '#1677ff'],
      ['2024-04', 'true', '#fff'],
      ['2024-05', 'true', '#fff'],
      ['2024-06', 'false', '#1677ff'],
    ]);
    await page.getByTestId('trend-carried-legend').waitFor();

    // Districts: highest June coverage first, coloured by status against their own target.
    const bars = page.locator('[data-testid="district-chart-bhxh"] rect.district-bar');
    await expect.poll(() => bars.count(), { timeout: 30_000 }).toBe(17);
    const order = await bars.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-unit'), e.getAttribute('data-status'), e.getAttribute('fill')]),
    );
    const expected = Object.keys(SAMPLE_FIGURES).sort((a, b) => juneCoverage(b) - juneCoverage(a));
    expect(order.map((o) => o[0])).toEqual(expected);
    const status = Object.fromEntries(order.map((o) => [o[0], o[1]]));
    expect(status['622']).toBe('met'); // Pleiku ≈ 34% against 30%
    // Ia Pa ≈ 6% against 10%: in June judged by its pace, as the report's summary says ("chậm tiến độ").
    expect(status['635']).toBe('behind');
    expect(await page.getByTestId('progress-summary').allTextContents()).toContainEqual(
      expect.stringContaining('1 đơn vị chậm tiến độ'),
    );
    expect(Object.values(status).filter((s) => s === 'no_target')).toHaveLength(15);
    const fills = new Set(order.map((o) => o[2]));
    expect(fills.size).toBe(3);
    // The bars' x positions run left to right in the order checked above.
    const xs = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const chart = page.getByTestId('district-chart-bhxh');
    expect(await chart.locator('.province-line line').count()).toBe(1);
    expect(await chart.locator('.province-target-line line').count()).toBe(1);
    const legend = await page.getByTestId('district-legend-bhxh').textContent();
    expect(legend).toContain('Chỉ tiêu toàn tỉnh năm 2025: 16,83%');
    expect(legend).toContain('Chậm tiến độ');

    // No 2024 target for the province: the distance to plan 156's 2025 target instead of a grey badge.
    let lf = 0;
    let part = 0;
    for (const [a, b, c] of Object.values(SAMPLE_FIGURES)) {
      lf += a;
      part += b + JUN + c;
    }
    const needed = Math.ceil(0.1683 * lf - 1e-9) - part;
    const next = await page.getByTestId('province-bhxh-next').textContent();
    expect(next).toContain(`Đến chỉ tiêu năm 2025 (16,83%): cần thêm ${formatCount(needed)} người`);
    expect(next).toContain(`bình quân ${formatCount(Math.round(needed / 18))} người/tháng trong 18 tháng`);
    expect(await page.getByTestId('province-bhxh-status').textContent()).toMatch(
      /^(Đúng|Chậm) tiến độ \(chỉ tiêu 2025\)$/,
    );
    await screenshot(page, 'dashboard-plan-156');
    await page.getByTestId('trend-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-plan-156-trend');
    expect(s.app.errors).toEqual([]);
  }, 180_000);
});
