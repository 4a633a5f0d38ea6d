/** Builds a progress report row from the figures of a month (pure: the core fetches, this computes). */
import type { TargetInfo, ValuesRow, ValueCell } from '../api/types';
import {
  computeProgress,
  judgePace,
  monthlySlope,
  projectYearEnd,
  type TargetKind,
} from '../domain/progress';
import {
  BHTN,
  BHTN_COVERAGE,
  BHXH_COMPULSORY,
  BHXH_COVERAGE,
  BHXH_PARTICIPANTS,
  BHXH_VOLUNTARY,
  LABOR_FORCE,
} from '../domain/indicators';
import { observationPeriodLabel } from '../domain/period';

/** "tháng 4/2024", "năm 2023": a period in running text is lower-case. */
const periodInText = (period: string) => observationPeriodLabel(period).toLowerCase();
import type { CoverageProgress, ProgressRow } from './model';

/** The same unit at the months a progress row compares with. */
export interface RowHistory {
  previousMonth?: ValuesRow | undefined;
  sameMonthLastYear?: ValuesRow | undefined;
  /** This year's months up to the report month (1–12), for the year-end projection. */
  yearMonths?: { month: number; row: ValuesRow }[];
  /** The report month (1–12): the pace is judged on the months left after it. */
  month?: number;
}

const val = (row: ValuesRow | undefined, code: string): number | null => row?.cells[code]?.value ?? null;

export interface Measure {
  /** Rate indicator, and the headcount indicator a count target would be set on. */
  rate: string;
  count: string;
  participants: (row: ValuesRow | undefined) => number | null;
  /** Entered indicators behind the figure: a month counts for the trend only where they are not carried. */
  entered: string[];
}

export const BHXH_MEASURE: Measure = {
  rate: BHXH_COVERAGE,
  count: BHXH_PARTICIPANTS,
  participants: (r) => val(r, BHXH_PARTICIPANTS),
  entered: [BHXH_COMPULSORY, BHXH_VOLUNTARY],
};
export const BHTN_MEASURE: Measure = {
  rate: BHTN_COVERAGE,
  count: BHTN,
  participants: (r) => val(r, BHTN),
  entered: [BHTN],
};

/**
 * The row's target for a measure and its kind. A plan states either a rate (2023–2025 plans) or, later, a
 * headcount; a rate target on the rate indicator wins over a headcount on the count one.
 */
export function rowTarget(
  row: ValuesRow,
  m: Measure,
): { target: TargetInfo; kind: TargetKind } | { target: undefined; kind: null } {
  const rate = row.targets[m.rate];
  if (rate) return { target: rate, kind: 'rate' };
  const count = row.targets[m.count];
  return count ? { target: count, kind: 'count' } : { target: undefined, kind: null };
}

/** A block's kind: the province's target decides; without one, the first district that has one; else rate. */
export function blockTargetKind(rows: readonly ValuesRow[], m: Measure): TargetKind {
  const province = rows.find((r) => r.level === 'province');
  const ordered = province ? [province, ...rows.filter((r) => r !== province)] : rows;
  return ordered.map((r) => rowTarget(r, m).kind).find((k) => k !== null) ?? 'rate';
}

const PARTICIPANT_CODES = [BHXH_COMPULSORY, BHXH_VOLUNTARY, BHTN];

/**
 * The stored period (`YYYY-MM`, or a year) of the oldest participant figure carried into the row; null
 * when every participant figure it has is the month's own. Labour force is yearly and does not count.
 */
export function carriedFrom(row: ValuesRow): string | null {
  const periods = PARTICIPANT_CODES.map((c) => row.cells[c])
    .filter((c): c is ValueCell => !!c && c.value !== null && !!c.carried && !!c.period)
    .map((c) => c.period!)
    .sort();
  return periods[0] ?? null;
}

/** True when the row has a participant figure of the month's own (not carried from an earlier month). */
export function hasOwnParticipants(row: ValuesRow): boolean {
  return PARTICIPANT_CODES.some((c) => {
    const cell = row.cells[c];
    return !!cell && cell.value !== null && cell.source !== 'none' && !cell.carried;
  });
}

/** True when the row has no participant figure at all for the month, own or carried. */
export function hasNoParticipants(row: ValuesRow): boolean {
  return PARTICIPANT_CODES.every((c) => row.cells[c]?.value == null);
}

function coverage(row: ValuesRow, m: Measure, h: RowHistory): CoverageProgress {
  const { target, kind } = rowTarget(row, m);
  const pick = (r: ValuesRow | undefined): number | null =>
    kind === 'count' ? m.participants(r) : val(r, m.rate);
  const actual = pick(row);
  const p = computeProgress({
    actual,
    target: target?.value ?? null,
    targetKind: kind ?? 'rate',
    laborForce: val(row, LABOR_FORCE),
    participants: m.participants(row),
  });
  const previousMonth = pick(h.previousMonth);
  const sameMonthLastYear = pick(h.sameMonthLastYear);
  const fresh = (r: ValuesRow) => m.entered.every((c) => r.cells[c]?.value != null && !r.cells[c]?.carried);
  const current = actual !== null && fresh(row) ? actual : null;
  const points = (h.yearMonths ?? [])
    .filter((x) => fresh(x.row))
    .map((x) => ({ month: x.month, value: pick(x.row) }))
    .filter((x): x is { month: number; value: number } => x.value !== null);
  const people = (h.yearMonths ?? [])
    .filter((x) => fresh(x.row))
    .map((x) => ({ month: x.month, value: m.participants(x.row) }))
    .filter((x): x is { month: number; value: number } => x.value !== null);
  const nowPeople = m.participants(row);
  const lastYearPeople = m.participants(h.sameMonthLastYear);
  const peopleChangeSinceLastYear =
    nowPeople !== null && lastYearPeople !== null && fresh(row) ? nowPeople - lastYearPeople : null;
  const achieved =
    monthlySlope(people) ?? (peopleChangeSinceLastYear !== null ? peopleChangeSinceLastYear / 12 : null);
  return {
    ...p,
    targetKind: kind,
    previousMonth,
    sameMonthLastYear,
    // A figure carried from an earlier month has not moved "since last month": no change is claimed for it.
    changeSincePreviousMonth: current !== null && previousMonth !== null ? current - previousMonth : null,
    changeSinceLastYear: current !== null && sameMonthLastYear !== null ? current - sameMonthLastYear : null,
    projectedYearEnd: projectYearEnd(points),
    peopleChangeSinceLastYear,
    targetDocument: target?.fromDocument ? target.planNumber : null,
    pace: judgePace(p, h.month ?? 12, achieved),
  };
}

const NOTE_LABEL: Record<string, string> = {
  [LABOR_FORCE]: 'LLLĐ',
  [BHXH_COMPULSORY]: 'BHXH bắt buộc',
  [BHXH_VOLUNTARY]: 'BHXH tự nguyện',
  [BHTN]: 'BHTN',
};

/**
 * "BHTN chuyển từ Tháng 5/2024", "LLLĐ lấy số liệu Năm 2023", children missing or disagreeing. When every
 * figure of the row comes from the same earlier month, one note says so instead of four.
 */
export function carriedNotes(row: ValuesRow): string[] {
  const notes: string[] = [];
  const carried: { label: string; period: string }[] = [];
  let present = 0;
  for (const [code, label] of Object.entries(NOTE_LABEL)) {
    const c: ValueCell | undefined = row.cells[code];
    if (!c || c.value === null) continue;
    present++;
    if (c.carried && c.period) carried.push({ label, period: c.period });
    if (c.source === 'children' && c.missingChildren)
      notes.push(`${label}: thiếu số liệu của ${c.missingChildren} đơn vị cấp dưới`);
    if (c.childrenSum !== undefined) notes.push(`${label}: số của đơn vị khác tổng các đơn vị cấp dưới`);
  }
  const first = carried[0];
  if (first && carried.length === present && present > 1 && carried.every((c) => c.period === first.period)) {
    return [`số liệu chuyển từ ${periodInText(first.period)}`, ...notes];
  }
  const carriedText = carried.map(({ label, period }) =>
    period.length === 4
      ? `${label} lấy số liệu ${periodInText(period)}`
      : `${label} chuyển từ ${periodInText(period)}`,
  );
  return [...carriedText, ...notes];
}

export function buildProgressRow(row: ValuesRow, history: RowHistory = {}): ProgressRow {
  return {
    unit: row.unit,
    name: row.name,
    level: row.level,
    laborForce: val(row, LABOR_FORCE),
    bhxhCompulsory: val(row, BHXH_COMPULSORY),
    bhxhVoluntary: val(row, BHXH_VOLUNTARY),
    bhxhParticipants: val(row, BHXH_PARTICIPANTS),
    bhtn: val(row, BHTN),
    bhxh: coverage(row, BHXH_MEASURE, history),
    bhtnCoverage: coverage(row, BHTN_MEASURE, history),
    carriedNotes: carriedNotes(row),
    carriedFrom: carriedFrom(row),
  };
}
