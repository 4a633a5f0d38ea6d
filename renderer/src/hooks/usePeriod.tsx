import { Spin } from 'antd';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/client';
import { useRoute } from '../routing/useRoute';

interface PeriodState {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`: what the user is looking at. */
  period: string;
  setPeriod: (p: string) => void;
  /** The latest month with figures, null when the database is empty, undefined while loading. */
  latestMonth: string | null | undefined;
  /** Bumped after anything that changes the figures (import, undo, correction), so screens reload. */
  dataVersion: number;
  dataChanged: () => void;
}

const Ctx = createContext<PeriodState | null>(null);

function currentMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * One period shared by every screen. It lives in the address (`ky=`), so Back, a reload and a bookmark
 * keep it; until the clerk picks one the screens follow the latest month with figures, also after an import.
 */
export function PeriodProvider({ children }: { children: ReactNode }) {
  const { route, navigate } = useRoute();
  const [latestMonth, setLatest] = useState<string | null | undefined>(undefined);
  const [dataVersion, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call('values.latestMonth', {}).then(
      (m) => live && setLatest(m),
      () => live && setLatest((l) => l ?? null),
    );
    return () => {
      live = false;
    };
  }, [dataVersion]);

  const value = useMemo<PeriodState>(
    () => ({
      period: route.period ?? latestMonth ?? currentMonth(),
      setPeriod: (p) => navigate({ ...route, period: p }),
      latestMonth,
      dataVersion,
      dataChanged: () => setVersion((v) => v + 1),
    }),
    [route, navigate, latestMonth, dataVersion],
  );
  // Screens wait for the latest month so the first thing they ask for is the period the user will see.
  if (latestMonth === undefined)
    return (
      <Spin size="large" description="Đang tải số liệu…">
        <div style={{ height: '100vh' }} />
      </Spin>
    );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function usePeriod(): PeriodState {
  const v = useContext(Ctx);
  if (!v) throw new Error('usePeriod outside PeriodProvider');
  return v;
}

/** The latest month with figures, or undefined outside the provider (a picker rendered on its own). */
export function useLatestMonth(): string | null | undefined {
  return useContext(Ctx)?.latestMonth;
}
