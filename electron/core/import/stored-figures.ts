/**
 * The database's figures for the units an import touches, read once per unit (one query, not one per
 * value: a 150,000-row history would otherwise spend most of its time in point lookups), or for many units
 * in one pass. Periods are codes (year × 100 + month, a year's own figure year × 100) as in the value store:
 * no string is made per stored figure.
 */
import type { Db } from '../db/open';

type Series = { periods: number[]; values: number[] };

/** Below this many units, one query each costs less than reading past the units in between. */
const PRELOAD_FROM = 200;

/** The stored period as its code; `YYYY` and `YYYY-MM` sort the same way as text and as code. */
const PERIOD_CODE = `CAST(substr(period, 1, 4) AS INTEGER) * 100 +
  CASE WHEN length(period) = 7 THEN CAST(substr(period, 6, 2) AS INTEGER) ELSE 0 END`;

export class StoredFigures {
  private readonly cache = new Map<number, Map<string, Series>>();
  private readonly stmt;

  constructor(private readonly db: Db) {
    // Rows as arrays, not objects: a history re-import reads every stored figure of 10,000 units.
    this.stmt = db
      .prepare(
        `SELECT indicator, ${PERIOD_CODE}, value FROM observations WHERE unit_id = ? ORDER BY indicator, period`,
      )
      .raw(true);
  }

  /**
   * Reads the figures of many units in one pass over their range of ids, one indicator at a time so
   * that rows are numbers only, instead of one query per unit (a history names 10,000 communes).
   */
  preload(ids: Iterable<number>, indicators: readonly string[]): void {
    const wanted = new Set<number>();
    for (const id of ids) if (!this.cache.has(id)) wanted.add(id);
    if (wanted.size < PRELOAD_FROM) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const id of wanted) {
      if (id < lo) lo = id;
      if (id > hi) hi = id;
      this.cache.set(id, new Map());
    }
    const stmt = this.db
      .prepare(
        `SELECT unit_id, ${PERIOD_CODE}, value FROM observations
         WHERE unit_id BETWEEN ? AND ? AND indicator = ? ORDER BY unit_id, period`,
      )
      .raw(true);
    for (const indicator of indicators) {
      let unit = -1;
      let s: Series | undefined;
      for (const [id, period, value] of stmt.all(lo, hi, indicator) as [number, number, number][]) {
        if (id !== unit) {
          unit = id;
          const m = wanted.has(id) ? this.cache.get(id)! : undefined;
          s = m && { periods: [], values: [] };
          if (m) m.set(indicator, s!);
        }
        if (!s) continue;
        s.periods.push(period);
        s.values.push(value);
      }
    }
  }

  private unit(id: number): Map<string, Series> {
    let m = this.cache.get(id);
    if (m) return m;
    m = new Map();
    let s: Series | undefined;
    let indicator = '';
    for (const [ind, period, value] of this.stmt.all(id) as [string, number, number][]) {
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

  /** The stored figure of exactly this period (a code), or undefined. */
  exact(unit: number, indicator: string, period: number): number | undefined {
    const s = this.unit(unit).get(indicator);
    if (!s) return undefined;
    const i = s.periods.indexOf(period);
    return i < 0 ? undefined : s.values[i];
  }

  /** The latest figure at or before a month (a code); a year's own figure sorts before its January, as the stock rule wants. */
  latest(unit: number, indicator: string, month: number): number | undefined {
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
