import { describe, expect, it } from 'vitest';
import { getUnitByCode, unitForPeriod } from '../../electron/core/repos/units';
import { getValues, valuesToJson } from '../../electron/core/services/values';
import { newUnits2025 } from '../../electron/core/db/seed/gia-lai-2025';
import { OLD_GIA_LAI_COMMUNES, putFigures } from '../helpers/put-figures';
import { tempContext } from '../helpers/tmp';

const fresh = newUnits2025();
const giaLai = OLD_GIA_LAI_COMMUNES.map((u) => u.code);
const binhDinh = fresh.filter((u) => u.oldProvinceCodes.join() === '52').map((u) => u.code);

describe('values across the 1/7/2025 reorganisation', () => {
  it('June 2025: the 17 districts, then 64 with plan 156 targets', () => {
    const ctx = tempContext();
    const v = valuesToJson(getValues(ctx.db, '2025-06'));
    expect(v.rows.map((r) => r.level)).toEqual([...Array(17).fill('district'), 'province']);
    expect(v.rows[17]).toMatchObject({ unit: '64', name: 'Tỉnh Gia Lai', bhxh_coverage_target: 16.83 });
  });

  it('December 2025: the 135 communes, then 64 summed over its 77, then 52 over all 135', () => {
    const ctx = tempContext();
    // Each commune of old Gia Lai: 1,000 labour force, 100 compulsory; of old Bình Định: 2,000 and 300.
    for (const c of giaLai)
      putFigures(
        ctx,
        c,
        { labor_force: 1000, bhxh_compulsory: 100, bhxh_voluntary: 10, bhtn: 50 },
        '2025-12',
      );
    for (const c of binhDinh)
      putFigures(
        ctx,
        c,
        { labor_force: 2000, bhxh_compulsory: 300, bhxh_voluntary: 0, bhtn: 100 },
        '2025-12',
      );
    // A June figure of old Gia Lai itself must not be carried across the break into its territory row.
    putFigures(ctx, '64', { bhxh_compulsory: 1 }, '2025-06');
    const v = valuesToJson(getValues(ctx.db, '2025-12'));
    expect(v.rows).toHaveLength(137);
    expect(v.rows.slice(0, 135).every((r) => r.level === 'commune')).toBe(true);
    expect(
      v.rows
        .slice(0, 135)
        .map((r) => r.unit)
        .sort(),
    ).toEqual(
      fresh
        .slice(1)
        .map((u) => u.code)
        .sort(),
    );
    expect(v.rows[135]).toMatchObject({
      unit: '64',
      level: 'province',
      labor_force: 77_000,
      bhxh_compulsory: 7_700,
      bhxh_participants: 8_470,
      bhxh_coverage_target: 16.83,
      bhtn_coverage_target: 9.85,
    });
    expect(v.rows[135]!.bhxh_coverage).toBeCloseTo((8_470 / 77_000) * 100, 10);
    expect(v.rows[136]).toMatchObject({
      unit: '52',
      name: 'Tỉnh Gia Lai',
      labor_force: 77_000 + 58 * 2000,
      bhxh_compulsory: 7_700 + 58 * 300,
      bhxh_coverage_target: null,
    });
  });

  it("a labour force entered for 64 itself for 2025 is its own figure and wins over the communes' sum", () => {
    const ctx = tempContext();
    for (const c of giaLai) putFigures(ctx, c, { labor_force: 1000 }, '2025');
    putFigures(ctx, '64', { labor_force: 812_345 }, '2025');
    // 2024's yearly figure is before the break: it stays in 2024.
    putFigures(ctx, '64', { labor_force: 1 }, '2024');
    const r = valuesToJson(getValues(ctx.db, '2025-12')).rows.find((x) => x.unit === '64');
    expect(r).toMatchObject({ labor_force: 812_345 });
    const june = valuesToJson(getValues(ctx.db, '2025-06')).rows.find((x) => x.unit === '64');
    expect(june).toMatchObject({ labor_force: 812_345 });
    expect(valuesToJson(getValues(ctx.db, '2024-12')).rows.at(-1)).toMatchObject({ labor_force: 1 });
  });

  it('after plan 156 (2026, no plan yet) there is no territory row: the communes, then 52', () => {
    const ctx = tempContext();
    const v = valuesToJson(getValues(ctx.db, '2026-03'));
    expect(v.rows).toHaveLength(136);
    expect(v.rows.at(-1)).toMatchObject({ unit: '52', level: 'province' });
  });

  it('a code names the unit in force in the month asked', () => {
    const ctx = tempContext();
    expect(getUnitByCode(ctx.db, '23590', '2025-06')).toBeNull();
    expect(getUnitByCode(ctx.db, '23590', '2025-07')).toMatchObject({ name: 'Xã Biển Hồ' });
    expect(getUnitByCode(ctx.db, '52', '2025-06')).toBeNull();
    expect(getUnitByCode(ctx.db, '52')).toMatchObject({ name: 'Tỉnh Gia Lai', validFrom: '2025-07-01' });
    expect(unitForPeriod(ctx.db, '64', '2025')).toMatchObject({ code: '64', validTo: '2025-06-30' });
    expect(unitForPeriod(ctx.db, '52', '2025')).toMatchObject({ validFrom: '2025-07-01' });
  });
});
