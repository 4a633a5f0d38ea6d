import type { Db } from '../db/open';
import type { ValuesResult, ValuesRow } from '../../../shared/api/types';
import {
  addMonths,
  monthKey,
  parsePeriod,
  periodLabel,
  splitMonth,
  formatPeriod,
} from '../../../shared/domain/period';
import type { ProgressReportModel, RawFigure } from '../../../shared/reports/model';
import { buildProgressRow } from '../../../shared/reports/progress-row';
import { buildSummary } from '../../../shared/reports/summary';
import { monthInText } from '../../../shared/reports/document';
import { listImports } from '../repos/imports';
import { getSettings } from '../repos/settings';
import { monthForPeriod, valuesForMonth } from '../services/values';
import { territoryBreakdown, territoryRowsByKey } from './territory-groups';
import { UserError } from '../../../shared/api/contract';

const byUnit = (v: ValuesResult): Map<string, ValuesRow> => new Map(v.rows.map((r) => [r.unit, r]));

/** The progress report of SPEC §4.1 for a month, quarter or year. */
export function buildProgressReport(db: Db, periodText: string, now = new Date()): ProgressReportModel {
  const period = parsePeriod(periodText);
  const month = monthForPeriod(db, period);
  const { year, month: m } = splitMonth(month);
  const current = valuesForMonth(db, month, formatPeriod(period));
  // After 1/7/2025 plan 156's territory is read by old district area (territory-groups.ts).
  const breakdown = territoryBreakdown(db, current);
  const rowsOf = (v: ValuesResult) => (breakdown ? territoryRowsByKey(db, v) : byUnit(v));
  const previous = rowsOf(valuesForMonth(db, addMonths(month, -1)));
  const lastYear = rowsOf(valuesForMonth(db, addMonths(month, -12)));
  const yearMonths: { month: number; values: Map<string, ValuesRow> }[] = [];
  for (let i = 1; i <= m; i++) {
    yearMonths.push({
      month: i,
      values: rowsOf(i === m ? current : valuesForMonth(db, monthKey(year, i))),
    });
  }

  const rowFor = (r: ValuesRow) =>
    buildProgressRow(r, {
      previousMonth: previous.get(r.unit),
      sameMonthLastYear: lastYear.get(r.unit),
      yearMonths: yearMonths.flatMap((x) => {
        const row = x.values.get(r.unit);
        return row ? [{ month: x.month, row }] : [];
      }),
    });

  const provinceRow = breakdown?.territory ?? current.rows.find((r) => r.level === 'province');
  if (!provinceRow)
    throw new UserError(`Không có đơn vị cấp tỉnh nào còn hiệu lực trong ${monthInText(month)}.`);
  const districts = breakdown
    ? breakdown.groups.map((g) => rowFor(g.subtotal))
    : current.rows.filter((r) => r.level === 'district').map(rowFor);
  const province = rowFor(provinceRow);

  return {
    period: formatPeriod(period),
    periodLabel: periodLabel(period),
    month,
    asOf: `Số liệu đến hết ${monthInText(month)}`,
    year,
    plan: current.plan,
    districts,
    province,
    summary: [
      ...(breakdown ? [breakdown.sentence] : []),
      ...buildSummary({ monthText: monthInText(month), year, plan: current.plan, province, districts }),
    ],
    raw: rawFigures(db, current),
    settings: getSettings(db),
    generatedAt: now.toISOString(),
  };
}

/** Every own figure behind the report, with the file, cell and import it came from. */
export function rawFigures(db: Db, v: ValuesResult): RawFigure[] {
  const importedAt = new Map(listImports(db).map((i) => [i.id, i.createdAt]));
  const entered = v.indicators.filter((i) => i.kind === 'entered');
  const out: RawFigure[] = [];
  for (const r of v.rows) {
    if (r.level === 'commune') continue;
    for (const ind of entered) {
      const c = r.cells[ind.code];
      if (!c || c.source !== 'own' || c.value === null) continue;
      out.push({
        unit: r.unit,
        unitName: r.name,
        indicator: ind.code,
        indicatorLabel: ind.label,
        period: c.period ?? v.month,
        value: c.value,
        carried: c.carried ?? false,
        sourceFile: c.sourceFile ?? null,
        sourceCell: c.sourceCell ?? null,
        importId: c.importId ?? null,
        importedAt: c.importId != null ? (importedAt.get(c.importId) ?? null) : null,
      });
    }
  }
  return out;
}
