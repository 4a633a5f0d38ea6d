import type { Db } from '../db/open';
import { aggregateUnits, type Figure } from '../../../shared/domain/aggregate';
import {
  parsePeriod,
  resolvePeriodMonth,
  splitMonth,
  formatPeriod,
  type Period,
} from '../../../shared/domain/period';
import { resolveStock } from '../../../shared/domain/stock';
import type { ValueCell, ValuesResult, ValuesRow } from '../../../shared/api/types';
import { listIndicators } from '../repos/indicators';
import { latestAtOrBefore, latestMonthOfYear } from '../repos/observations';
import { planForYear, targetsForYear } from '../repos/targets';
import { listUnits, unitsInForce } from '../repos/units';

/** The month a period stands for, looking at the data for a year's latest month. */
export function monthForPeriod(db: Db, period: Period): string {
  return resolvePeriodMonth(period, period.kind === 'year' ? latestMonthOfYear(db, period.year) : null);
}

/** Figures of every unit in force for a period: own, carried forward, summed from children, computed. */
export function getValues(db: Db, periodText: string): ValuesResult {
  const period = parsePeriod(periodText);
  const month = monthForPeriod(db, period);
  return valuesForMonth(db, month, formatPeriod(period));
}

export function valuesForMonth(db: Db, month: string, periodText = month): ValuesResult {
  const indicators = listIndicators(db);
  const entered = indicators.filter((i) => i.kind === 'entered').map((i) => i.code);
  const units = unitsInForce(listUnits(db), month);
  const inForce = new Set(units.map((u) => u.id));

  const own = new Map<string, ValueCell>();
  for (const o of latestAtOrBefore(db, month)) {
    if (!inForce.has(o.unit_id)) continue;
    const r = resolveStock([{ period: o.period, value: o.value }], month);
    if (!r) continue;
    own.set(`${o.unit_id}|${o.indicator}`, {
      value: r.value,
      source: 'own',
      period: r.period,
      carried: r.carried,
      importId: o.import_id,
      sourceFile: o.source_file,
      sourceCell: o.source_cell,
    });
  }

  const nodes = units.map((u) => ({
    id: u.id,
    parentId: u.parentId !== null && inForce.has(u.parentId) ? u.parentId : null,
  }));
  const figures = aggregateUnits(nodes, entered, (id, code) => own.get(`${id}|${code}`), indicators);
  const { year } = splitMonth(month);
  const targets = targetsForYear(db, year);

  const rank = { commune: 0, district: 1, province: 2 } as const;
  const ordered = [...units].sort((a, b) => rank[a.level] - rank[b.level] || a.sortOrder - b.sortOrder);
  const rows: ValuesRow[] = ordered.map((u) => {
    const f = figures.get(u.id)!;
    const cells: Record<string, ValueCell> = {};
    for (const ind of indicators)
      cells[ind.code] = (f.get(ind.code) ?? { value: null, source: 'none' }) as Figure;
    const t: ValuesRow['targets'] = {};
    for (const ind of indicators) {
      const target = targets.get(`${u.id}|${ind.code}`);
      if (target) t[ind.code] = target;
    }
    return {
      unitId: u.id,
      unit: u.code,
      name: u.name,
      level: u.level,
      parentCode: u.parentCode,
      cells,
      targets: t,
    };
  });
  return { period: periodText, month, plan: planForYear(db, year), indicators, rows };
}

/** The flat JSON of SPEC §5 (`values --json`): figures unrounded, null where there is none. */
export function valuesToJson(v: ValuesResult): {
  period: string;
  month: string;
  rows: Record<string, unknown>[];
} {
  return {
    period: v.period,
    month: v.month,
    rows: v.rows.map((r) => {
      const o: Record<string, unknown> = { unit: r.unit, name: r.name, level: r.level };
      for (const ind of v.indicators) o[ind.code] = r.cells[ind.code]?.value ?? null;
      for (const ind of v.indicators) {
        if (ind.measure === 'percent') o[`${ind.code}_target`] = r.targets[ind.code]?.value ?? null;
      }
      return o;
    }),
  };
}
