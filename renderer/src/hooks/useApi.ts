import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { call } from '../api/client';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads one API method and reloads it when its input changes (compared by JSON, so callers may pass a
 * fresh object each render). `input === null` means "not yet": nothing is asked. A new `version` (the
 * data version bumped after imports) asks again.
 */
export function useApi<M extends ApiMethod>(method: M, input: ApiInput<M> | null, version = 0): ApiState<ApiOutput<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ data: ApiOutput<M> | undefined; error: Error | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: key !== null,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as ApiInput<M>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live && setState({ data: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [method, key, tick, version]);

  return { ...state, reload };
}
