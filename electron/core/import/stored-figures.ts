/**
 * The database's figures for the units an import touches, read once per unit (one query, not one per
 * value: a 150,000-row history would otherwise spend most of its time in point lookups).
 */
import type { Db } from '../db/open';

type Series = { periods: string[]; values: number[] };

export class StoredFigures {
  private readonly cache = new Map<number, Map<string, Series>>();
  private readonly stmt;

  constructor(db: Db) {
    // Rows as arrays, not objects: a history re-import reads every stored figure of 10,000 units.
    this.stmt = db
      .prepare(
        'SELECT indicator, period, value FROM observations WHERE unit_id = ? ORDER BY indicator, period',
      )
      .raw(true);
  }

  private unit(id: number): Map<string, Series> {
    let m = this.cache.get(id);
    if (m) return m;
    m = new Map();
    let s: Series | undefined;
    let indicator = '';
    for (const [ind, period, value] of this.stmt.all(id) as [string, string, number][]) {
      if (s === undefined || ind !== indicator) {
        indicator = ind;
        m.set(ind, (s = { periods: [], values: [] }));
      }
      s.periods.push(period);
      s.values.push(value);
    }
    this.cache.set(id, m);
    return m;
  }

  exact(unit: number, indicator: string, period: string): number | undefined {
    const s = this.unit(unit).get(indicator);
    if (!s) return undefined;
    const i = s.periods.indexOf(period);
    return i < 0 ? undefined : s.values[i];
  }

  /** The latest figure at or before a month; a yearly `YYYY` sorts before `YYYY-01`, as the stock rule wants. */
  latest(unit: number, indicator: string, month: string): number | undefined {
    const s = this.unit(unit).get(indicator);
    if (!s) return undefined;
    let lo = 0;
    let hi = s.periods.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.periods[mid]! <= month) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : s.values[lo - 1];
  }
}
