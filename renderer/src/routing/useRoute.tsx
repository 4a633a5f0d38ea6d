import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatRoute, parseRoute, type Route, type SectionKey } from './route';

interface Router {
  route: Route;
  /**
   * A new history entry (Back returns), or `replace` for a change Back should step over. A function gets
   * the route at the moment it runs, for handlers built before the address last changed.
   */
  navigate: (next: Route | ((current: Route) => Route), options?: { replace?: boolean }) => void;
}

const Ctx = createContext<Router | null>(null);

/** The address as the route it names, rewritten in place when it was not already in its canonical form. */
function readAddress(): string {
  const canonical = formatRoute(parseRoute(window.location.hash));
  if (window.location.hash !== canonical) window.history.replaceState(window.history.state, '', canonical);
  return canonical;
}

/**
 * The one home of navigation: the screen and the place in it live in the address (see route.ts), so
 * Back/Forward, a reload and a bookmark keep them. `initial` (component tests, a screen opened on its own)
 * replaces whatever address the page had.
 */
export function RouteProvider({ initial, children }: { initial?: Route; children: ReactNode }) {
  const [address, setAddress] = useState(() => {
    if (initial) window.history.replaceState(window.history.state, '', formatRoute(initial));
    return readAddress();
  });

  useEffect(() => {
    // Back/Forward fire popstate; an address typed or pasted into the bar fires hashchange.
    const follow = () => setAddress(readAddress());
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  const navigate = useCallback<Router['navigate']>((next, options) => {
    const target = formatRoute(typeof next === 'function' ? next(parseRoute(window.location.hash)) : next);
    if (target === window.location.hash) return;
    // pushState fires neither event: the state follows here.
    if (options?.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    setAddress(target);
  }, []);

  const value = useMemo<Router>(() => ({ route: parseRoute(address), navigate }), [address, navigate]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current route and how to move; throws outside the provider, like usePeriod. */
export function useRoute(): Router {
  const v = useContext(Ctx);
  if (!v) throw new Error('useRoute outside RouteProvider');
  return v;
}

/**
 * Opens another screen, keeping the period the clerk is looking at (a next step after an import, a
 * first-run link, the menu). Null where no frame provides it (a screen rendered alone): links are left out.
 */
export function useGoTo(): ((section: SectionKey) => void) | null {
  const router = useContext(Ctx);
  return useMemo(
    () => router && ((section: SectionKey) => router.navigate({ section, period: router.route.period })),
    [router],
  );
}
