import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './ApiErrorAlert';

/**
 * What a screen shows under its header while its data is not there: the error, or a skeleton. Null once the
 * data has arrived, so a screen writes `if (gate || !data) return gate;`.
 */
export function loadGate(
  header: ReactNode,
  error: Error | null | undefined,
  ready: boolean,
  what: string,
): ReactNode {
  if (error)
    return (
      <>
        {header}
        <ApiErrorAlert error={error} what={what} />
      </>
    );
  if (!ready)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  return null;
}
