import type { Db } from '../db/open';

export interface ObservationRow {
  unit_id: number;
  indicator: string;
  period: string;
  value: number;
  import_id: number | null;
  source_file: string | null;
  source_cell: string | null;
  updated_at: string;
}

/**
 * For each unit and indicator, the latest stored figure at or before a month. A yearly `YYYY` sorts
 * before `YYYY-01`, so `period <= month` is the stock rule in SQL; shared/domain/stock.ts states it.
 */
export function latestAtOrBefore(db: Db, month: string): ObservationRow[] {
  return db
    .prepare(
      `SELECT unit_id, indicator, period, value, import_id, source_file, source_cell, updated_at FROM (
         SELECT o.*, ROW_NUMBER() OVER (PARTITION BY unit_id, indicator ORDER BY period DESC) AS rn
         FROM observations o WHERE period <= ?
       ) WHERE rn = 1`,
    )
    .all(month) as ObservationRow[];
}

/** The latest month of a year with any monthly figure, or null. */
export function latestMonthOfYear(db: Db, year: number): string | null {
  const r = db
    .prepare(
      `SELECT MAX(period) AS p FROM observations WHERE period >= ? AND period <= ? AND length(period) = 7`,
    )
    .get(`${year}-01`, `${year}-12`) as { p: string | null };
  return r.p;
}

export function latestMonth(db: Db): string | null {
  const r = db.prepare(`SELECT MAX(period) AS p FROM observations WHERE length(period) = 7`).get() as {
    p: string | null;
  };
  return r.p;
}

export function getObservation(
  db: Db,
  unitId: number,
  indicator: string,
  period: string,
): ObservationRow | null {
  return (
    (db
      .prepare('SELECT * FROM observations WHERE unit_id = ? AND indicator = ? AND period = ?')
      .get(unitId, indicator, period) as ObservationRow | undefined) ?? null
  );
}

/** Months (`YYYY-MM`) for which each unit has at least one own monthly figure. */
export function monthsByUnit(
  db: Db,
  from: string,
  to: string,
): { unit_id: number; period: string; n: number }[] {
  return db
    .prepare(
      `SELECT unit_id, period, COUNT(*) AS n FROM observations
       WHERE length(period) = 7 AND period >= ? AND period <= ? GROUP BY unit_id, period`,
    )
    .all(from, to) as { unit_id: number; period: string; n: number }[];
}

/** The latest month before `month` for which any unit has its own participant figure: what a change compares with. */
export function latestParticipantMonthBefore(db: Db, month: string): string | null {
  const r = db
    .prepare(
      `SELECT MAX(period) AS p FROM observations
       WHERE period < ? AND length(period) = 7 AND indicator IN ('bhxh_compulsory', 'bhxh_voluntary', 'bhtn')`,
    )
    .get(month) as { p: string | null };
  return r.p;
}
