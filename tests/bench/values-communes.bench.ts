import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { getValues } from '../../electron/core/services/values';
import { median, type BenchResult } from './timing';

const COMMUNES = 10_000;
const MONTHS = 12;

/** The fastest plain SQL for the same latest rows (GROUP BY on the key, bare columns from MAX(period)). */
const LATEST = `SELECT unit_id, indicator, MAX(period) AS period, value FROM observations
  WHERE period <= ? GROUP BY unit_id, indicator`;

/** 10,000 communes under the 17 districts, 12 months of the four entered figures each (480,000 rows). */
function seed(file: string): void {
  const db = openDatabase(file);
  const districts = db.prepare("SELECT id FROM units WHERE level = 'district' ORDER BY id").all() as {
    id: number;
  }[];
  const unit = db.prepare(
    "INSERT INTO units (code, name, level, parent_id, sort_order) VALUES (?, ?, 'commune', ?, ?)",
  );
  const obs = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, ?, ?, ?, '2025-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < COMMUNES; i++) {
      const id = Number(
        unit.run(String(30000 + i), `Xã Thử Nghiệm ${i}`, districts[i % districts.length]!.id, i)
          .lastInsertRowid,
      );
      for (let m = 1; m <= MONTHS; m++) {
        const period = `2024-${String(m).padStart(2, '0')}`;
        obs.run(id, 'labor_force', period, 5000 + i);
        obs.run(id, 'bhxh_compulsory', period, 400 + i + m);
        obs.run(id, 'bhxh_voluntary', period, 90 + m);
        obs.run(id, 'bhtn', period, 300 + i);
      }
    }
  })();
  db.close();
}

/**
 * `values` for 10,000 communes, warm and in process, vs the plain query that fetches the same latest
 * rows; and what the dashboard asks first on a freshly opened database (latest month, values, progress
 * report) vs that query on a fresh connection.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-communes-'));
  try {
    const file = join(dir, 'b.db');
    seed(file);
    const db = openDatabase(file);
    const raw = db.prepare(LATEST);
    const valuesMs = await median(10, () => getValues(db, '2024-12'));
    const rawMs = await median(10, () => raw.all('2024-12'));
    db.close();

    const firstCalls: number[] = [];
    const firstRaw: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = createContext(file);
      const t0 = performance.now();
      for (const [method, input] of [
        ['values.latestMonth', {}],
        ['values.get', { period: '2024-12' }],
        ['reports.progress', { period: '2024-12' }],
      ] as const) {
        const r = await dispatch(ctx, method, input);
        if (!r.ok) throw new Error(r.error.message);
      }
      firstCalls.push(performance.now() - t0);
      ctx.db.close();
      const fresh = openDatabase(file);
      const t1 = performance.now();
      fresh.prepare(LATEST).all('2024-12');
      firstRaw.push(performance.now() - t1);
      fresh.close();
    }
    const mid = (a: number[]) => a.sort((x, y) => x - y)[1]!;
    return [
      {
        name: `values 2024-12, ${COMMUNES} communes (warm)`,
        oursMs: valuesMs,
        rawMs,
        note: 'raw: the latest-rows query alone; target under 50 ms',
      },
      {
        name: "dashboard's first calls, fresh database",
        oursMs: mid(firstCalls),
        rawMs: mid(firstRaw),
        note: 'latestMonth + values.get + reports.progress through dispatch; target under 100 ms',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
