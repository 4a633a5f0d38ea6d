import { describe, expect, it } from 'vitest';
import { buildCompletenessReport } from '../../electron/core/reports/completeness-model';
import { buildTrendReport } from '../../electron/core/reports/trend-model';
import { OLD_DISTRICTS, OLD_GIA_LAI_COMMUNES, putFigures } from '../helpers/put-figures';
import { tempContext } from '../helpers/tmp';

const giaLai = OLD_GIA_LAI_COMMUNES.map((u) => u.code);
const districts = OLD_DISTRICTS;

describe('completeness and trend across 1/7/2025', () => {
  it('completeness 2025 lists each month the units in force that month', () => {
    const ctx = tempContext();
    putFigures(ctx, '622', { bhxh_compulsory: 1 }, '2025-06');
    putFigures(ctx, '23575', { bhxh_compulsory: 1 }, '2025-12');
    const m = buildCompletenessReport(ctx.db, 2025);
    expect(m.rows).toHaveLength(17 + 135);
    const pleiku = m.rows.find((r) => r.unit === '622')!;
    expect(pleiku.sent).toEqual([false, false, false, false, false, true, ...Array(6).fill(null)]);
    const ward = m.rows.find((r) => r.unit === '23575')!;
    expect(ward).toMatchObject({ name: 'Phường Pleiku', level: 'commune' });
    expect(ward.sent).toEqual([...Array(6).fill(null), false, false, false, false, false, true]);
    // 2024: the 17 districts only, as before
    expect(buildCompletenessReport(ctx.db, 2024).rows.map((r) => r.unit)).toEqual(districts);
    // 2026: the 135 communes of the new province
    expect(buildCompletenessReport(ctx.db, 2026).rows).toHaveLength(135);
  });

  it("the trend for 64 runs from 2023 through 12/2025 across the break, with plan 156's targets", () => {
    const ctx = tempContext();
    for (const d of districts)
      putFigures(
        ctx,
        d,
        { labor_force: 50_000, bhxh_compulsory: 5_000, bhxh_voluntary: 1_000, bhtn: 3_000 },
        '2025-06',
      );
    for (const c of giaLai)
      putFigures(
        ctx,
        c,
        { labor_force: 11_000, bhxh_compulsory: 1_200, bhxh_voluntary: 300, bhtn: 700 },
        '2025-12',
      );
    const t = buildTrendReport(ctx.db, '64', '2023-01', '2025-12');
    expect(t.points).toHaveLength(36);
    const at = (m: string) => t.points.find((p) => p.month === m)!;
    expect(at('2023-12')).toMatchObject({ bhxhTarget: 14.83, bhxhCoverage: null });
    expect(at('2025-06')).toMatchObject({
      laborForce: 850_000,
      bhxhParticipants: 102_000,
      bhxhTarget: 16.83,
    });
    expect(at('2025-12')).toMatchObject({
      laborForce: 77 * 11_000,
      bhxhParticipants: 77 * 1_500,
      bhxhTarget: 16.83,
      bhtnTarget: 9.85,
    });
    // July–November: no commune has reported yet, and June's district figures are not carried into them
    expect(at('2025-09').bhxhParticipants).toBeNull();
  });
});
