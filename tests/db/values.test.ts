import { describe, expect, it } from 'vitest';
import { getValues, valuesToJson } from '../../electron/core/services/values';
import { undoImport } from '../../electron/core/services/write-values';
import { putFigures } from '../helpers/put-figures';
import { tempContext } from '../helpers/tmp';

describe('values for a period', () => {
  it('lists every district then the province, with the plan targets of the year', () => {
    const ctx = tempContext();
    const v = valuesToJson(getValues(ctx.db, '2023'));
    expect(v.month).toBe('2023-12');
    expect(v.rows).toHaveLength(18);
    expect(v.rows.slice(0, 17).every((r) => r.level === 'district')).toBe(true);
    expect(v.rows[17]).toMatchObject({
      unit: '64',
      level: 'province',
      bhxh_coverage_target: 14.83,
      bhtn_coverage_target: 9.16,
    });
    expect(valuesToJson(getValues(ctx.db, '2024-Q2')).rows[17]).toMatchObject({ bhxh_coverage_target: null });
  });

  it('sums districts into the province and recomputes its rates', () => {
    const ctx = tempContext();
    putFigures(
      ctx,
      '622',
      { labor_force: 151237, bhxh_compulsory: 46669, bhxh_voluntary: 4299, bhtn: 39414 },
      '2024-03',
    );
    putFigures(
      ctx,
      '623',
      { labor_force: 40344, bhxh_compulsory: 5079, bhxh_voluntary: 862, bhtn: 4027 },
      '2024-03',
    );
    const v = valuesToJson(getValues(ctx.db, '2024-03'));
    const p = v.rows.find((r) => r.unit === '64')!;
    expect(p.labor_force).toBe(151237 + 40344);
    expect(p.bhxh_participants).toBe(46669 + 4299 + 5079 + 862);
    expect(p.bhxh_coverage).toBeCloseTo(((46669 + 4299 + 5079 + 862) / (151237 + 40344)) * 100, 9);
  });

  it('carries a month forward and marks it, and takes a yearly labour force for each month', () => {
    const ctx = tempContext();
    putFigures(ctx, '622', { labor_force: 150000 }, '2024');
    putFigures(ctx, '622', { bhxh_compulsory: 46000, bhxh_voluntary: 4000, bhtn: 39000 }, '2024-03');
    const v = getValues(ctx.db, '2024-05');
    const row = v.rows.find((r) => r.unit === '622')!;
    expect(row.cells.bhxh_compulsory).toMatchObject({ value: 46000, carried: true, period: '2024-03' });
    expect(row.cells.labor_force).toMatchObject({ value: 150000, carried: false, period: '2024' });
    expect(row.cells.bhxh_coverage?.value).toBeCloseTo((50000 / 150000) * 100, 9);
  });

  it('a year stands at its latest month with data', () => {
    const ctx = tempContext();
    putFigures(ctx, '622', { bhtn: 1 }, '2024-09');
    expect(getValues(ctx.db, '2024').month).toBe('2024-09');
  });

  it('undo puts back what an import replaced', () => {
    const ctx = tempContext();
    putFigures(ctx, '622', { bhtn: 100 }, '2024-03');
    const second = putFigures(ctx, '622', { bhtn: 120 }, '2024-03');
    expect(second.updated).toBe(1);
    undoImport(ctx.db, second.importId);
    expect(getValues(ctx.db, '2024-03').rows.find((r) => r.unit === '622')!.cells.bhtn?.value).toBe(100);
  });

  it('refuses to undo an import that a later one built on', () => {
    const ctx = tempContext();
    const first = putFigures(ctx, '622', { bhtn: 100 }, '2024-03');
    putFigures(ctx, '622', { bhtn: 120 }, '2024-03');
    expect(() => undoImport(ctx.db, first.importId)).toThrow(/hoàn tác lần nhập số 2 trước/);
  });
});
