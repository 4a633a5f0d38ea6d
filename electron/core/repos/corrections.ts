import type { Db } from '../db/open';

/** A figure whose stored value was typed by hand (its import is a correction, not a file). */
export interface StoredCorrection {
  unitId: number;
  indicator: string;
  period: string;
  value: number;
  importId: number;
  note: string | null;
  at: string;
}

/** Every figure currently standing as corrected by hand; corrections are few, so all of them at once. */
export function handCorrectedFigures(db: Db): StoredCorrection[] {
  return db
    .prepare(
      `SELECT o.unit_id AS unitId, o.indicator, o.period, o.value, i.id AS importId, i.note, i.created_at AS at
       FROM observations o JOIN imports i ON i.id = o.import_id
       WHERE i.kind = 'manual' AND i.undone_at IS NULL`,
    )
    .all() as StoredCorrection[];
}
