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
 * data version bumped after imports) asks again. The previous answer stays visible while reloading.
 */
export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
  version = 0,
): ApiState<ApiOutput<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [tick, setTick] = useState(0);
  const request = key === null ? null : `${method}|${key}|${version}|${tick}`;
  const [state, setState] = useState<{
    request: string | null;
    data: ApiOutput<M> | undefined;
    error: Error | null;
  }>({
    request: null,
    data: undefined,
    error: null,
  });
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (key === null || request === null) return;
    let live = true;
    call(method, JSON.parse(key) as ApiInput<M>).then(
      (data) => live && setState({ request, data, error: null }),
      (error: unknown) =>
        live &&
        setState({
          request,
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [method, key, request]);

  return {
    data: state.data,
    error: state.error,
    loading: request !== null && state.request !== request,
    reload,
  };
}
