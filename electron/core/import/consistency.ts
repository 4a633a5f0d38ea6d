/**
 * The warnings of SPEC §3 over the staged figures, through the same `consistencyWarnings` a hand
 * correction uses: each (unit, month) is judged on its new figures completed by the stored ones, against
 * the month before (staged or stored).
 */
import { consistencyWarnings, type FigureSet } from '../../../shared/domain/checks';
import type { Indicator } from '../../../shared/domain/indicators';
import { addMonths } from '../../../shared/domain/period';
import { address } from './cell-value';
import type { ProblemList } from './problems';
import type { StoredFigures } from './stored-figures';
import { periodCode, periodText, type ValueStore } from './value-store';

export function checkConsistency(
  stored: StoredFigures,
  store: ValueStore,
  indicators: readonly Indicator[],
  problems: ProblemList,
): void {
  // (unit, month) → indices of its staged values.
  const byUnit = new Map<number, Map<number, number[]>>();
  for (let i = 0; i < store.length; i++) {
    if (store.period[i]! % 100 === 0) continue;
    let m = byUnit.get(store.unit[i]!);
    if (!m) byUnit.set(store.unit[i]!, (m = new Map()));
    const g = m.get(store.period[i]!);
    if (g) g.push(i);
    else m.set(store.period[i]!, [i]);
  }
  const groups = [...byUnit.values()].flatMap((m) => [...m.values()]);
  const figureAt = (unit: number, ind: number, month: string): number | undefined => {
    const pc = periodCode(month);
    const own = store.find(unit, ind, pc);
    if (own !== undefined) return store.value[own];
    // A yearly labour-force figure staged in the same import applies to its months.
    const year = store.find(unit, ind, Math.floor(pc / 100) * 100);
    if (year !== undefined) return store.value[year];
    return stored.latest(unit, indicators[ind]!.code, month);
  };
  for (const idx of groups) {
    const first = idx[0]!;
    const unit = store.unit[first]!;
    const month = periodText(store.period[first]!);
    const prevMonth = addMonths(month, -1);
    const current: FigureSet = {};
    const previous: FigureSet = {};
    indicators.forEach((ind, n) => {
      current[ind.code] = figureAt(unit, n, month) ?? null;
      previous[ind.code] = figureAt(unit, n, prevMonth) ?? null;
    });
    for (const [code, message] of consistencyWarnings(current, previous)) {
      const n = indicators.findIndex((i) => i.code === code);
      const at = idx.find((i) => store.indicator[i] === n) ?? first;
      const src = store.sources[store.source[at]!]!;
      problems.warning(src.file, src.sheet, address(store.col[at]!, store.row[at]!), message);
    }
  }
}
