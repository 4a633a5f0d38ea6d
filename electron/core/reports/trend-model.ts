import type { Db } from '../db/open';
import { UserError } from '../../../shared/api/contract';
import {
  BHTN,
  BHTN_COVERAGE,
  BHXH_COMPULSORY,
  BHXH_COVERAGE,
  BHXH_PARTICIPANTS,
  BHXH_VOLUNTARY,
  LABOR_FORCE,
} from '../../../shared/domain/indicators';
import { addMonths, splitMonth } from '../../../shared/domain/period';
import { projectYearEnd } from '../../../shared/domain/progress';
import type { TrendPoint, TrendReportModel } from '../../../shared/reports/model';
import { getSettings } from '../repos/settings';
import { getUnitByCode, unitsWithCode } from '../repos/units';
import { MONTHS_AT_ONCE, summaryForMonths, valuesForMonths, type ValuesSummary } from '../services/values';

/** Longest range a trend covers: ten years of months keeps the chart and the work bounded. */
const MAX_MONTHS = 120;

/** Monthly coverage of one unit against its target line (SPEC §4.2). */
export function buildTrendReport(
  db: Db,
  unitCode: string,
  from: string,
  to: string,
  now = new Date(),
): TrendReportModel {
  const unit = getUnitByCode(db, unitCode);
  if (!unit) throw new UserError(`Không có đơn vị mã ${unitCode}.`);
  if (from > to) throw new UserError(`Tháng bắt đầu (${from}) phải trước tháng kết thúc (${to}).`);
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) {
    if (months.length >= MAX_MONTHS)
      throw new UserError(`Báo cáo xu hướng chỉ bao gồm tối đa ${MAX_MONTHS} tháng.`);
    months.push(m);
  }
  const points: TrendPoint[] = [];
  // A year of months read in one pass over the figures, without building the communes' rows (a commune
  // trend reads the full figures); a longer range a year at a time.
  const full = unitsWithCode(db, unitCode).some((u) => u.level === 'commune');
  let read = new Map<string, ValuesSummary>();
  for (const [i, m] of months.entries()) {
    if (i % MONTHS_AT_ONCE === 0) {
      const chunk = months.slice(i, i + MONTHS_AT_ONCE);
      read = full
        ? new Map(
            [...valuesForMonths(db, chunk)].map(([k, v]) => [k, { values: v, carriedCommunes: new Map() }]),
          )
        : summaryForMonths(db, chunk);
    }
    const { values, carriedCommunes } = read.get(m)!;
    const rows = values.rows;
    const row = rows.find((r) => r.unit === unitCode);
    const v = (code: string) => row?.cells[code]?.value ?? null;
    // A summed figure is carried when any unit below it is (a province trend while a district is late).
    const below = rows.filter((r) => r.unit === unitCode || r.parentCode === unitCode);
    const flagged = [BHXH_COMPULSORY, BHXH_VOLUNTARY, BHTN];
    const carried =
      below.some((r) => flagged.some((c) => r.cells[c]?.source === 'own' && r.cells[c]?.carried)) ||
      flagged.some((c) => carriedCommunes.get(unitCode)?.has(c) === true);
    points.push({
      month: m,
      laborForce: v(LABOR_FORCE),
      bhxhParticipants: v(BHXH_PARTICIPANTS),
      bhtn: v(BHTN),
      bhxhCoverage: v(BHXH_COVERAGE),
      bhtnCoverage: v(BHTN_COVERAGE),
      bhxhTarget: row?.targets[BHXH_COVERAGE]?.value ?? null,
      bhtnTarget: row?.targets[BHTN_COVERAGE]?.value ?? null,
      carried,
    });
  }
  // The projection reads the last year of the range, from months with fresh (not carried) figures.
  const lastYear = splitMonth(to).year;
  const fresh = points.filter((p) => p.month.startsWith(`${lastYear}-`) && !p.carried);
  const line = (pick: (p: TrendPoint) => number | null) =>
    projectYearEnd(
      fresh.flatMap((p) => {
        const value = pick(p);
        return value === null ? [] : [{ month: splitMonth(p.month).month, value }];
      }),
    );
  return {
    unit: unit.code,
    unitName: unit.name,
    fromMonth: from,
    toMonth: to,
    points,
    projectedYearEnd: { bhxh: line((p) => p.bhxhCoverage), bhtn: line((p) => p.bhtnCoverage) },
    settings: getSettings(db),
    generatedAt: now.toISOString(),
  };
}
