import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { listUnits } from '../../electron/core/repos/units';
import { getValues } from '../../electron/core/services/values';
import { addMonths } from '../../shared/domain/period';
import { median, type BenchResult } from './timing';

/** `values` for a month over 36 months of history vs the raw SQL that fetches the same latest rows. */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-'));
  try {
    const db = openDatabase(join(dir, 'b.db'));
    const units = listUnits(db);
    const ins = db.prepare(
      `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, ?, ?, ?, '2024-01-01')`,
    );
    db.transaction(() => {
      let m = '2022-01';
      for (let i = 0; i < 36; i++, m = addMonths(m, 1))
        for (const u of units)
          for (const [k, v] of [
            ['labor_force', 50000],
            ['bhxh_compulsory', 4000],
            ['bhxh_voluntary', 900],
            ['bhtn', 3000],
          ] as const)
            ins.run(u.id, k, m, v + i);
    })();
    const raw = db.prepare(
      `SELECT unit_id, indicator, MAX(period) AS period, value FROM observations
       WHERE period <= ? GROUP BY unit_id, indicator`,
    );
    const oursMs = await median(30, () => getValues(db, '2024-06'));
    const rawMs = await median(30, () => raw.all('2024-06'));
    db.close();
    return [
      {
        name: 'values 2024-06 (18 units × 36 months)',
        oursMs,
        rawMs,
        note: 'raw: the latest-rows query alone',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
