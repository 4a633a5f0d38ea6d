import { describe, expect, it } from 'vitest';
import type { ValueCell, ValuesRow } from '../../shared/api/types';
import { buildProgressRow, carriedNotes } from '../../shared/reports/progress-row';

function row(cells: Record<string, ValueCell>): ValuesRow {
  return {
    unitId: 1,
    unit: '622',
    name: 'Thành phố Pleiku',
    level: 'district',
    parentCode: '64',
    cells,
    targets: {},
  };
}
const own = (value: number): ValueCell => ({ value, source: 'own', period: '2024-06', carried: false });
const from = (value: number, period: string): ValueCell => ({ value, source: 'own', period, carried: true });

describe('carried-forward notes', () => {
  it('says once that the whole row comes from an earlier month', () => {
    const r = row({
      labor_force: from(1, '2024-03'),
      bhxh_compulsory: from(1, '2024-03'),
      bhxh_voluntary: from(1, '2024-03'),
      bhtn: from(1, '2024-03'),
    });
    expect(carriedNotes(r)).toEqual(['số liệu chuyển từ tháng 3/2024']);
  });

  it('names each figure when they come from different periods', () => {
    const r = row({
      labor_force: from(1, '2023'),
      bhxh_compulsory: own(1),
      bhxh_voluntary: own(1),
      bhtn: from(1, '2024-05'),
    });
    expect(carriedNotes(r)).toEqual(['LLLĐ lấy số liệu năm 2023', 'BHTN chuyển từ tháng 5/2024']);
  });

  it('has no note when every figure is the month’s own', () => {
    expect(carriedNotes(row({ labor_force: own(1), bhtn: own(2) }))).toEqual([]);
  });

  it('claims no change since last month for a figure carried from an earlier month', () => {
    const june = row({
      labor_force: own(1000),
      bhxh_compulsory: from(90, '2024-05'),
      bhxh_voluntary: from(10, '2024-05'),
      bhtn: own(60),
    });
    june.cells.bhxh_coverage = { value: 10, source: 'computed' };
    june.cells.bhtn_coverage = { value: 6, source: 'computed' };
    const may = row({ labor_force: own(1000) });
    may.cells.bhxh_coverage = { value: 10, source: 'computed' };
    may.cells.bhtn_coverage = { value: 5, source: 'computed' };
    const r = buildProgressRow(june, { previousMonth: may });
    expect(r.bhxh.previousMonth).toBe(10);
    expect(r.bhxh.changeSincePreviousMonth).toBeNull();
    expect(r.bhtnCoverage.changeSincePreviousMonth).toBe(1);
  });
});
