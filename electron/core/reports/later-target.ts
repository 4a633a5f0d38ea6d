/**
 * The plan's next province target when the report's year sets none (a 2024 report under plan 156, which sets
 * 2023 and 2025): section I then says what that target asks of today's figures, as the office would.
 */
import type { ValuesRow } from '../../../shared/api/types';
import { LABOR_FORCE } from '../../../shared/domain/indicators';
import { splitMonth } from '../../../shared/domain/period';
import { towardLaterTarget, type LaterTarget } from '../../../shared/domain/progress';
import type { CoverageProgress } from '../../../shared/reports/model';
import { BHTN_MEASURE, BHXH_MEASURE, rowTarget, type Measure } from '../../../shared/reports/progress-row';
import type { Db } from '../db/open';
import { targetsForYear } from '../repos/targets';
import { unitForPeriod } from '../repos/units';

/** Plans run five years (2026–2030): no target further ahead is "the next" one. */
const LOOK_AHEAD_YEARS = 5;

export function laterTargets(
  db: Db,
  province: ValuesRow,
  dataMonth: string,
  year: number,
  progress: { bhxh: CoverageProgress; bhtn: CoverageProgress },
): { bhxh: LaterTarget | null; bhtn: LaterTarget | null } {
  const unit = unitForPeriod(db, province.unit, dataMonth);
  const find = (m: Measure, c: CoverageProgress): LaterTarget | null => {
    if (!unit || c.target !== null) return null;
    for (let y = year + 1; y <= year + LOOK_AHEAD_YEARS; y++) {
      const all = targetsForYear(db, y);
      const targets: ValuesRow['targets'] = {};
      for (const code of [m.rate, m.count]) {
        const t = all.get(`${unit.id}|${code}`);
        if (t) targets[code] = t;
      }
      const t = rowTarget({ ...province, targets }, m);
      if (t.kind === null) continue;
      return towardLaterTarget(
        {
          year: y,
          value: t.target.value,
          kind: t.kind,
          document: t.target.fromDocument ? t.target.planNumber : null,
        },
        splitMonth(dataMonth),
        {
          rate: province.cells[m.rate]?.value ?? null,
          laborForce: province.cells[LABOR_FORCE]?.value ?? null,
          participants: m.participants(province),
        },
        c.pace.achieved,
      );
    }
    return null;
  };
  return { bhxh: find(BHXH_MEASURE, progress.bhxh), bhtn: find(BHTN_MEASURE, progress.bhtn) };
}
