import type { MonthKey } from './period';

/** One stored figure: `period` is a month `YYYY-MM` or, for yearly figures, `YYYY`. */
export interface Observation {
  period: string;
  value: number;
}

export interface ResolvedValue {
  value: number;
  /** The stored period the value comes from. */
  period: string;
  /** True when the value is older than the month asked for (a yearly figure applies to its own year). */
  carried: boolean;
}

/**
 * Stocks: the value for a month is the latest observation at or before it. A yearly figure `YYYY`
 * sorts just before `YYYY-01`, so plain string order puts it where it takes effect; a monthly figure of
 * the same year that is not later than the month wins over it.
 */
export function resolveStock(observations: readonly Observation[], month: MonthKey): ResolvedValue | null {
  let best: Observation | null = null;
  for (const o of observations) {
    if (o.period <= month && (best === null || o.period > best.period)) best = o;
  }
  if (!best) return null;
  return { value: best.value, period: best.period, carried: isCarried(best.period, month) };
}

/**
 * Whether the figure stored for `period` is older than `month` asks for: a yearly figure applies to
 * every month of its own year, a monthly one only to its month.
 */
export function isCarried(period: string, month: MonthKey): boolean {
  return period !== month && !(period.length === 4 && month.startsWith(`${period}-`));
}
