import { useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { call } from '../../api/client';
import { RecoveryView } from './RecoveryView';

type Status = { state: 'checking' } | { state: 'open' } | { state: 'broken'; message: string };

/**
 * Asks the core once whether the database opened. When it did not (damaged, another program's, from a newer
 * version), the clerk gets the recovery view with the backups instead of an app whose every screen fails.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'checking' });
  useEffect(() => {
    let live = true;
    call('db.status', {}).then(
      (s) => live && setStatus(s.ok ? { state: 'open' } : { state: 'broken', message: s.message ?? '' }),
      // A core without the check answers every other method as before.
      () => live && setStatus({ state: 'open' }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (status.state === 'open') return children;
  return (
    <ConfigProvider locale={viVN} theme={{ token: { fontSize: 14 } }}>
      <AntApp>
        {status.state === 'checking' ? (
          <Spin style={{ display: 'block', marginTop: 120 }} />
        ) : (
          <RecoveryView problem={status.message} onRestored={() => setStatus({ state: 'open' })} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
