/** Targets as the office sets them by hand or from a script: checked against the plan and the indicator. */
import { UserError } from '../../../shared/api/contract';
import type { Db } from '../db/open';
import { listIndicators } from '../repos/indicators';
import { MAX_PEOPLE } from '../../../shared/domain/checks';
import { deleteTarget, getPlanByNumber, listTargets, planForYear, setTarget } from '../repos/targets';
import { unitForPeriod } from '../repos/units';

/** Sets (or, with value null, deletes) a target in the named plan or the plan in force for the year. */
export function setTargetChecked(
  db: Db,
  t: {
    planNumber?: string | undefined;
    fromDocument?: boolean | undefined;
    unit: string;
    indicator: string;
    year: number;
    value: number | null;
  },
) {
  const unit = unitForPeriod(db, t.unit, String(t.year));
  if (!unit) throw new UserError(`Không có đơn vị mã ${t.unit} trong năm ${t.year}.`);
  const ind = listIndicators(db).find((i) => i.code === t.indicator);
  if (!ind) throw new UserError(`Không có chỉ số "${t.indicator}" trong danh mục.`);
  const plan = t.planNumber ? getPlanByNumber(db, t.planNumber) : planForYear(db, t.year);
  if (!plan)
    throw new UserError(
      t.planNumber
        ? `Không có kế hoạch số ${t.planNumber}.`
        : `Không có kế hoạch nào áp dụng cho năm ${t.year}; hãy thêm kế hoạch trước.`,
    );
  if (t.year < plan.yearFrom || t.year > plan.yearTo)
    throw new UserError(
      `Kế hoạch ${plan.number} áp dụng cho các năm ${plan.yearFrom}–${plan.yearTo}, không có năm ${t.year}.`,
    );
  const kind = ind.measure === 'percent' ? 'rate' : 'count';
  if (t.value !== null) {
    if (kind === 'rate' && t.value > 100)
      throw new UserError(`Chỉ tiêu tỷ lệ phải từ 0 đến 100 (%), không phải ${t.value}.`);
    if (kind === 'count' && !Number.isInteger(t.value))
      throw new UserError('Chỉ tiêu số người phải là số nguyên.');
    if (kind === 'count' && t.value > MAX_PEOPLE)
      throw new UserError(
        `Chỉ tiêu số người tối đa ${MAX_PEOPLE.toLocaleString('vi-VN')} người, không phải ${t.value.toLocaleString('vi-VN')}.`,
      );
    setTarget(db, {
      planId: plan.id,
      unitId: unit.id,
      indicator: ind.code,
      year: t.year,
      value: t.value,
      kind,
      // Without a named document the target is the office's, shown with the plan in force (SPEC §2).
      fromDocument: t.fromDocument ?? t.planNumber !== undefined,
    });
  } else {
    deleteTarget(db, { planId: plan.id, unitId: unit.id, indicator: ind.code, year: t.year });
  }
  return (
    listTargets(db, plan.id).find(
      (x) => x.unitCode === unit.code && x.indicator === ind.code && x.year === t.year,
    ) ?? null
  );
}
