import type { Db } from '../db/open';
import { bumpContentGeneration } from './summaries';

/*
 * Every write to `observations` lives in this file (three statements: the upsert of an import, undo's
 * delete and update), and each moves the content generation right after it, in its transaction: stored
 * summaries of months (migration 008) then count as stale. A per-row trigger would cost an import of
 * 480,000 figures about half a second; a new write statement here must call bumpContentGeneration too.
 */

/** A figure as readers see it: `source_file` and `source_cell` (`Sheet!D12`) as they read before migration 006. */
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
 * The columns of ObservationRow from `observations o LEFT JOIN import_sources s ON s.id = o.source_id`:
 * the file and sheet live once per import (migration 006), the figure keeps its cell address.
 */
const ROW_COLUMNS = `o.unit_id, o.indicator, o.period, o.value, o.import_id, s.file AS source_file,
  CASE WHEN s.sheet IS NULL THEN o.source_cell ELSE s.sheet || '!' || o.source_cell END AS source_cell, o.updated_at`;

/**
 * For each unit and indicator, the latest stored figure at or before a month. A yearly `YYYY` sorts
 * before `YYYY-01`, so `period <= month` is the stock rule in SQL; shared/domain/stock.ts states it.
 */
export function latestAtOrBefore(db: Db, month: string): ObservationRow[] {
  // GROUP BY the key's prefix walks the primary key in order, no sort; SQLite takes the bare columns
  // from the row holding MAX(period). Several times faster than ROW_NUMBER() over 480,000 rows.
  return db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM (
         SELECT unit_id, indicator, MAX(period) AS period, value, import_id, source_id, source_cell, updated_at
         FROM observations WHERE period <= ? GROUP BY unit_id, indicator
       ) o LEFT JOIN import_sources s ON s.id = o.source_id`,
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
      .prepare(
        `SELECT ${ROW_COLUMNS} FROM observations o LEFT JOIN import_sources s ON s.id = o.source_id
         WHERE o.unit_id = ? AND o.indicator = ? AND o.period = ?`,
      )
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

/** One figure on its way in; `sourceId` is an `import_sources` row, `cell` an address such as `D12`. */
export interface StagedFigure {
  unitId: number;
  indicator: string;
  period: string;
  value: number;
  sourceId: number | null;
  cell: string | null;
}

/** Figures bound per statement: one round trip into SQLite per 64 figures instead of per figure. */
const STAGE_BATCH = 64;
const STAGE_COLUMNS = 6;

/**
 * Fills `temp.import_stage` (emptied first) with `count` figures, `fill` writing figure i into a reused
 * object. The stage has no key: its rows are joined once against `observations` by writeStagedFigures.
 */
export function stageFigures(db: Db, count: number, fill: (i: number, out: StagedFigure) => void): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_stage (
             unit_id INTEGER NOT NULL, indicator TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL,
             source_id INTEGER, cell TEXT
           ) STRICT;
           DELETE FROM temp.import_stage;`);
  const tuple = `(${Array(STAGE_COLUMNS).fill('?').join(', ')})`;
  const many = db.prepare(
    `INSERT INTO temp.import_stage VALUES ${Array(STAGE_BATCH).fill(tuple).join(', ')}`,
  );
  const one = db.prepare(`INSERT INTO temp.import_stage VALUES ${tuple}`);
  const params: (number | string | null)[] = new Array(STAGE_BATCH * STAGE_COLUMNS);
  const f: StagedFigure = { unitId: 0, indicator: '', period: '', value: 0, sourceId: null, cell: null };
  let i = 0;
  for (; i + STAGE_BATCH <= count; i += STAGE_BATCH) {
    for (let k = 0, p = 0; k < STAGE_BATCH; k++) {
      fill(i + k, f);
      params[p++] = f.unitId;
      params[p++] = f.indicator;
      params[p++] = f.period;
      params[p++] = f.value;
      params[p++] = f.sourceId;
      params[p++] = f.cell;
    }
    many.run(params);
  }
  for (; i < count; i++) {
    fill(i, f);
    one.run(f.unitId, f.indicator, f.period, f.value, f.sourceId, f.cell);
  }
}

/**
 * Two statements for the whole stage: record every figure that differs from the stored one (its old
 * value, import and source, for undo and cell history), then upsert; the upsert's WHERE leaves an
 * unchanged figure (and its source) as it was.
 */
export function writeStagedFigures(db: Db, importId: number, now: string): void {
  db.prepare(
    `INSERT INTO observation_changes
       (import_id, unit_id, indicator, period, old_value, new_value, old_import_id, old_source_id, old_source_cell)
     SELECT ?, s.unit_id, s.indicator, s.period, o.value, s.value, o.import_id, o.source_id, o.source_cell
     FROM temp.import_stage s
     LEFT JOIN observations o ON o.unit_id = s.unit_id AND o.indicator = s.indicator AND o.period = s.period
     WHERE o.value IS NOT s.value`,
  ).run(importId);
  db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, import_id, source_id, source_cell, updated_at)
     SELECT s.unit_id, s.indicator, s.period, s.value, ?, s.source_id, s.cell, ?
     FROM temp.import_stage s WHERE true
     ON CONFLICT (unit_id, indicator, period) DO UPDATE SET value = excluded.value,
       import_id = excluded.import_id, source_id = excluded.source_id, source_cell = excluded.source_cell,
       updated_at = excluded.updated_at
     WHERE observations.value IS NOT excluded.value`,
  ).run(importId, now);
  bumpContentGeneration(db);
  db.exec('DELETE FROM temp.import_stage');
}

/** How many figures an import changed, and how many of those replaced a stored one. */
export function countImportChanges(db: Db, importId: number): { changed: number; updated: number } {
  return db
    .prepare(
      'SELECT count(*) AS changed, count(old_value) AS updated FROM observation_changes WHERE import_id = ?',
    )
    .get(importId) as { changed: number; updated: number };
}

/**
 * Puts back what an import replaced, set-based: figures it added are deleted, figures it changed get
 * their old value, import and source back; returns how many figures were put back. Where an import
 * changed a figure twice, its first change holds what was there before it (SQLite takes the bare columns
 * from the MIN(id) row). A figure the import added has a change with no old value, whichever of its
 * changes came first (imports never delete), so added figures are deleted straight from the changes,
 * read in key order through migration 007's index; only replaced figures are grouped.
 */
export function undoImportChanges(db: Db, importId: number, now: string): number {
  const deleted = db
    .prepare(
      `DELETE FROM observations WHERE (unit_id, indicator, period) IN
         (SELECT unit_id, indicator, period FROM observation_changes WHERE import_id = ? AND old_value IS NULL)`,
    )
    .run(importId).changes;
  bumpContentGeneration(db);
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS undo_stage (
             unit_id INTEGER NOT NULL, indicator TEXT NOT NULL, period TEXT NOT NULL, old_value REAL,
             old_import_id INTEGER, old_source_id INTEGER, old_source_cell TEXT, first_id INTEGER,
             PRIMARY KEY (unit_id, indicator, period)
           ) STRICT, WITHOUT ROWID;
           DELETE FROM temp.undo_stage;`);
  db.prepare(
    `INSERT INTO temp.undo_stage
     SELECT unit_id, indicator, period, old_value, old_import_id, old_source_id, old_source_cell, MIN(id)
     FROM observation_changes WHERE import_id = ? AND old_value IS NOT NULL GROUP BY unit_id, indicator, period`,
  ).run(importId);
  const updated = db
    .prepare(
      `UPDATE observations AS o SET value = u.old_value, import_id = u.old_import_id, source_id = u.old_source_id,
         source_cell = u.old_source_cell, updated_at = ?
       FROM temp.undo_stage u
       WHERE o.unit_id = u.unit_id AND o.indicator = u.indicator AND o.period = u.period`,
    )
    .run(now).changes;
  bumpContentGeneration(db);
  db.exec('DELETE FROM temp.undo_stage');
  return deleted + updated;
}
