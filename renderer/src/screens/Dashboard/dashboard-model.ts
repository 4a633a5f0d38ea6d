/** What the dashboard shows, computed from `values.get` alone so it works before the reports land. */
import type { TargetInfo, ValuesResult, ValuesRow } from '../../../../shared/api/types';
import {
  computeProgress,
  towardLaterTarget,
  type Progress,
  type TargetKind,
  type Verdict,
} from '../../../../shared/domain/progress';
import {
  BHTN,
  BHTN_COVERAGE,
  BHXH_COMPULSORY,
  BHXH_COVERAGE,
  BHXH_PARTICIPANTS,
  BHXH_VOLUNTARY,
  LABOR_FORCE,
} from '../../../../shared/domain/indicators';
import { splitMonth } from '../../../../shared/domain/period';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import {
  BHTN_MEASURE,
  BHXH_MEASURE,
  blockTargetKind,
  hasOwnParticipants,
  rowTarget as measureTarget,
} from '../../../../shared/reports/progress-row';

export type CoverageKey = typeof BHXH_COVERAGE | typeof BHTN_COVERAGE;

export const NUMERATOR: Record<CoverageKey, string> = {
  [BHXH_COVERAGE]: BHXH_PARTICIPANTS,
  [BHTN_COVERAGE]: BHTN,
};

export interface CoverageSummary {
  indicator: CoverageKey;
  /** A rate plan (2023–2025) or a headcount plan (after 2025): what the card compares. */
  kind: TargetKind;
  /** Actual and target in % for a rate plan, in people for a headcount plan. */
  progress: Progress;
  /** The province's participants and coverage rate, whatever the plan's kind. */
  participants: number | null;
  coverage: number | null;
  /** Districts that have a target for this indicator, and those of them that met it. */
  districtsWithTarget: number;
  districtsMet: number;
  districts: number;
}

const MEASURE = { [BHXH_COVERAGE]: BHXH_MEASURE, [BHTN_COVERAGE]: BHTN_MEASURE } as const;

/** The row's target for a coverage, decided where the reports decide it (shared/reports/progress-row). */
export function rowTarget(row: ValuesRow, indicator: CoverageKey): TargetInfo | undefined {
  return measureTarget(row, MEASURE[indicator]).target;
}

export function rowProgress(row: ValuesRow, indicator: CoverageKey): Progress {
  const t = rowTarget(row, indicator);
  const kind = t?.kind ?? 'rate';
  const participants = row.cells[NUMERATOR[indicator]]?.value ?? null;
  return computeProgress({
    actual: kind === 'rate' ? (row.cells[indicator]?.value ?? null) : participants,
    target: t?.value ?? null,
    targetKind: kind,
    laborForce: row.cells[LABOR_FORCE]?.value ?? null,
    participants,
  });
}

export function provinceRow(v: ValuesResult): ValuesRow | undefined {
  return v.rows.find((r) => r.level === 'province');
}

export function districtRows(v: ValuesResult): ValuesRow[] {
  return v.rows.filter((r) => r.level === 'district');
}

export function coverageSummary(v: ValuesResult, indicator: CoverageKey): CoverageSummary | null {
  const p = provinceRow(v);
  if (!p) return null;
  const ds = districtRows(v);
  let withTarget = 0;
  let met = 0;
  for (const d of ds) {
    const pr = rowProgress(d, indicator);
    if (pr.status === 'no_target') continue;
    withTarget++;
    if (pr.status === 'met') met++;
  }
  // The block's kind, as the reports decide it: the province's target, else its districts'.
  const kind = blockTargetKind([p, ...ds], MEASURE[indicator]);
  return {
    indicator,
    kind,
    progress: rowProgress(p, indicator),
    participants: p.cells[NUMERATOR[indicator]]?.value ?? null,
    coverage: p.cells[indicator]?.value ?? null,
    districtsWithTarget: withTarget,
    districtsMet: met,
    districts: ds.length,
  };
}

/**
 * Districts with no figures of their own for the month: nothing at all, or only values carried from an
 * earlier month. Labour force is yearly, so only the monthly participant counts decide.
 */
export function missingDistricts(
  v: ValuesResult,
): { unit: string; name: string; lastMonth: string | null }[] {
  const monthly = [BHXH_COMPULSORY, BHXH_VOLUNTARY, BHTN];
  const out: { unit: string; name: string; lastMonth: string | null }[] = [];
  for (const d of districtRows(v)) {
    const cells = monthly.map((c) => d.cells[c]);
    // Carried or not is decided with the reports' rule: the same answer on every screen and paper.
    const sent = hasOwnParticipants(d);
    if (sent) continue;
    const periods = cells
      .map((c) => c?.period)
      .filter((x): x is string => !!x)
      .sort();
    out.push({ unit: d.unit, name: d.name, lastMonth: periods.at(-1) ?? null });
  }
  return out;
}

export interface DistrictBar {
  unit: string;
  name: string;
  bhxh: number | null;
  bhxhTarget: number | null;
  bhtn: number | null;
  bhtnTarget: number | null;
  /**
   * Against the district's own target, whatever its kind: the signed report's verdict (pace before
   * December) when it has come, else the result. What colours the bar.
   */
  bhxhStatus: Verdict;
  bhtnStatus: Verdict;
}

/** "Huyện Chư Păh" → "Chư Păh": the chart axis has little room. */
export function shortName(name: string): string {
  return name.replace(/^(Huyện|Thị xã|Thành phố|Tỉnh)\s+/u, '');
}

export function districtBars(v: ValuesResult, report: ProgressReportModel | null = null): DistrictBar[] {
  const judged = new Map((report?.districts ?? []).map((r) => [r.unit, r]));
  const rate = (r: ValuesRow, c: CoverageKey) => (r.targets[c]?.kind === 'rate' ? r.targets[c]!.value : null);
  return districtRows(v).map((d) => ({
    unit: d.unit,
    name: shortName(d.name),
    bhxh: d.cells[BHXH_COVERAGE]?.value ?? null,
    bhxhTarget: rate(d, BHXH_COVERAGE),
    bhtn: d.cells[BHTN_COVERAGE]?.value ?? null,
    bhtnTarget: rate(d, BHTN_COVERAGE),
    bhxhStatus: judged.get(d.unit)?.bhxh.pace.verdict ?? rowProgress(d, BHXH_COVERAGE).status,
    bhtnStatus: judged.get(d.unit)?.bhtnCoverage.pace.verdict ?? rowProgress(d, BHTN_COVERAGE).status,
  }));
}

/** Highest coverage first, districts without figures last: the director reads the ranking. */
export function sortedBars(bars: DistrictBar[], which: 'bhxh' | 'bhtn'): DistrictBar[] {
  return [...bars].sort((a, b) => (b[which] ?? -Infinity) - (a[which] ?? -Infinity));
}

export interface NextTarget {
  year: number;
  kind: TargetKind;
  target: number;
  /** People still to add by December of that year, counted against this month's labour force. */
  needed: number | null;
  monthsLeft: number;
  /** People a month needed, and people a month added so far (the report's pace). */
  required: number | null;
  achieved: number | null;
  verdict: Verdict;
}

/**
 * When the current year has no target, the distance to the plan's next year that has one (plan 156 sets
 * 2023 and 2025 only): without it a director sees a grey badge and nothing of the plan's 2025 aim.
 */
export function nextTarget(input: {
  month: string;
  targets: { year: number; value: number; kind: TargetKind }[];
  laborForce: number | null;
  participants: number | null;
  coverage: number | null;
  achieved: number | null;
}): NextTarget | null {
  const { year, month } = splitMonth(input.month);
  const next = input.targets.filter((t) => t.year > year).sort((a, b) => a.year - b.year)[0];
  if (!next) return null;
  // The same rule as the report's section I (towardLaterTarget): one home for the pace to a later target.
  const t = towardLaterTarget(
    { ...next, document: null },
    { year, month },
    { rate: input.coverage, laborForce: input.laborForce, participants: input.participants },
    input.achieved,
  );
  return {
    year: t.year,
    kind: t.kind,
    target: next.value,
    needed: t.peopleNeeded,
    monthsLeft: t.pace.monthsLeft,
    required: t.pace.required,
    achieved: t.pace.achieved,
    verdict: t.pace.verdict,
  };
}

export interface TrendRow {
  month: string;
  /** "T3" on the axis. */
  label: string;
  bhxh: number | null;
  bhtn: number | null;
  bhxhTarget: number | null;
  bhtnTarget: number | null;
  /** Projected values (line from the last actual month to December). */
  bhxhProjected?: number | null;
  bhtnProjected?: number | null;
  /** The month's figures are carried from an earlier month: drawn hollow, as the PDF does. */
  carried: boolean;
}

export interface TrendInput {
  month: string;
  bhxhCoverage: number | null;
  bhtnCoverage: number | null;
  bhxhTarget: number | null;
  bhtnTarget: number | null;
  /** Figures carried from an earlier month: drawn, but not a trend point. */
  carried: boolean;
}

/**
 * The year's months with actuals up to the latest month, then a dashed line to the trend report's
 * December projection (made from fresh months only), joined at the last fresh point.
 */
export function trendRows(
  points: TrendInput[],
  year: number,
  projected: { bhxh: number | null; bhtn: number | null },
): { rows: TrendRow[]; projected: { bhxh: number | null; bhtn: number | null } } {
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const pts = (key: 'bhxhCoverage' | 'bhtnCoverage') =>
    points
      .filter((p) => p[key] !== null && !p.carried && p.month.startsWith(`${year}-`))
      .map((p) => ({ month: splitMonth(p.month).month, value: p[key]! }));
  const bx = pts('bhxhCoverage');
  const bt = pts('bhtnCoverage');
  const projBhxh = projected.bhxh;
  const projBhtn = projected.bhtn;
  const lastActual = Math.max(
    0,
    ...points
      .filter((p) => p.bhxhCoverage !== null && p.month.startsWith(`${year}-`))
      .map((p) => splitMonth(p.month).month),
  );
  const line = (series: { month: number; value: number }[], end: number | null, m: number): number | null => {
    if (end === null || !series.length) return null;
    const last = series[series.length - 1]!;
    if (m < last.month) return null;
    if (last.month === 12) return m === 12 ? last.value : null;
    return last.value + ((end - last.value) * (m - last.month)) / (12 - last.month);
  };
  const anyTarget = (k: 'bhxhTarget' | 'bhtnTarget') => points.find((p) => p[k] !== null)?.[k] ?? null;
  const rows: TrendRow[] = [];
  for (let m = 1; m <= 12; m++) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    const p = byMonth.get(key);
    rows.push({
      month: key,
      label: `T${m}`,
      bhxh: m <= lastActual ? (p?.bhxhCoverage ?? null) : null,
      bhtn: m <= lastActual ? (p?.bhtnCoverage ?? null) : null,
      // The year's target applies to every month of it; months without a point still draw the line.
      bhxhTarget: p?.bhxhTarget ?? anyTarget('bhxhTarget'),
      bhtnTarget: p?.bhtnTarget ?? anyTarget('bhtnTarget'),
      bhxhProjected: line(bx, projBhxh, m),
      bhtnProjected: line(bt, projBhtn, m),
      carried: m <= lastActual && !!p?.carried,
    });
  }
  return { rows, projected: { bhxh: projBhxh, bhtn: projBhtn } };
}

/**
 * The province's coverage and its rate target, drawn across the district bars; when the year has no
 * target, the plan's next one (named with its year), so the line a director measures against is there.
 */
export function provinceLine(
  province: ValuesRow,
  which: 'bhxh' | 'bhtn',
  year: number,
  next: NextTarget | null = null,
): { value: number | null; target: number | null; targetYear: number } {
  const c = which === 'bhxh' ? BHXH_COVERAGE : BHTN_COVERAGE;
  const value = province.cells[c]?.value ?? null;
  const t = rowTarget(province, c);
  if (t) return { value, target: t.kind === 'rate' ? t.value : null, targetYear: year };
  if (next?.kind === 'rate') return { value, target: next.target, targetYear: next.year };
  return { value, target: null, targetYear: year };
}
