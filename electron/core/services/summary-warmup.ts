import type { Db } from '../db/open';
import { latestMonth } from '../repos/observations';
import { summaryForMonth } from './values';

/** Methods after which Tổng quan's newest month is stale: the worker computes and stores it again. */
export const WARMS_SUMMARY: ReadonlySet<string> = new Set(['imports.commit', 'imports.undo']);

/**
 * Computes and stores the newest month's summary (stored-summaries.ts), so the first paint of Tổng
 * quan after an import reads it instead of every commune's latest figure. Best-effort like any store:
 * a failure here is no failure of the import, which has been answered already.
 */
export function warmNewestSummary(db: Db): void {
  try {
    const month = latestMonth(db);
    if (month) summaryForMonth(db, month);
  } catch {
    // The next reader computes it.
  }
}
