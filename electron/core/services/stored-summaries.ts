import type { Db } from '../db/open';
import { contentGeneration, putSummaryBodies, storedSummaryBody } from '../repos/summaries';
import type { ValuesResult } from '../../../shared/api/types';
import type { ValuesSummary } from './values';
import { keepingCache } from './read-cache';

/**
 * The shape of a stored body and of what computeMonth puts in it. Bump it whenever computeMonth (or
 * what it calls: aggregation, indicators' formulas) would give a different summary for the same data:
 * summaries stored by an older build are then never read. tests/db/summary-format.test.ts fails until
 * the bump is made, with the summaries' new fingerprint.
 */
export const SUMMARY_FORMAT = 1;

interface Body {
  values: ValuesResult;
  carried: [string, string[]][];
}

/** The summary as JSON, or null when JSON would not give it back as it is (a number that is not finite). */
export function encodeSummary(s: ValuesSummary): string | null {
  let exact = true;
  const body: Body = {
    values: s.values,
    carried: [...s.carriedCommunes].map(([code, set]) => [code, [...set]]),
  };
  const text = JSON.stringify(body, (_key, v: unknown) => {
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) exact = false;
    return v;
  });
  return exact ? text : null;
}

/** A stored body back as a summary of `month`, or null for anything else (damaged, another month). */
export function decodeSummary(text: string, month: string): ValuesSummary | null {
  try {
    const b = JSON.parse(text) as Partial<Body> | null;
    const v = b?.values;
    if (!v || v.month !== month || !Array.isArray(v.rows) || !Array.isArray(v.indicators)) return null;
    if (!Array.isArray(b.carried)) return null;
    const carried = new Map<string, Set<string>>();
    for (const pair of b.carried) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !Array.isArray(pair[1])) return null;
      carried.set(pair[0], new Set(pair[1]));
    }
    return { values: v, carriedCommunes: carried };
  } catch {
    return null;
  }
}

/** The stored summary of a month, when it was computed at the current content generation. */
export function storedSummary(db: Db, month: string): ValuesSummary | null {
  const text = storedSummaryBody(db, month, SUMMARY_FORMAT);
  return text === undefined ? null : decodeSummary(text, month);
}

/**
 * Stores summaries computed at `generation`, best-effort: never inside an open transaction, never
 * waiting for the write lock (the import worker may hold it through a long commit: the reading thread
 * would stop for the busy timeout), never failing the read that computed them. What is not stored now
 * is computed again next time.
 */
export function storeSummaries(
  db: Db,
  generation: number | null,
  summaries: ReadonlyMap<string, ValuesSummary>,
): void {
  if (generation === null || summaries.size === 0 || db.inTransaction || db.readonly) return;
  const bodies = new Map<string, string>();
  for (const [month, s] of summaries) {
    const text = encodeSummary(s);
    if (text !== null) bodies.set(month, text);
  }
  if (bodies.size === 0) return;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    keepingCache(db, () => db.transaction(() => putSummaryBodies(db, generation, SUMMARY_FORMAT, bodies))());
  } catch (e) {
    // Busy (another writer), read-only, full disk: the summary just is not kept.
    if (!String((e as { code?: unknown }).code).startsWith('SQLITE_')) throw e;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

export { contentGeneration };
