/**
 * A file figure that would replace one corrected by hand. A re-import used to revert the correction
 * silently; now each is flagged in the preview (a warning with its cell, which the CLI prints) and the
 * clerk decides per figure: keep the correction or take the file's figure.
 */
import type { CorrectedFigure } from '../../../shared/api/import-types';
import type { UnitInfo } from '../../../shared/api/types';
import { observationPeriodLabel } from '../../../shared/domain/period';
import type { Indicator } from '../../../shared/domain/indicators';
import { formatCount } from '../../../shared/format/vi';
import type { Db } from '../db/open';
import { handCorrectedFigures } from '../repos/corrections';
import { address } from './cell-value';
import type { ProblemList } from './problems';
import { periodText, type ValueStore } from './value-store';

export function correctionKey(unit: string, indicator: string, period: string): string {
  return `${unit}|${indicator}|${period}`;
}

/** Flags, among the store indices whose figure differs from the database, those corrected by hand. */
export function flagHandCorrections(
  db: Db,
  store: ValueStore,
  changed: readonly number[],
  indicators: readonly Indicator[],
  units: ReadonlyMap<number, UnitInfo>,
  problems: ProblemList,
): { list: CorrectedFigure[]; indices: Map<string, number> } {
  const list: CorrectedFigure[] = [];
  const indices = new Map<string, number>();
  if (changed.length === 0) return { list, indices };
  const byKey = new Map(
    handCorrectedFigures(db).map((c) => [`${c.unitId}|${c.indicator}|${c.period}`, c] as const),
  );
  if (byKey.size === 0) return { list, indices };
  for (const i of changed) {
    const indicator = indicators[store.indicator[i]!]!;
    const period = periodText(store.period[i]!);
    const c = byKey.get(`${store.unit[i]!}|${indicator.code}|${period}`);
    if (!c) continue;
    const u = units.get(store.unit[i]!)!;
    const src = store.sources[store.source[i]!]!;
    const cell = address(store.col[i]!, store.row[i]!);
    const key = correctionKey(u.code, indicator.code, period);
    indices.set(key, i);
    list.push({
      key,
      unit: u.code,
      unitName: u.name,
      indicator: indicator.code,
      period,
      corrected: c.value,
      fileValue: store.value[i]!,
      note: c.note,
      correctedAt: c.at,
      file: src.file,
      sheet: src.sheet,
      cell,
    });
    problems.warning(
      src.file,
      src.sheet,
      cell,
      `${u.name}, "${indicator.shortLabel}" kỳ ${observationPeriodLabel(period)} đã được sửa tay thành ${formatCount(c.value)} (lần nhập số ${c.importId}${c.note ? `: ${c.note}` : ''}); tệp ghi ${formatCount(store.value[i]!)}. Nếu ghi, số của tệp sẽ thay số đã sửa, trừ khi chọn giữ số đã sửa.`,
    );
  }
  return { list, indices };
}
