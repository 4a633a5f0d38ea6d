import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import {
  coverageSummary,
  districtBars,
  nextTarget,
  provinceLine,
  provinceRow,
  sortedBars,
  trendRows,
} from '../../renderer/src/screens/Dashboard/dashboard-model';
import type { CoverageProgress, ProgressReportModel } from '../../shared/reports/model';
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
    // The trend's answer is drawn after the call is made: wait for the line itself, not for the call.
    const projection = await screen.findByTestId('projection', {}, { timeout: 10_000 });
    expect(projection.textContent).toMatch(/BHXH 20,00%, BHTN 11,00%/);
    expect(api.of('dashboard.get')[0]).toEqual({ period: '2024-03' });
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

/** The signed report's model as the dashboard reads it: the province's two coverages and the comparison month. */
function progressModel(
  month: string,
  bhxh: Partial<CoverageProgress>,
  bhtn: Partial<CoverageProgress>,
  comparedWith: ProgressReportModel['comparedWith'],
): ProgressReportModel {
  const cov = (over: Partial<CoverageProgress>): CoverageProgress => ({
    actual: null,
    target: null,
    gap: null,
    shareReached: null,
    peopleNeeded: null,
    status: 'no_target',
    targetKind: 'rate',
    previousMonth: null,
    sameMonthLastYear: null,
    changeSincePreviousMonth: null,
    changeSinceLastYear: null,
    projectedYearEnd: null,
    peopleChangeSinceLastYear: null,
    targetDocument: null,
    pace: { required: null, achieved: null, monthsLeft: 12 - Number(month.slice(5)), verdict: 'no_target' },
    ...over,
  });
  return {
    period: month,
    month,
    dataMonth: month,
    comparedWith,
    summary: [],
    province: {
      unit: '64',
      name: 'Tỉnh Gia Lai',
      bhxh: cov(bhxh),
      bhtnCoverage: cov(bhtn),
      carriedFrom: null,
    },
  } as unknown as ProgressReportModel;
}

function monthValues(month: string, opts: { provinceTargets?: boolean } = {}): ValuesResult {
  return { ...sampleValues(opts), period: month, month };
}

const plan156 = (indicator: string, year: number, value: number) => ({
  planId: 1,
  planNumber: '156/KH-UBND',
  unitCode: '64',
  indicator,
  year,
  value,
  kind: 'rate' as const,
});

/** WCAG contrast of an `rgb(r, g, b)` text colour on white. */
function contrastOnWhite(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .map((x) => {
      const c = Number(x) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}

describe('Tổng quan reads the signed report (issue 11, items 5 and 6)', () => {
  it('in June judges the pace as the report does, and compares with the last month that has figures, naming it', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-06',
      'values.get': () => monthValues('2024-06'),
      'targets.list': () => [],
      'reports.progress': () =>
        progressModel(
          '2024-06',
          {
            status: 'not_met',
            changeSincePreviousMonth: 0.37,
            pace: { required: 610, achieved: 800.4, monthsLeft: 6, verdict: 'on_track' },
          },
          {
            status: 'met',
            changeSincePreviousMonth: -0.2,
            pace: { required: null, achieved: 90, monthsLeft: 6, verdict: 'met' },
          },
          { month: '2024-03', label: 'tháng 3/2024' },
        ),
    });
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('province-bhxh-status').textContent).toBe('Đúng tiến độ'));
    expect(screen.getByTestId('province-bhxh-status').textContent).not.toContain('Chưa đạt');
    expect(screen.getByTestId('province-bhxh-pace').textContent).toBe(
      'Cần bình quân 610 người/tháng trong 6 tháng còn lại; đã đạt 800 người/tháng.',
    );
    expect(screen.getByTestId('province-bhxh-change').textContent).toBe(
      'So với tháng 3/2024: tăng 0,37 điểm %',
    );
    expect(screen.getByTestId('province-bhtn-change').textContent).toBe(
      'So với tháng 3/2024: giảm 0,20 điểm %',
    );
    expect(screen.getByTestId('province-bhtn-status').textContent).toBe('Đạt');
    expect(document.body.textContent).not.toContain('tháng trước');
  });

  it('says "Chậm tiến độ" when the pace falls short and "Chưa đạt" only in December', async () => {
    fakePlatform();
    const pace = (month: string, verdict: 'behind' | 'not_met') =>
      progressModel(
        month,
        { status: 'not_met', pace: { required: 900, achieved: 300, monthsLeft: 0, verdict } },
        {},
        null,
      );
    fakeApi({
      'values.latestMonth': () => '2024-06',
      'values.get': () => monthValues('2024-06'),
      'targets.list': () => [],
      'reports.progress': () => pace('2024-06', 'behind'),
    });
    const { unmount } = render(<App />);
    await waitFor(() => expect(screen.getByTestId('province-bhxh-status').textContent).toBe('Chậm tiến độ'));
    expect(screen.queryByTestId('province-bhxh-change')).toBeNull(); // nothing to compare with
    unmount();
    fakeApi({
      'values.latestMonth': () => '2024-12',
      'values.get': () => monthValues('2024-12'),
      'targets.list': () => [],
      'reports.progress': () => pace('2024-12', 'not_met'),
    });
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('province-bhxh-status').textContent).toBe('Chưa đạt'));
  });

  it('before a 2024 target exists shows the distance to the plan’s 2025 target: people, pace needed, pace achieved', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues({ provinceTargets: false }),
      'targets.list': () => [
        plan156('bhxh_coverage', 2023, 14.83),
        plan156('bhxh_coverage', 2025, 16.83),
        plan156('bhtn_coverage', 2025, 9.85),
      ],
      'reports.progress': () =>
        progressModel(
          '2024-03',
          { pace: { required: null, achieved: 500, monthsLeft: 9, verdict: 'no_target' } },
          { pace: { required: null, achieved: 50, monthsLeft: 9, verdict: 'no_target' } },
          null,
        ),
    });
    render(<App />);
    // 16,83% of 200.000 is 33.660 people; 30.000 now; 21 months to December 2025.
    const next = await screen.findByTestId('province-bhxh-next');
    expect(next.textContent).toBe(
      'Đến chỉ tiêu năm 2025 (16,83%): cần thêm 3.660 người, bình quân 174 người/tháng trong 21 tháng; đã đạt 500 người/tháng.',
    );
    expect(screen.getByTestId('province-bhxh-status').textContent).toBe('Đúng tiến độ (chỉ tiêu 2025)');
    // BHTN: 9,85% of 200.000 is 19.700; 18.000 now: 1.700 people, 81 a month, against 50.
    expect(screen.getByTestId('province-bhtn-next').textContent).toContain(
      'cần thêm 1.700 người, bình quân 81',
    );
    expect(screen.getByTestId('province-bhtn-status').textContent).toBe('Chậm tiến độ (chỉ tiêu 2025)');
    expect(screen.getByTestId('province-bhxh-target').textContent).toBe('chưa có');
  });

  it('keys the district chart in near-black text (at least 4.5:1) with statuses, the province and its target', async () => {
    fakePlatform();
    fakeApi({
      'values.latestMonth': () => '2024-03',
      'values.get': () => sampleValues(),
      'targets.list': () => [],
    });
    render(<App />);
    const legend = await screen.findByTestId('district-legend-bhxh');
    const items = [...legend.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Đạt chỉ tiêu của huyện',
      'Chưa đạt chỉ tiêu của huyện',
      'Chỉ tiêu của huyện',
      'Toàn tỉnh: 15,00%',
      'Chỉ tiêu toàn tỉnh năm 2024: 16,83%',
    ]);
    for (const span of legend.querySelectorAll('span'))
      expect(contrastOnWhite(getComputedStyle(span).color)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('dashboard model', () => {
  it('sorts districts by coverage, highest first, and gives each its status against its own target', () => {
    const bars = sortedBars(districtBars(sampleValues()), 'bhxh');
    // Pleiku 18% against 17%; Ia Pa 6% against 7%.
    expect(bars.map((b) => [b.unit, b.bhxhStatus])).toEqual([
      ['622', 'met'],
      ['635', 'not_met'],
    ]);
    const reversed = sortedBars([...districtBars(sampleValues())].reverse(), 'bhxh');
    expect(reversed.map((b) => b.unit)).toEqual(['622', '635']);
    const withEmpty = sortedBars(
      [{ ...bars[1]!, unit: 'x', bhxh: null, bhxhStatus: 'no_data' }, ...bars],
      'bhxh',
    );
    expect(withEmpty.map((b) => b.unit)).toEqual(['622', '635', 'x']);
    // Before December a district is coloured by the report's pace verdict, as the report judges it.
    const report = progressModel('2024-03', {}, {}, null);
    report.districts = [
      {
        ...report.province,
        unit: '635',
        bhxh: {
          ...report.province.bhxh,
          pace: { required: 90, achieved: 40, monthsLeft: 9, verdict: 'behind' },
        },
      },
    ];
    const judged = districtBars(sampleValues(), report);
    expect(judged.map((b) => [b.unit, b.bhxhStatus, b.bhtnStatus])).toEqual([
      ['622', 'met', 'met'],
      ['635', 'behind', 'no_target'],
    ]);
    expect(provinceLine(provinceRow(sampleValues())!, 'bhtn', 2024)).toEqual({
      value: 9,
      target: 8.5,
      targetYear: 2024,
    });
    // No 2024 target: the plan's next one is drawn, with its year.
    const bare = provinceRow(sampleValues({ provinceTargets: false }))!;
    const next = nextTarget({
      month: '2024-03',
      targets: [{ year: 2025, value: 16.83, kind: 'rate' }],
      laborForce: 200000,
      participants: 30000,
      coverage: 15,
      achieved: null,
    });
    expect(provinceLine(bare, 'bhxh', 2024, next)).toEqual({ value: 15, target: 16.83, targetYear: 2025 });
    expect(provinceLine(bare, 'bhxh', 2024, null)).toEqual({ value: 15, target: null, targetYear: 2024 });
  });

  it('marks carried months in the trend and keeps them out of the projection line', () => {
    const point = (m: number, carried: boolean) => ({
      month: `2024-0${m}`,
      bhxhCoverage: 14 + m / 10,
      bhtnCoverage: 8,
      bhxhTarget: null,
      bhtnTarget: null,
      carried,
    });
    const { rows } = trendRows([point(3, false), point(4, true), point(5, true), point(6, false)], 2024, {
      bhxh: 16,
      bhtn: null,
    });
    expect(rows.map((r) => r.carried)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(rows[3]!.bhxh).toBeCloseTo(14.4, 9);
  });

  it('measures the distance to the next year with a target, and only a later one', () => {
    const base = { laborForce: 200000, participants: 30000, coverage: 15 };
    const t = (year: number, value: number) => ({ year, value, kind: 'rate' as const });
    expect(nextTarget({ ...base, month: '2024-06', targets: [t(2023, 14.83)], achieved: 100 })).toBeNull();
    const n = nextTarget({
      ...base,
      month: '2024-06',
      targets: [t(2026, 20), t(2025, 16.83)],
      achieved: 100,
    })!;
    expect(n).toMatchObject({ year: 2025, needed: 3660, monthsLeft: 18, verdict: 'behind' });
    expect(n.required).toBeCloseTo(3660 / 18, 9);
    expect(
      nextTarget({ ...base, month: '2024-06', targets: [t(2025, 16.83)], achieved: 203.34 })!.verdict,
    ).toBe('on_track');
    expect(nextTarget({ ...base, month: '2024-06', targets: [t(2025, 14)], achieved: null })).toMatchObject({
      needed: 0,
      verdict: 'met',
    });
    expect(
      nextTarget({ ...base, month: '2024-06', targets: [t(2025, 16.83)], achieved: null })!.verdict,
    ).toBe('no_pace');
    const count = nextTarget({
      ...base,
      month: '2025-12',
      targets: [{ year: 2026, value: 31200, kind: 'count' }],
      achieved: 50,
    })!;
    expect(count).toMatchObject({ needed: 1200, monthsLeft: 12, required: 100, verdict: 'behind' });
  });
});
