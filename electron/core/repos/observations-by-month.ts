import type { Db } from '../db/open';
import type { ObservationRow } from './observations';

type RawRow = [
  unitId: number,
  indicator: string,
  period: string,
  value: number,
  importId: number | null,
  sourceId: number | null,
  cell: string | null,
  updatedAt: string,
  next: string | null,
];

/**
 * What latestAtOrBefore gives for each of several months, from one pass over the figures instead of one
 * per month: each stored figure with the next stored period of its unit and indicator is the latest for
 * every month from its period up to (not including) that next one. Only figures that are the latest for
 * some month at or after the first are read. A trend or a report's year costs one scan, not twelve.
 */
export function latestAtOrBeforeEach(db: Db, months: readonly string[]): Map<string, ObservationRow[]> {
  const sorted = [...new Set(months)].sort();
  const out = new Map<string, ObservationRow[]>(sorted.map((m) => [m, []]));
  if (sorted.length === 0) return out;
  // The file and sheet of a few hundred imports, joined here rather than once per figure read.
  const sources = new Map(
    (
      db.prepare('SELECT id, file, sheet FROM import_sources').all() as {
        id: number;
        file: string;
        sheet: string | null;
      }[]
    ).map((s) => [s.id, s]),
  );
  const rows = db
    .prepare(
      `SELECT unit_id, indicator, period, value, import_id, source_id, source_cell, updated_at, next FROM (
         SELECT *, LEAD(period) OVER (PARTITION BY unit_id, indicator ORDER BY period) AS next
         FROM observations WHERE period <= ?
       ) WHERE next IS NULL OR next > ?`,
    )
    .raw()
    .all(sorted[sorted.length - 1], sorted[0]) as RawRow[];
  const lists = sorted.map((m) => out.get(m)!);
  for (const [unitId, indicator, period, value, importId, sourceId, cell, updatedAt, next] of rows) {
    let i = firstAtOrAfter(sorted, period);
    if (i === sorted.length || (next !== null && sorted[i]! >= next)) continue;
    const source = sourceId === null ? undefined : sources.get(sourceId);
    // As ROW_COLUMNS in observations.ts: the sheet joined to the cell, NULL when either is missing.
    const row: ObservationRow = {
      unit_id: unitId,
      indicator,
      period,
      value,
      import_id: importId,
      source_file: source?.file ?? null,
      source_cell: (source?.sheet ?? null) === null || cell === null ? cell : `${source!.sheet}!${cell}`,
      updated_at: updatedAt,
    };
    for (; i < sorted.length && (next === null || sorted[i]! < next); i++) lists[i]!.push(row);
  }
  return out;
}

/** The index of the first of the sorted months not before `period` (a yearly `YYYY` sorts before `YYYY-01`). */
function firstAtOrAfter(sorted: readonly string[], period: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < period) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
