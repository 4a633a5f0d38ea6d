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
import type { ProgressReportModel, RawFigure, TargetSource } from '../../../shared/reports/model';
import {
  BHTN_MEASURE,
  BHXH_MEASURE,
  blockTargetKind,
  buildProgressRow,
  carriedFrom,
  hasNoParticipants,
} from '../../../shared/reports/progress-row';
import { buildSummary } from '../../../shared/reports/summary';
import { asOfText, carriedWarning, monthInText } from '../../../shared/reports/document';
import { listImports } from '../repos/imports';
import { latestParticipantMonthBefore } from '../repos/observations';
import { getReportTexts } from '../repos/report-texts';
import { getSettings } from '../repos/settings';
import { listPlans } from '../repos/targets';
import {
  monthForPeriod,
  summaryForMonth,
  summaryForMonths,
  valuesForMonth,
  valuesForMonths,
} from '../services/values';
import { laterTargets } from './later-target';
import { territoryBreakdown, territoryRowsByKey } from './territory-groups';
import { UserError } from '../../../shared/api/contract';
import { monthLastDay, REORGANISATION_MONTH } from '../../../shared/domain/units-in-force';

/** "30/6/2025", as running text writes a day (the completeness report's legend too). */
const dayInText = (iso: string) =>
  `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

const byUnit = (v: ValuesResult): Map<string, ValuesRow> => new Map(v.rows.map((r) => [r.unit, r]));
const askedProvinceIn = (v: ValuesResult): ValuesRow => v.rows.find((r) => r.level === 'province')!;

/**
 * The month the report's figures stand at. When the province has no figure of the period's own (a report
 * for 12/2025 on a database whose latest figures are from 6/2024), that is the month they are carried from.
 */
function dataMonthOf(db: Db, province: ValuesRow, month: string): string {
  if (hasNoParticipants(province))
    throw new UserError(
      `Chưa có số liệu người tham gia nào đến hết ${monthInText(month)}: không lập báo cáo.` +
        acrossTheBreak(db, month),
    );
  const from = carriedFrom(province);
  return from && from.length === 7 ? from : month;
}

/**
 * Why a month from 7/2025 has nothing to report when older figures exist: the clerk would otherwise look
 * for the lost district figures instead of importing the new communes'.
 */
function acrossTheBreak(db: Db, month: string): string {
  if (month < REORGANISATION_MONTH) return '';
  const last = latestParticipantMonthBefore(db, REORGANISATION_MONTH);
  if (!last) return '';
  return (
    ` Cấp huyện đã kết thúc ngày ${dayInText(monthLastDay(addMonths(REORGANISATION_MONTH, -1)))}; số liệu của các huyện, xã cũ ` +
    `(số liệu mới nhất là ${monthInText(last)}) không được chuyển sang các xã, phường mới. ` +
    `Hãy nhập số liệu của các xã, phường mới từ ${monthInText(REORGANISATION_MONTH)}.`
  );
}

/** The progress report of SPEC §4.1 for a month, quarter or year. */
export function buildProgressReport(db: Db, periodText: string, now = new Date()): ProgressReportModel {
  const period = parsePeriod(periodText);
  const month = monthForPeriod(db, period);
  const { year } = splitMonth(month);
  // The province and district rows are all the report shows: read without the communes' rows, unless the
  // month has plan 156's territory, read by the old districts' communes (territory-groups.ts).
  let read = byLevel(db, false);
  let asked = read.one(month, formatPeriod(period));
  // From 7/2025 the row for 64 (plan 156's territory) comes before the new province 52: the plan is about it.
  const askedProvince = asked.rows.find((r) => r.level === 'province');
  if (!askedProvince)
    throw new UserError(`Không có đơn vị cấp tỉnh nào còn hiệu lực trong ${monthInText(month)}.`);
  const dataMonth = dataMonthOf(db, askedProvince, month);
  // Carried figures are reported as what they are: the rows and comparisons stand at the month they come
  // from, against the targets of the year asked for.
  let current = dataMonth === month ? asked : withTargetsOf(read.one(dataMonth), asked);
  if (current.rows.some((r) => r.territory)) {
    read = byLevel(db, true);
    asked = read.one(month, formatPeriod(period));
    current = dataMonth === month ? asked : withTargetsOf(read.one(dataMonth), asked);
  }
  const { year: dataYear, month: m } = splitMonth(dataMonth);
  // After 1/7/2025 plan 156's territory is read by old district area (territory-groups.ts).
  const breakdown = territoryBreakdown(db, current);
  const rowsOf = (v: ValuesResult) => (breakdown ? territoryRowsByKey(db, v) : byUnit(v));

  const comparedWith = comparisonMonth(db, period.kind, dataMonth);
  const lastYearMonth = addMonths(dataMonth, -12);
  // The compared month, last year's and the months of the year: read together, one pass over the figures.
  const others = read.many([
    ...(comparedWith ? [comparedWith.month] : []),
    lastYearMonth,
    ...Array.from({ length: m - 1 }, (_, i) => monthKey(dataYear, i + 1)),
  ]);
  const at = (month: string) => others.get(month)!;
  const previous = comparedWith ? rowsOf(at(comparedWith.month)) : new Map<string, ValuesRow>();
  const lastYear = rowsOf(at(lastYearMonth));
  const yearMonths: { month: number; values: Map<string, ValuesRow> }[] = [];
  for (let i = 1; i <= m; i++) {
    yearMonths.push({ month: i, values: rowsOf(i === m ? current : at(monthKey(dataYear, i))) });
  }

  const rowFor = (r: ValuesRow) =>
    buildProgressRow(r, {
      previousMonth: previous.get(r.unit),
      sameMonthLastYear: lastYear.get(r.unit),
      yearMonths: yearMonths.flatMap((x) => {
        const row = x.values.get(r.unit);
        return row ? [{ month: x.month, row }] : [];
      }),
      month: dataYear === year ? m : 12,
    });

  const provinceRow = breakdown?.territory ?? askedProvinceIn(current);
  const districtRows = breakdown
    ? breakdown.groups.map((g) => g.subtotal)
    : current.rows.filter((r) => r.level === 'district');
  const districts = districtRows.map(rowFor);
  const province = rowFor(provinceRow);
  const blockRows = [provinceRow, ...districtRows];
  const targetKind = {
    bhxh: blockTargetKind(blockRows, BHXH_MEASURE),
    bhtn: blockTargetKind(blockRows, BHTN_MEASURE),
  };
  const targetSources = sourcesOf(db, blockRows);
  const warnings = dataMonth !== month ? [carriedWarning(month, dataMonth)] : [];
  const laterTarget = laterTargets(db, provinceRow, dataMonth, year, {
    bhxh: province.bhxh,
    bhtn: province.bhtnCoverage,
  });

  return {
    period: formatPeriod(period),
    periodLabel: periodLabel(period),
    month,
    asOf: asOfText(month, dataMonth),
    year,
    plan: current.plan,
    dataMonth,
    comparedWith,
    laterTarget,
    targetKind,
    targetSources,
    districts,
    province,
    summary: [
      ...(breakdown ? [breakdown.sentence] : []),
      ...buildSummary({
        month,
        dataMonth,
        year,
        province,
        districts,
        targetKind,
        targetSources,
        comparedWith,
        laterTarget,
      }),
    ],
    texts: getReportTexts(db, 'progress', formatPeriod(period)),
    warnings,
    raw: rawFigures(db, current),
    settings: getSettings(db),
    generatedAt: now.toISOString(),
  };
}

/** A month's figures with the communes' rows (valuesForMonth) or without them (summaryForMonth). */
function byLevel(db: Db, communes: boolean) {
  return communes
    ? {
        one: (m: string, text?: string) => valuesForMonth(db, m, text),
        many: (ms: string[]) => valuesForMonths(db, ms),
      }
    : {
        one: (m: string, text?: string) => summaryForMonth(db, m, text).values,
        many: (ms: string[]) => new Map([...summaryForMonths(db, ms)].map(([k, s]) => [k, s.values])),
      };
}

function withTargetsOf(v: ValuesResult, asked: ValuesResult): ValuesResult {
  const targets = new Map(asked.rows.map((r) => [r.unit, r.targets]));
  return { ...v, plan: asked.plan, rows: v.rows.map((r) => ({ ...r, targets: targets.get(r.unit) ?? {} })) };
}

/** A quarterly report compares with the quarter before; a monthly one with the last month that has figures. */
function comparisonMonth(
  db: Db,
  kind: 'month' | 'quarter' | 'year',
  dataMonth: string,
): { month: string; label: string } | null {
  if (kind === 'quarter') {
    const q = addMonths(dataMonth, -3);
    return { month: q, label: `quý trước (${monthInText(q)})` };
  }
  const last = latestParticipantMonthBefore(db, dataMonth);
  return last ? { month: last, label: monthInText(last) } : null;
}

/** Each target's own document, or the office where it was entered without one; province targets first. */
function sourcesOf(db: Db, rows: ValuesRow[]): TargetSource[] {
  const plans = new Map(listPlans(db).map((p) => [p.id, p]));
  const seen = new Map<string, TargetSource>();
  for (const r of rows) {
    for (const t of Object.values(r.targets)) {
      const key = t.fromDocument ? `${t.planId}|${t.year}` : `office|${t.year}`;
      if (!seen.has(key))
        seen.set(key, { document: t.fromDocument ? (plans.get(t.planId) ?? null) : null, year: t.year });
    }
  }
  return [...seen.values()];
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
