/** The contract's bounds: real periods and dates, figures a unit can hold, before any handler runs. */
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/api/contract';
import { countError, MAX_PEOPLE } from '../../shared/domain/checks';
import { dateProblem, periodProblem } from '../../shared/domain/period';

const refusal = (method: keyof typeof apiContract, input: unknown): string | null => {
  const r = apiContract[method].input.safeParse(input);
  return r.success ? null : r.error.issues.map((i) => i.message).join(' | ');
};

describe('periods and dates name real ones', () => {
  it('a period is a month, quarter or year between 1990 and 2100', () => {
    for (const ok of ['2024-06', '2024-Q2', '2024', '1990-01', '2100-12'])
      expect(periodProblem(ok), ok).toBeNull();
    expect(periodProblem('0000')).toMatch(/năm 0 nằm ngoài khoảng 1990–2100/);
    expect(periodProblem('9999-12')).toMatch(/năm 9999/);
    expect(periodProblem('2024-13')).toMatch(/tháng phải từ 01 đến 12/);
  });

  it('a date exists on the calendar (leap years included) and its year is in range', () => {
    for (const ok of ['2023-01-18', '2024-02-29', '2000-02-29', '1900-01-01'])
      expect(dateProblem(ok), ok).toBeNull();
    expect(dateProblem('2024-02-31')).toBe('Ngày "2024-02-31" không có thật: tháng 2/2024 có 29 ngày.');
    expect(dateProblem('2023-02-29')).toMatch(/có 28 ngày/);
    expect(dateProblem('1900-02-29')).toMatch(/có 28 ngày/);
    expect(dateProblem('2024-04-31')).toMatch(/có 30 ngày/);
    expect(dateProblem('2024-00-10')).toMatch(/tháng phải từ 01 đến 12/);
    expect(dateProblem('0001-01-01')).toMatch(/năm 1 nằm ngoài/);
    expect(dateProblem('18/01/2023')).toMatch(/YYYY-MM-DD/);
  });
});

describe('a count of people is a whole number a commune, district or province can have', () => {
  it('refuses more than 10 million people, and everything JSON rounds or overflows', () => {
    expect(MAX_PEOPLE).toBe(10_000_000);
    expect(countError(MAX_PEOPLE)).toBeNull();
    expect(countError(MAX_PEOPLE + 1)).toBe(
      'số quá lớn (10.000.001) — một đơn vị không thể có quá 10.000.000 người',
    );
    expect(countError(2 ** 53 + 1)).toMatch(/số quá lớn/);
    expect(countError(1e308)).toMatch(/số quá lớn/);
  });
});

describe('the contract refuses out-of-bounds input before a handler sees it', () => {
  const set = { unit: '622', indicator: 'bhtn', period: '2024-03', value: 5 };

  it('values.set: period 0000, 2^53+1, 1e308, Infinity', () => {
    expect(refusal('values.set', set)).toBeNull();
    expect(refusal('values.set', { ...set, period: '0000' })).toMatch(/năm 0 nằm ngoài khoảng 1990–2100/);
    expect(refusal('values.set', { ...set, period: '2024-Q1' })).toMatch(/YYYY-MM hoặc YYYY/);
    // 2^53+1 arrives as 2^53 once JSON has parsed it.
    expect(refusal('values.set', { ...set, value: JSON.parse('9007199254740993') })).toMatch(/Số quá lớn/);
    expect(refusal('values.set', { ...set, value: 1e308 })).toMatch(/Số quá lớn/);
    expect(refusal('values.set', { ...set, value: -1e308 })).toMatch(/Số quá lớn/);
    expect(refusal('values.set', { ...set, value: Infinity })).toBe('Giá trị phải là một số hữu hạn.');
    expect(refusal('values.set', { ...set, value: MAX_PEOPLE })).toBeNull();
  });

  it('plans.save: 2024-02-31, a year out of range, a plan ending before it starts', () => {
    const plan = { number: '1/KH', issuedOn: '2024-02-29', title: 'Kế hoạch', yearFrom: 2024, yearTo: 2025 };
    expect(refusal('plans.save', plan)).toBeNull();
    expect(refusal('plans.save', { ...plan, issuedOn: '2024-02-31' })).toMatch(/không có thật/);
    expect(refusal('plans.save', { ...plan, issuedOn: '0000-01-01' })).toMatch(/nằm ngoài/);
    expect(refusal('plans.save', { ...plan, yearFrom: 0 })).toMatch(/Năm phải từ 1990 đến 2100/);
    expect(refusal('plans.save', { ...plan, yearFrom: 2026 })).toMatch(/Năm bắt đầu/);
  });

  it('targets.set, units.save, reports and the import period', () => {
    const target = { unit: '622', indicator: 'bhxh_participants', year: 2025, value: 50_000 };
    expect(refusal('targets.set', target)).toBeNull();
    expect(refusal('targets.set', { ...target, value: 1e308 })).toMatch(/Số quá lớn/);
    expect(refusal('targets.set', { ...target, year: 1 })).toMatch(/Năm phải từ/);
    const unit = {
      code: '9',
      name: 'Xã Thử',
      level: 'commune',
      parentCode: '622',
      validFrom: '2025-07-01',
      validTo: null,
      active: true,
      aliases: [],
    };
    expect(refusal('units.save', unit)).toBeNull();
    expect(refusal('units.save', { ...unit, validFrom: '2025-06-31' })).toMatch(/có 30 ngày/);
    expect(refusal('reports.progress', { period: '0000' })).toMatch(/nằm ngoài/);
    expect(refusal('reports.trend', { unit: '622', from: '0001-01', to: '2024-06' })).toMatch(/nằm ngoài/);
    expect(
      refusal('imports.preview', { files: [{ name: 'a.xlsx', data: new Uint8Array(1) }], period: '3000' }),
    ).toMatch(/nằm ngoài/);
  });
});
