/**
 * The warnings of SPEC §3 over the staged figures, through the same `consistencyWarnings` a hand
 * correction uses: each (unit, month) is judged on its new figures completed by the stored ones, against
 * the month before (staged or stored).
 */
import { consistencyWarnings, type FigureSet } from '../../../shared/domain/checks';
import type { Indicator } from '../../../shared/domain/indicators';
import { address } from './cell-value';
import type { ProblemList } from './problems';
import type { StoredFigures } from './stored-figures';
import type { ValueStore } from './value-store';

export function checkConsistency(
  stored: StoredFigures,
  store: ValueStore,
  indicators: readonly Indicator[],
  problems: ProblemList,
): void {
  // Period codes (year × 100 + month) throughout, as the value store and the stored figures keep them.
  const figureAt = (unit: number, ind: number, pc: number): number | undefined => {
    const own = store.find(unit, ind, pc);
    if (own !== undefined) return store.value[own];
    // A yearly labour-force figure staged in the same import applies to its months.
    const year = store.find(unit, ind, Math.floor(pc / 100) * 100);
    if (year !== undefined) return store.value[year];
    return stored.latest(unit, indicators[ind]!.code, pc);
  };
  // Each (unit, month) once, in the order its first figure was read; its figures are found through the
  // store's index rather than grouped into a list each (a history has 120,000 of them).
  for (let first = 0; first < store.length; first++) {
    const pc = store.period[first]!;
    if (pc % 100 === 0) continue;
    const unit = store.unit[first]!;
    let leader = true;
    for (let n = 0; n < indicators.length && leader; n++)
      leader = n === store.indicator[first] || !((store.find(unit, n, pc) ?? first) < first);
    if (!leader) continue;
    const prev = pc % 100 === 1 ? pc - 89 : pc - 1; // January's month before is December of the year before
    const current: FigureSet = {};
    const previous: FigureSet = {};
    for (let n = 0; n < indicators.length; n++) {
      const code = indicators[n]!.code;
      current[code] = figureAt(unit, n, pc) ?? null;
      previous[code] = figureAt(unit, n, prev) ?? null;
    }
    for (const [code, message] of consistencyWarnings(current, previous)) {
      const at =
        store.find(
          unit,
          indicators.findIndex((i) => i.code === code),
          pc,
        ) ?? first;
      const src = store.sources[store.source[at]!]!;
      problems.warning(src.file, src.sheet, address(store.col[at]!, store.row[at]!), message);
    }
  }
}
