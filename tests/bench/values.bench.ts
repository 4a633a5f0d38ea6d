import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { listUnits } from '../../electron/core/repos/units';
import { computeValuesForMonth } from '../../electron/core/services/values';
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
    const oursMs = await median(30, () => computeValuesForMonth(db, '2024-06'));
    const rawMs = await median(30, () => raw.all('2024-06'));
    const after = await communesBench(db);
    db.close();
    return [
      {
        name: 'values 2024-06 (18 units × 36 months)',
        oursMs,
        rawMs,
        note: 'raw: the latest-rows query alone',
      },
      after,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `values` for 12/2025 with 3,000 more communes under the new province (half formed from old Gia Lai, so
 * the territory row sums 1,500 + 77) and six months of figures each: the set-based path after the break.
 */
async function communesBench(db: ReturnType<typeof openDatabase>): Promise<BenchResult> {
  const province = db
    .prepare("SELECT id FROM units WHERE code = '52' AND valid_from = '2025-07-01'")
    .get() as {
    id: number;
  };
  const insUnit = db.prepare(
    "INSERT INTO units (code, name, level, parent_id, valid_from, sort_order) VALUES (?, ?, 'commune', ?, '2025-07-01', ?)",
  );
  const insOrigin = db.prepare(
    "INSERT INTO unit_origins (unit_id, old_level, old_code) VALUES (?, 'province', ?)",
  );
  const ins = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, ?, ?, ?, '2025-12-31')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const id = Number(
        insUnit.run(`9${String(i).padStart(5, '0')}`, `Xã Thử ${i}`, province.id, 1000 + i).lastInsertRowid,
      );
      insOrigin.run(id, i % 2 ? '64' : '52');
    }
    const ids = db
      .prepare("SELECT id FROM units WHERE level = 'commune' AND valid_from = '2025-07-01'")
      .all() as {
      id: number;
    }[];
    for (let m = 7; m <= 12; m++)
      for (const { id } of ids)
        for (const [k, v] of [
          ['labor_force', 5000],
          ['bhxh_compulsory', 400],
          ['bhxh_voluntary', 90],
          ['bhtn', 300],
        ] as const)
          ins.run(id, k, `2025-${String(m).padStart(2, '0')}`, v + m);
  })();
  const raw = db.prepare(
    `SELECT unit_id, indicator, value FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY unit_id, indicator ORDER BY period DESC) rn
     FROM observations o WHERE period <= ?) WHERE rn = 1`,
  );
  const oursMs = await median(10, () => computeValuesForMonth(db, '2025-12'));
  const rawMs = await median(10, () => raw.all('2025-12'));
  return {
    name: 'values 2025-12 (3,135 communes, territory 64 and province 52)',
    oursMs,
    rawMs,
    note: 'raw: the window query alone',
  };
}
