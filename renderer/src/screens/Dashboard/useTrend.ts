import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { BHTN_COVERAGE, BHXH_COVERAGE } from '../../../../shared/domain/indicators';
import { provinceRow } from './dashboard-model';
import type { TrendInput } from './dashboard-model';

export interface TrendState {
  points: TrendInput[] | null;
  /** `reports.trend` was not available and the points were computed here from `values.get`. */
  fallback: boolean;
  error: Error | null;
  loading: boolean;
}

/**
 * The province's months of the year up to `month`. Asks the trend report first; while that handler is not
 * ready, reads each month's figures instead (at most twelve small calls).
 */
export function useTrend(unit: string, month: string | null, version: number): TrendState {
  const request = month ? `${unit}|${month}|${version}` : null;
  const [state, setState] = useState<Omit<TrendState, 'loading'> & { request: string | null }>({
    request: null,
    points: null,
    fallback: false,
    error: null,
  });
  useEffect(() => {
    if (!month) return;
    let live = true;
    const year = month.slice(0, 4);
    (async () => {
      try {
        const t = await call('reports.trend', { unit, from: `${year}-01`, to: month });
        return { points: t.points as TrendInput[], fallback: false };
      } catch {
        const last = Number(month.slice(5, 7));
        const months = Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
        const results = await Promise.all(months.map((m) => call('values.get', { period: m })));
        const points = results.map((v, i): TrendInput => {
          const row = unit === provinceRow(v)?.unit ? provinceRow(v) : v.rows.find((r) => r.unit === unit);
          // Months before the first figures have nothing; drawing them as 0% would mislead.
          const carried = !row || Object.values(row.cells).every((c) => c.value === null);
          return {
            month: months[i]!,
            bhxhCoverage: carried ? null : (row?.cells[BHXH_COVERAGE]?.value ?? null),
            bhtnCoverage: carried ? null : (row?.cells[BHTN_COVERAGE]?.value ?? null),
            bhxhTarget:
              row?.targets[BHXH_COVERAGE]?.kind === 'rate' ? row.targets[BHXH_COVERAGE].value : null,
            bhtnTarget:
              row?.targets[BHTN_COVERAGE]?.kind === 'rate' ? row.targets[BHTN_COVERAGE].value : null,
          };
        });
        return { points, fallback: true };
      }
    })().then(
      (r) => live && setState({ ...r, request, error: null }),
      (e: unknown) => live && setState({ points: null, fallback: true, error: e as Error, request }),
    );
    return () => {
      live = false;
    };
  }, [unit, month, request]);
  return {
    points: state.points,
    fallback: state.fallback,
    error: state.error,
    loading: request !== null && state.request !== request,
  };
}
