/**
 * With the shipped catalogue until 30/6/2025 loaded, old Bình Định (52 until then) is in force in the
 * first half of 2025 but is not what the app reports: before 7/2025 only old Gia Lai's tree (64).
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { buildCompletenessReport } from '../../electron/core/reports/completeness-model';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { getUnitByCode } from '../../electron/core/repos/units';
import { getValues, valuesToJson } from '../../electron/core/services/values';
import { writeImport } from '../../electron/core/services/write-values';
import { tempContext } from '../helpers/tmp';

const OLD_GIA_LAI_DISTRICTS = 17;

describe("the reported province's tree, with old Bình Định in the catalogue", () => {
  it('lists only old Gia Lai and its districts and communes up to 6/2025, the new province after', async () => {
    const ctx = tempContext();
    await handlers['units.loadShipped']({}, ctx);
    const june = getValues(ctx.db, '2025-06');
    expect(june.rows.filter((r) => r.level === 'province').map((r) => r.unit)).toEqual(['64']);
    const districts = june.rows.filter((r) => r.level === 'district');
    expect(districts).toHaveLength(OLD_GIA_LAI_DISTRICTS);
    expect(new Set(districts.map((r) => r.parentCode))).toEqual(new Set(['64']));
    const districtCodes = new Set(districts.map((r) => r.unit));
    const communes = june.rows.filter((r) => r.level === 'commune');
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.filter((r) => !districtCodes.has(r.parentCode!))).toEqual([]);
    expect(june.rows.some((r) => /Bình Định|Quy Nhơn/.test(r.name))).toBe(false);

    // The same for the months of the year before.
    const march = getValues(ctx.db, '2024-03');
    expect(march.rows.filter((r) => r.level === 'province').map((r) => r.unit)).toEqual(['64']);

    // From 7/2025 nothing changes: the 135 communes, 64 as plan 156's territory, then 52.
    const dec = valuesToJson(getValues(ctx.db, '2025-12'));
    expect(dec.rows).toHaveLength(137);
  });

  it("the progress report of 6/2025 is old Gia Lai's; completeness lists its 17 districts until June", async () => {
    const ctx = tempContext();
    await handlers['units.loadShipped']({}, ctx);
    const pleiku = getUnitByCode(ctx.db, '622', '2025-06')!;
    writeImport(
      ctx.db,
      { kind: 'file', files: [{ name: 't.xlsx', sha256: 'x', size: 1 }], warnings: 0, note: null },
      [
        ['labor_force', 100_000],
        ['bhxh_compulsory', 20_000],
        ['bhxh_voluntary', 1_000],
        ['bhtn', 15_000],
      ].map(([indicator, value]) => ({
        unitId: pleiku.id,
        indicator: indicator as string,
        period: '2025-06',
        value: value as number,
        sourceFile: 't.xlsx',
        sourceCell: 'A1',
      })),
    );
    const report = buildProgressReport(ctx.db, '2025-06');
    expect(report.province.unit).toBe('64');
    expect(report.districts).toHaveLength(OLD_GIA_LAI_DISTRICTS);
    expect(report.districts.some((d) => /Quy Nhơn|Bình Định/.test(d.name))).toBe(false);

    const completeness = buildCompletenessReport(ctx.db, 2025);
    const untilJune = completeness.rows.filter((r) => r.level === 'district');
    expect(untilJune).toHaveLength(OLD_GIA_LAI_DISTRICTS);
    expect(untilJune.some((r) => /Quy Nhơn|Bình Định/.test(r.name))).toBe(false);
  });
});
