/**
 * The final evaluation of a plan (156/KH-UBND: 2023–2025) on the territory its targets are about: old
 * Gia Lai, by district until 6/2025 and by the 77 communes formed from it after (the `64` row of values).
 */
import { UserError } from '../../../shared/api/contract';
import type { ValuesRow } from '../../../shared/api/types';
import {
  BHTN,
  BHTN_COVERAGE,
  BHXH_COVERAGE,
  BHXH_PARTICIPANTS,
  LABOR_FORCE,
} from '../../../shared/domain/indicators';
import { monthKey, monthLabel, parsePeriod } from '../../../shared/domain/period';
import {
  difference,
  met,
  type EvaluationPoint,
  type EvaluationYear,
  type PlanEvaluationModel,
} from '../../../shared/domain/plan-evaluation';
import { formatCount, formatRate } from '../../../shared/format/vi';
import type { Db } from '../db/open';
import { getSettings } from '../repos/settings';
import { getPlanByNumber, listTargets, planForYear } from '../repos/targets';
import { monthForPeriod, valuesForMonth } from '../services/values';
import { unitForPeriod } from '../repos/units';

function point(month: string, row: ValuesRow | undefined): EvaluationPoint {
  const v = (c: string) => row?.cells[c]?.value ?? null;
  return {
    month,
    laborForce: v(LABOR_FORCE),
    bhxhParticipants: v(BHXH_PARTICIPANTS),
    bhtn: v(BHTN),
    bhxhCoverage: v(BHXH_COVERAGE),
    bhtnCoverage: v(BHTN_COVERAGE),
  };
}

export function buildPlanEvaluation(
  db: Db,
  opts: { planNumber?: string | undefined; year?: number | undefined },
  now = new Date(),
): PlanEvaluationModel {
  const plan = opts.planNumber
    ? getPlanByNumber(db, opts.planNumber)
    : opts.year !== undefined
      ? planForYear(db, opts.year)
      : null;
  if (!plan)
    throw new UserError(
      opts.planNumber
        ? `Không có kế hoạch số ${opts.planNumber}.`
        : `Không có kế hoạch nào áp dụng cho năm ${opts.year}.`,
    );
  // The unit the plan sets targets for at the highest level: the province (or its old territory).
  const targets = listTargets(db, plan.id);
  const unitCode = [...new Set(targets.map((t) => t.unitCode))].find(
    (c) => unitForPeriod(db, c, String(plan.yearFrom))?.level === 'province',
  );
  if (!unitCode) throw new UserError(`Kế hoạch ${plan.number} chưa có chỉ tiêu nào để đánh giá.`);
  const rowOf = (month: string) => valuesForMonth(db, month).rows.find((r) => r.unit === unitCode);

  const years: EvaluationYear[] = [];
  let unitName = '';
  for (let y = plan.yearFrom; y <= plan.yearTo; y++) {
    const month = monthForPeriod(db, parsePeriod(String(y)));
    const row = rowOf(month);
    if (row && !unitName) unitName = row.name;
    const p = point(month, row);
    const target = (ind: string) =>
      targets.find((t) => t.year === y && t.indicator === ind && t.unitCode === unitCode)?.value ?? null;
    const bhxhTarget = target(BHXH_COVERAGE);
    const bhtnTarget = target(BHTN_COVERAGE);
    years.push({
      ...p,
      year: y,
      bhxhTarget,
      bhtnTarget,
      bhxhMet: met(p.bhxhCoverage, bhxhTarget),
      bhtnMet: met(p.bhtnCoverage, bhtnTarget),
    });
  }
  let start: EvaluationPoint | null = null;
  const before = point(monthKey(plan.yearFrom - 1, 12), rowOf(monthKey(plan.yearFrom - 1, 12)));
  if (before.bhxhParticipants !== null) start = before;
  else
    for (let m = 1; m <= 12 && !start; m++) {
      const p = point(monthKey(plan.yearFrom, m), rowOf(monthKey(plan.yearFrom, m)));
      if (p.bhxhParticipants !== null) start = p;
    }
  const last = years[years.length - 1]!;
  const end: EvaluationPoint | null = last.bhxhParticipants !== null ? last : null;
  const added = {
    bhxhParticipants: difference(end?.bhxhParticipants, start?.bhxhParticipants),
    bhtn: difference(end?.bhtn, start?.bhtn),
  };

  const summary: string[] = [];
  for (const y of years) {
    const part = (label: string, actual: number | null, target: number | null, ok: boolean | null) =>
      target === null
        ? `${label} ${formatRate(actual)}% (kế hoạch không đặt chỉ tiêu năm ${y.year})`
        : actual === null
          ? `${label} chưa có số liệu (chỉ tiêu ${formatRate(target)}%)`
          : `${label} ${formatRate(actual)}% so với chỉ tiêu ${formatRate(target)}%: ${ok ? 'đạt' : 'chưa đạt'}`;
    summary.push(
      `Năm ${y.year} (số liệu ${monthLabel(y.month).toLowerCase()}): ${part('tỷ lệ bao phủ BHXH', y.bhxhCoverage, y.bhxhTarget, y.bhxhMet)}; ${part('BHTN', y.bhtnCoverage, y.bhtnTarget, y.bhtnMet)}.`,
    );
  }
  if (start && end)
    summary.push(
      `Từ ${monthLabel(start.month).toLowerCase()} đến ${monthLabel(end.month).toLowerCase()}, số người tham gia BHXH tăng ${formatCount(added.bhxhParticipants)} người (từ ${formatCount(start.bhxhParticipants)} lên ${formatCount(end.bhxhParticipants)}), tham gia BHTN tăng ${formatCount(added.bhtn)} người (từ ${formatCount(start.bhtn)} lên ${formatCount(end.bhtn)}).`,
    );
  if (years.some((y) => y.month >= '2025-07'))
    summary.push(
      'Từ ngày 01/7/2025 không còn cấp huyện: số liệu từ tháng 7/2025 là tổng của các xã, phường hình thành từ địa bàn tỉnh Gia Lai cũ.',
    );
  return {
    plan,
    unit: unitCode,
    unitName,
    years,
    start,
    end,
    added,
    summary,
    settings: getSettings(db),
    generatedAt: now.toISOString(),
  };
}
