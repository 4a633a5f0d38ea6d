import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import { coverageSummary, districtBars } from '../../renderer/src/screens/Dashboard/dashboard-model';
import type { ValuesResult, ValuesRow } from '../../shared/api/types';

/** The sample month under a later plan that sets the province's BHXH participants, not a rate. */
function headcountValues(): ValuesResult {
  const v = sampleValues();
  const plan = { ...v.plan!, id: 2, number: '99/KH-UBND', yearFrom: 2024, yearTo: 2024 };
  const target = { planId: 2, planNumber: plan.number, unitCode: '64', year: 2024 };
  return {
    ...v,
    plan,
    rows: v.rows.map((r): ValuesRow =>
      r.level === 'province'
        ? {
            ...r,
            targets: {
              bhxh_participants: {
                ...target,
                indicator: 'bhxh_participants',
                value: 150000,
                kind: 'count',
                fromDocument: true,
              },
              bhtn_coverage: {
                ...target,
                indicator: 'bhtn_coverage',
                value: 8.5,
                kind: 'rate',
                fromDocument: true,
              },
            },
          }
        : { ...r, targets: {} },
    ),
  };
}

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

  it('compares participants with a headcount target in people, never as a rate', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => headcountValues(),
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
          bhxhTarget: null,
          bhtnTarget: 8.5,
          carried: false,
        })),
        projectedYearEnd: { bhxh: 20, bhtn: 11 },
      }),
    });
    render(<App />);
    // Province: 30.000 participants of 200.000 (15%) against 150.000 people.
    expect((await screen.findByTestId('province-bhxh-participants')).textContent).toBe('30.000 người');
    expect(screen.getByTestId('province-bhxh-coverage').textContent).toBe('15,00%');
    expect(screen.getByTestId('province-bhxh-target').textContent).toBe('150.000 người');
    expect(screen.getByTestId('province-bhxh-gap').textContent).toContain('-120.000 người');
    expect(screen.getByTestId('province-bhxh-needed').textContent).toBe('120.000');
    expect(screen.getByTestId('province-bhxh-status').textContent).toBe('Chưa đạt');
    expect(screen.getByText('Số người tham gia BHXH toàn tỉnh')).toBeTruthy();
    expect(screen.getByText('20,00%')).toBeTruthy(); // share reached, on the bar
    expect(screen.getByTestId('province-bhxh-target').parentElement!.textContent).toContain(
      '150.000 người (KH 99/KH-UBND)',
    );
    // BHTN keeps its rate target.
    expect(screen.getByTestId('province-bhtn-coverage').textContent).toBe('9,00%');
    expect(screen.getByTestId('province-bhtn-target').textContent).toBe('8,50%');
    expect(screen.getByTestId('province-bhtn-status').textContent).toBe('Đạt');
    expect(screen.queryByTestId('province-bhtn-participants')).toBeNull();
  });

  it('keeps a headcount out of the rate charts and counts districts with a headcount target', () => {
    const v = headcountValues();
    const pleiku = v.rows.find((r) => r.unit === '622')!;
    pleiku.targets = {
      bhxh_participants: {
        planId: 2,
        planNumber: '99/KH-UBND',
        unitCode: '622',
        indicator: 'bhxh_participants',
        year: 2024,
        value: 25000,
        kind: 'count',
        fromDocument: true,
      },
    };
    const s = coverageSummary(v, 'bhxh_coverage')!;
    expect(s.kind).toBe('count');
    expect(s.progress).toMatchObject({
      actual: 30000,
      target: 150000,
      peopleNeeded: 120000,
      status: 'not_met',
    });
    expect(s.progress.shareReached).toBeCloseTo(20, 9);
    // Pleiku: 27.000 participants against 25.000 people.
    expect(s).toMatchObject({ districtsWithTarget: 1, districtsMet: 1 });
    const bar = districtBars(v).find((b) => b.unit === '622')!;
    expect(bar.bhxh).toBeCloseTo(18, 9);
    expect(bar.bhxhTarget).toBeNull();
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
