import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { computeValuesForMonth, getValues } from '../../electron/core/services/values';
import { writeImport } from '../../electron/core/services/write-values';
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

/** One figure written as a hand correction would, on a connection of its own: the summaries go stale. */
function correctOne(file: string, i: number): void {
  const db = openDatabase(file);
  try {
    const unit = db.prepare("SELECT id FROM units WHERE code = '30000'").pluck().get() as number;
    writeImport(db, { kind: 'manual', files: [], warnings: 0, note: 'bench' }, [
      {
        unitId: unit,
        indicator: 'bhtn',
        period: '2024-12',
        value: 1000 + i,
        sourceFile: null,
        sourceCell: null,
      },
    ]);
  } finally {
    db.close();
  }
}

type Call = readonly [Parameters<typeof dispatch>[1], unknown];

/** Milliseconds for these calls through dispatch on a context opened just before (nothing cached). */
async function fresh(file: string, calls: readonly Call[]): Promise<number> {
  const ctx = createContext(file);
  try {
    const t0 = performance.now();
    for (const [method, input] of calls) {
      const r = await dispatch(ctx, method, input as never);
      if (!r.ok) throw new Error(r.error.message);
    }
    return performance.now() - t0;
  } finally {
    ctx.db.close();
  }
}

/** The latest-rows query alone on a connection opened just before. */
function freshRaw(file: string): number {
  const db = openDatabase(file);
  try {
    const t0 = performance.now();
    db.prepare(LATEST).all('2024-12');
    return performance.now() - t0;
  } finally {
    db.close();
  }
}

const mid = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;

/**
 * `values` for 10,000 communes in process: warm (the month kept while the database is unchanged) and
 * computed anew, vs the plain query that fetches the same latest rows; and what Tổng quan asks on a
 * freshly opened database: its first paint (latest month, dashboard.get) and everything it loads
 * (the progress report and the year's trend too, 12 months of 10,000 communes).
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
    const computedMs = await median(5, () => computeValuesForMonth(db, '2024-12'));
    const rawMs2 = await median(5, () => raw.all('2024-12'));
    db.close();

    const firstPaint: Call[] = [
      ['values.latestMonth', {}],
      ['dashboard.get', { period: '2024-12' }],
    ];
    const whole: Call[] = [
      ...firstPaint,
      ['reports.progress', { period: '2024-12' }],
      ['reports.trend', { unit: '64', from: '2024-01', to: '2024-12' }],
    ];
    const paint: number[] = [];
    const paintRaw: number[] = [];
    const all: number[] = [];
    const allRaw: number[] = [];
    const stale: number[] = [];
    const staleRaw: number[] = [];
    const staleAll: number[] = [];
    // The app's start after an earlier session: what it looked at is stored (migration 008).
    await fresh(file, whole);
    for (let i = 0; i < 3; i++) {
      paint.push(await fresh(file, firstPaint));
      paintRaw.push(freshRaw(file));
      all.push(await fresh(file, whole));
      allRaw.push(freshRaw(file));
    }
    // Right after a write (a hand correction by another process): the stored summary is stale.
    for (let i = 0; i < 3; i++) {
      correctOne(file, i);
      stale.push(await fresh(file, firstPaint));
      staleRaw.push(freshRaw(file));
      correctOne(file, i + 3);
      staleAll.push(await fresh(file, whole));
    }
    return [
      {
        name: `values 2024-12, ${COMMUNES} communes (warm)`,
        oursMs: valuesMs,
        rawMs,
        note: 'kept while the database is unchanged; raw: the latest-rows query alone; target under 50 ms',
      },
      {
        name: `values 2024-12, ${COMMUNES} communes (computed)`,
        oursMs: computedMs,
        rawMs: rawMs2,
        note: 'after any write: query, aggregation, rows',
      },
      {
        name: "dashboard's first paint, fresh database",
        oursMs: mid(paint),
        rawMs: mid(paintRaw),
        note: 'latestMonth + dashboard.get through dispatch, summary stored by an earlier session; target under 100 ms',
      },
      {
        name: "dashboard's first paint, fresh database, right after a write",
        oursMs: mid(stale),
        rawMs: mid(staleRaw),
        note: 'the stored summary stale: computed from every commune’s latest figure, then stored',
      },
      {
        name: 'dashboard, everything it loads, fresh database',
        oursMs: mid(all),
        rawMs: mid(allRaw),
        note: 'first paint + reports.progress + reports.trend (12 months), stored; raw: one month’s query',
      },
      {
        name: 'dashboard, everything it loads, right after a write',
        oursMs: mid(staleAll),
        rawMs: mid(staleRaw),
        note: 'every month computed again (14), then stored',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
