import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { TrendInput } from './dashboard-model';

const NO_PROJECTION = { bhxh: null, bhtn: null };

export interface TrendState {
  points: TrendInput[] | null;
  projected: { bhxh: number | null; bhtn: number | null };
  error: Error | null;
  loading: boolean;
}

/** The unit's months of the year up to `month`, from the trend report (fresh and carried months marked). */
export function useTrend(unit: string, month: string | null, version: number): TrendState {
  const request = month ? `${unit}|${month}|${version}` : null;
  const [state, setState] = useState<Omit<TrendState, 'loading'> & { request: string | null }>({
    request: null,
    points: null,
    projected: NO_PROJECTION,
    error: null,
  });
  useEffect(() => {
    if (!month) return;
    let live = true;
    call('reports.trend', { unit, from: `${month.slice(0, 4)}-01`, to: month }).then(
      (t) => live && setState({ points: t.points, projected: t.projectedYearEnd, request, error: null }),
      (e: unknown) =>
        live && setState({ points: null, projected: NO_PROJECTION, error: e as Error, request }),
    );
    return () => {
      live = false;
    };
  }, [unit, month, request]);
  return {
    points: state.points,
    projected: state.projected,
    error: state.error,
    loading: request !== null && state.request !== request,
  };
}
