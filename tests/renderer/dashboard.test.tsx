import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';

describe('Tổng quan', () => {
  it('shows the province coverage against the year target, people needed, districts met and late districts', async () => {
    fakePlatform();
    const api = fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'targets.list': () => [],
      'reports.trend': () => ({
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
      }),
    });
    render(<App />);
    const bhxh = await screen.findByTestId('province-bhxh-coverage');
    expect(bhxh.textContent).toBe('15,00%');
    expect(screen.getByTestId('province-bhxh-target').textContent).toBe('16,83%');
    expect(screen.getByTestId('province-bhxh-needed').textContent).toBe('3.660');
    expect(screen.getByTestId('province-bhtn-coverage').textContent).toBe('9,00%');
    expect(screen.getByTestId('province-bhtn-needed').textContent).toBe('0');
    expect(screen.getByTestId('districts-met-bhxh').textContent).toContain('1/2');
    expect(screen.getByTestId('districts-met-bhtn').textContent).toContain('1/2');
    const missing = screen.getByTestId('missing-districts');
    expect(missing.textContent).toContain('Huyện Ia Pa');
    expect(missing.textContent).toContain('Tháng 2/2024');
    expect(missing.textContent).not.toContain('Pleiku');
    await waitFor(() =>
      expect(api.of('reports.trend')).toEqual([{ unit: '64', from: '2024-01', to: '2024-03' }]),
    );
    expect(screen.getByTestId('projection').textContent).toMatch(/BHXH 20,00%, BHTN 11,00%/);
    expect(api.of('values.get')[0]).toEqual({ period: '2024-03' });
  });

  it('says when the year has no target, without inventing one, and points to the plan years that do', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues({ provinceTargets: false }),
      'targets.list': () => [
        {
          planId: 1,
          planNumber: '156/KH-UBND',
          unitCode: '64',
          indicator: 'bhxh_coverage',
          year: 2023,
          value: 14.83,
          kind: 'rate',
        },
        {
          planId: 1,
          planNumber: '156/KH-UBND',
          unitCode: '64',
          indicator: 'bhxh_coverage',
          year: 2025,
          value: 16.83,
          kind: 'rate',
        },
      ],
    });
    render(<App />);
    expect((await screen.findByTestId('province-bhxh-target')).textContent).toBe('chưa có');
    const hint = await screen.findByText(/năm 2023: 14,83%; năm 2025: 16,83%/);
    expect(hint.textContent).toContain('Kế hoạch 156/KH-UBND chưa có chỉ tiêu năm 2024');
    expect(screen.queryByTestId('province-bhxh-needed')).toBeNull();
  });

  it('invites an import when the database is empty', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => null,
      'values.get': () => ({ ...sampleValues(), rows: [] }),
      'targets.list': () => [],
    });
    render(<App />);
    expect(await screen.findByText('Chưa có số liệu nào.')).toBeTruthy();
  });
});
