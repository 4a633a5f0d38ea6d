/** jsdom lacks what antd and recharts measure with; give them harmless stand-ins. */
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import type { ApiResponse } from '../../shared/api/contract';
import { setTransport } from '../../renderer/src/api/client';
import { setPlatform, type Platform } from '../../renderer/src/platform/types';

if (!window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;

class FakeResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= FakeResizeObserver as unknown as typeof ResizeObserver;

// jsdom follows a click on an <a> without href to the page's own address minus its fragment (browsers do
// nothing): with the screen in the fragment, a click on a Typography.Link would open Tổng quan.
document.addEventListener('click', (e) => {
  if (e.target instanceof Element && e.target.closest('a:not([href])')) e.preventDefault();
});

// The first antd render in jsdom is slow on a shared two-core machine.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  // The screen and period live in the address: a test's navigation must not open the next test elsewhere.
  window.history.replaceState(null, '', '/');
});

export type Handler = (input: never) => unknown;

/** A transport answering from a map of handlers; a missing method answers like an unfinished one. Records calls. */
export function fakeApi(given: Record<string, Handler>) {
  const handlers = withDashboard(given);
  const calls: { method: string; input: unknown }[] = [];
  setTransport({
    async invoke(method, input): Promise<ApiResponse<unknown>> {
      calls.push({ method, input });
      const h = handlers[method];
      if (!h) return { ok: false, error: { code: 'refused', message: 'Chức năng này chưa sẵn sàng.' } };
      try {
        return { ok: true, result: await h(input as never) };
      } catch (e) {
        return { ok: false, error: { code: 'refused', message: (e as Error).message } };
      }
    },
  });
  return {
    calls,
    of: (m: string) => calls.filter((c) => c.method === m).map((c) => c.input as Record<string, unknown>),
  };
}

export function fakePlatform(over: Partial<Platform> = {}) {
  const saved: string[] = [];
  const p: Platform = {
    kind: 'browser',
    saveFile: vi.fn(async (f) => {
      saved.push(f.name);
      return 'id-1';
    }),
    openSaved: vi.fn(async () => undefined),
    pickFiles: vi.fn(async () => null),
    printPdf: vi.fn(async () => undefined),
    ...over,
  };
  setPlatform(p);
  return { platform: p, saved };
}

/**
 * Tổng quan paints from one `dashboard.get` (the figures and the plan's targets): where a test gives the
 * figures and targets, the fake answers it from them as the core does from the same two reads.
 */
function withDashboard(handlers: Record<string, Handler>): Record<string, Handler> {
  const { 'values.get': values, 'targets.list': targets } = handlers;
  if (handlers['dashboard.get'] || !values) return handlers;
  return {
    ...handlers,
    'dashboard.get': async (input: never) => ({
      values: await values(input),
      targets: targets ? await targets(input) : [],
    }),
  };
}
