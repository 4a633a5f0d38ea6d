import { newUnits2025 } from '../../electron/core/db/seed/gia-lai-2025';
import { unitForPeriod } from '../../electron/core/repos/units';
import { writeImport } from '../../electron/core/services/write-values';
import type { tempContext } from './tmp';

type Ctx = ReturnType<typeof tempContext>;
let imports = 0;

/** Writes one unit's figures for a period as an import of their own, as a district file would. */
export function putFigures(ctx: Ctx, code: string, values: Record<string, number>, period: string) {
  const u = unitForPeriod(ctx.db, code, period)!;
  return writeImport(
    ctx.db,
    {
      kind: 'file',
      files: [{ name: 't.xlsx', sha256: `${code}|${period}|${imports++}`, size: 1 }],
      warnings: 0,
      note: null,
    },
    Object.entries(values).map(([indicator, value]) => ({
      unitId: u.id,
      indicator,
      period,
      value,
      sourceFile: 't.xlsx',
      sourceCell: 'A1',
    })),
  );
}

/** Figures for three of old Gia Lai's districts (622, 623, 633: one, two and three times a base) in each month, one import each. */
export function putThreeDistricts(ctx: Ctx, months: readonly string[]): void {
  for (const [code, k] of [
    ['622', 1],
    ['623', 2],
    ['633', 3],
  ] as const)
    for (const month of months)
      putFigures(
        ctx,
        code,
        { labor_force: 50_000 * k, bhxh_compulsory: 9_000 * k, bhxh_voluntary: 900 * k, bhtn: 7_000 * k },
        month,
      );
}

/** Old Gia Lai's 17 districts, in force until 30/6/2025. */
export const OLD_DISTRICTS = [
  '622', '623', '624', '625', '626', '627', '628', '629', '630',
  '631', '632', '633', '634', '635', '637', '638', '639',
]; // prettier-ignore

/** The 77 communes formed from old Gia Lai on 1/7/2025. */
export const OLD_GIA_LAI_COMMUNES = newUnits2025().filter((u) => u.oldProvinceCodes.join() === '64');
