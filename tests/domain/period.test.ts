import { describe, expect, it } from 'vitest';
import {
  addMonths,
  parsePeriod,
  PeriodError,
  periodLabel,
  resolvePeriodMonth,
} from '../../shared/domain/period';

describe('periods', () => {
  it('parses the three forms', () => {
    expect(parsePeriod('2024-06')).toEqual({ kind: 'month', year: 2024, month: 6 });
    expect(parsePeriod('2024-Q2')).toEqual({ kind: 'quarter', year: 2024, quarter: 2 });
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024 });
  });

  it('refuses impossible periods with a Vietnamese message', () => {
    expect(() => parsePeriod('2024-13')).toThrow(PeriodError);
    expect(() => parsePeriod('2024-13')).toThrow(/tháng phải từ 01 đến 12/);
    expect(() => parsePeriod('2024-Q5')).toThrow(PeriodError);
    expect(() => parsePeriod('06/2024')).toThrow(/không hợp lệ/);
  });

  it('resolves a quarter to its last month', () => {
    expect(resolvePeriodMonth(parsePeriod('2024-Q2'))).toBe('2024-06');
    expect(resolvePeriodMonth(parsePeriod('2024-Q4'))).toBe('2024-12');
    expect(resolvePeriodMonth(parsePeriod('2024-Q1'))).toBe('2024-03');
  });

  it('resolves a year to December, or the latest month of that year with data', () => {
    expect(resolvePeriodMonth(parsePeriod('2024'))).toBe('2024-12');
    expect(resolvePeriodMonth(parsePeriod('2024'), '2024-09')).toBe('2024-09');
    // data of another year does not move it
    expect(resolvePeriodMonth(parsePeriod('2024'), '2025-02')).toBe('2024-12');
  });

  it('labels periods the Vietnamese way and steps months across years', () => {
    expect(periodLabel(parsePeriod('2024-06'))).toBe('Tháng 6/2024');
    expect(periodLabel(parsePeriod('2024-Q2'))).toBe('Quý II/2024');
    expect(periodLabel(parsePeriod('2024'))).toBe('Năm 2024');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-06', -12)).toBe('2023-06');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
  });
});
