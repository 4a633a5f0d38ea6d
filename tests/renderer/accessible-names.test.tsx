import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';

const trend = () => ({
  unit: '64',
  unitName: 'Tỉnh Gia Lai',
  fromMonth: '2024-01',
  toMonth: '2024-03',
  points: [1, 2, 3].map((m) => ({
    month: `2024-0${m}`,
    bhxhCoverage: 14 + m / 2,
    bhtnCoverage: 8 + m / 4,
    bhxhTarget: 16.83,
    bhtnTarget: null,
    carried: false,
  })),
  projectedYearEnd: { bhxh: 20, bhtn: 11 },
});

describe('names a screen reader gives', () => {
  it('names the dashboard charts', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'targets.list': () => [],
      'reports.trend': trend,
    });
    render(<App />);
    expect(
      await screen.findByRole('figure', { name: /^Tỷ lệ BHXH \(%\) của từng huyện so với chỉ tiêu$/ }),
    ).toBeTruthy();
    expect(await screen.findByRole('figure', { name: /^Tỷ lệ bao phủ BHXH, BHTN theo tháng/ })).toBeTruthy();
  });

  it('gives the unit search a name and no unnamed button', async () => {
    fakePlatform();
    fakeApi({ 'values.latestMonth': () => '2024-03', 'values.get': () => sampleValues() });
    render(<App initial="so-lieu" />);
    const search = await screen.findByRole('textbox', { name: 'Tìm đơn vị' });
    expect(search.getAttribute('placeholder')).toBe('Tìm đơn vị…');
    // Every button on the screen says what it does, in Vietnamese: its text or a label.
    const name = (b: Element) =>
      b.textContent?.trim() ||
      b.getAttribute('aria-label') ||
      b.getAttribute('title') ||
      b.querySelector('[aria-label]')?.getAttribute('aria-label');
    const unnamed = [...document.querySelectorAll('button')].filter(
      (b) => !name(b) || /^[a-z-]+$/.test(name(b)!),
    );
    expect(unnamed.map((b) => b.outerHTML.slice(0, 120))).toEqual([]);
  });
});
