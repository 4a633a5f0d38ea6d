import type { Db } from '../../electron/core/db/open';

/**
 * Gives every province and district a figure for five years of months, each tagged `tag` (in source_cell): a database of a
 * few hundred kilobytes whose every row says which version of it a test is looking at.
 */
export function upsertObservationsForTest(db: Db, tag: string): void {
  const units = db.prepare("SELECT id FROM units WHERE level <> 'commune'").all() as { id: number }[];
  const put = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, source_cell, updated_at)
     VALUES (?, 'labor_force', ?, ?, ?, '2024-01-01T00:00:00Z')
     ON CONFLICT (unit_id, indicator, period) DO UPDATE SET value = excluded.value, source_cell = excluded.source_cell`,
  );
  db.transaction(() => {
    for (const u of units)
      for (let y = 2020; y < 2025; y++)
        for (let m = 1; m <= 12; m++)
          put.run(
            u.id,
            `${y}-${String(m).padStart(2, '0')}`,
            tag === 'new' ? 2 : 1,
            `${tag}-${'x'.repeat(60)}`,
          );
  })();
}
