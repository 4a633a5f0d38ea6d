import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { openDatabase } from '../../electron/core/db/open';
import { listUnits } from '../../electron/core/repos/units';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { buildTrendReport } from '../../electron/core/reports/trend-model';
import { getDashboard } from '../../electron/core/services/dashboard';
import {
  computeValuesForMonth,
  getValues,
  MONTHS_AT_ONCE,
  summaryForMonth,
  summaryForMonths,
  valuesForMonths,
  type ValuesSummary,
} from '../../electron/core/services/values';
import type { ValuesResult } from '../../shared/api/types';
import { BHTN, BHXH_COMPULSORY, BHXH_VOLUNTARY } from '../../shared/domain/indicators';
import { latestAtOrBefore, type ObservationRow } from '../../electron/core/repos/observations';
import { latestAtOrBeforeEach } from '../../electron/core/repos/observations-by-month';
import { writeImport, type PendingValue } from '../../electron/core/services/write-values';
import { addMonths } from '../../shared/domain/period';
import { inForceInMonth } from '../../shared/domain/units-in-force';
import { referenceValues } from '../helpers/values-reference';
import { tempContext } from '../helpers/tmp';

const ENTERED = ['labor_force', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn'];

/** Deterministic pseudo-random numbers (mulberry32): the same database on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The shipped units (province 64 and its 17 districts to 30/6/2025, the new province 52 and its 135
 * communes from 1/7/2025) with three communes under each old district, and two years of figures entered
 * at every level with gaps: months carried forward, yearly labour forces, district figures that differ
 * from their communes' sum, old province 64 entering figures before and after the break.
 */
function generated(seed: number): Db {
  const { db } = tempContext();
  const districts = db.prepare("SELECT id, code FROM units WHERE level = 'district'").all() as {
    id: number;
    code: string;
  }[];
  const add = db.prepare(
    `INSERT INTO units (code, name, level, parent_id, valid_to, sort_order)
     VALUES (?, ?, 'commune', ?, '2025-06-30', ?)`,
  );
  districts.forEach((d, i) => {
    for (let k = 0; k < 3; k++) add.run(`${d.code}${k}`, `Xã cũ ${d.code}-${k}`, d.id, 1000 + i * 3 + k);
  });
  const units = listUnits(db);
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  let file = 0;
  for (let month = '2024-01'; month <= '2025-12'; month = addMonths(month, 1)) {
    const figures: PendingValue[] = [];
    for (const u of units.filter((x) => inForceInMonth(x, month))) {
      const p = u.level === 'commune' ? 0.75 : u.level === 'district' ? 0.25 : 0.1;
      if (rnd() > p) continue;
      for (const indicator of ENTERED) {
        if (rnd() < 0.3) continue;
        // Labour force is mostly yearly: the figure of the year, entered in its first months.
        const yearly = indicator === 'labor_force' && rnd() < 0.6;
        figures.push({
          unitId: u.id,
          indicator,
          period: yearly ? month.slice(0, 4) : month,
          value: indicator === 'labor_force' ? 2000 + int(5000) : int(900),
          sourceFile: rnd() < 0.8 ? `thang-${month}.xlsx` : null,
          sourceCell: rnd() < 0.5 ? `Sheet${int(3)}!D${int(90) + 1}` : `E${int(90) + 1}`,
        });
      }
    }
    writeImport(
      db,
      {
        kind: 'file',
        files: [{ name: `f${file++}.xlsx`, sha256: `${seed}-${month}`, size: 1 }],
        warnings: 0,
        note: null,
      },
      figures,
    );
  }
  return db;
}

function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

function deepFreeze(o: unknown): void {
  if (o === null || typeof o !== 'object' || Object.isFrozen(o)) return;
  Object.freeze(o);
  for (const v of Object.values(o)) deepFreeze(v);
}

describe('values: the fast path gives the straightforward computation’s numbers', () => {
  it('every month of 2024 and 2025, across the 1/7/2025 break, and quarters and years', () => {
    for (const seed of [7, 2025]) {
      const db = generated(seed);
      const all = months('2023-11', '2026-01');
      // Read a year at a time in one pass over the figures (nothing is kept yet: all computed here).
      for (let i = 0; i < all.length; i += MONTHS_AT_ONCE) {
        const chunk = all.slice(i, i + MONTHS_AT_ONCE);
        const read = valuesForMonths(db, chunk);
        for (const m of chunk)
          expect(read.get(m), `${m} (seed ${seed}, together)`).toStrictEqual(referenceValues(db, m));
      }
      // One month by itself: its own query.
      for (const m of all) {
        const alone = computeValuesForMonth(db, m);
        expect(alone.rows.length).toBeGreaterThan(0);
        expect(alone, `${m} (seed ${seed}, alone)`).toStrictEqual(referenceValues(db, m));
      }
      for (const p of ['2024', '2024-Q3', '2025-Q2', '2025-Q3', '2025']) {
        const fast = getValues(db, p);
        expect(fast, p).toStrictEqual(referenceValues(db, fast.month, p));
      }
      // The generator did make what the comparison is about.
      const cells = months('2024-01', '2025-12').flatMap((m) =>
        getValues(db, m).rows.flatMap((r) => Object.values(r.cells)),
      );
      expect(cells.some((c) => c.source === 'own' && c.carried)).toBe(true);
      expect(cells.some((c) => c.source === 'children' && c.carried)).toBe(true);
      expect(cells.some((c) => c.childrenSum !== undefined)).toBe(true);
      expect(cells.some((c) => c.source === 'own' && c.period?.length === 4)).toBe(true);
      expect(cells.some((c) => c.sourceCell?.includes('!'))).toBe(true);
      expect(getValues(db, '2025-12').rows.some((r) => r.territory)).toBe(true);
    }
  });

  it('one pass over the figures finds, for each month, the rows the per-month query finds', () => {
    const db = generated(11);
    const key = (o: ObservationRow) => `${o.unit_id}|${o.indicator}`;
    const sorted = (rows: readonly ObservationRow[]) =>
      [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const asked = ['2025-07', '2023-12', '2024-01', '2024-06', '2024-07', '2025-06', '2025-12', '2026-03'];
    const each = latestAtOrBeforeEach(db, asked);
    expect([...each.keys()]).toEqual([...asked].sort());
    for (const m of asked) expect(sorted(each.get(m)!), m).toStrictEqual(sorted(latestAtOrBefore(db, m)));
  });
});

/** The summary read from the reference's rows: its rows above communes, the communes' carried figures. */
function referenceSummary(v: ValuesResult): {
  values: ValuesResult;
  carriedCommunes: Map<string, Set<string>>;
} {
  const carriedCommunes = new Map<string, Set<string>>();
  for (const r of v.rows) {
    if (r.level !== 'commune' || r.parentCode === null) continue;
    for (const [code, c] of Object.entries(r.cells)) {
      if (c.source !== 'own' || !c.carried) continue;
      if (!carriedCommunes.has(r.parentCode)) carriedCommunes.set(r.parentCode, new Set());
      carriedCommunes.get(r.parentCode)!.add(code);
    }
  }
  return { values: { ...v, rows: v.rows.filter((r) => r.level !== 'commune') }, carriedCommunes };
}

describe('values: the summary without communes gives the reference’s districts and provinces', () => {
  it('every month across the 1/7/2025 break, computed anew and taken from kept figures, and the trend', () => {
    for (const seed of [7, 2025]) {
      const db = generated(seed);
      const all = months('2023-11', '2026-01');
      const expected = new Map(all.map((m) => [m, referenceSummary(referenceValues(db, m))]));
      // A connection of its own: nothing kept, every summary computed without commune rows.
      const fresh = openDatabase(db.name);
      try {
        for (let i = 0; i < all.length; i += MONTHS_AT_ONCE) {
          const chunk = all.slice(i, i + MONTHS_AT_ONCE);
          const read = summaryForMonths(fresh, chunk);
          for (const m of chunk) expect(read.get(m), `${m} (seed ${seed})`).toStrictEqual(expected.get(m));
        }
        const alone = openDatabase(db.name);
        try {
          for (const m of ['2024-03', '2025-06', '2025-07', '2025-12'])
            expect(summaryForMonth(alone, m), `${m} alone`).toStrictEqual(expected.get(m));
        } finally {
          alone.close();
        }
      } finally {
        fresh.close();
      }
      // Once a month's full figures are kept, its summary is taken from them.
      for (const m of all) getValues(db, m);
      for (const m of all) expect(summaryForMonth(db, m), `${m} from kept`).toStrictEqual(expected.get(m));
      const s: ValuesSummary = summaryForMonth(db, '2025-12');
      expect(s.values.rows.some((r) => r.territory)).toBe(true);
      expect([...expected.values()].some((e) => e.carriedCommunes.size > 0)).toBe(true);
      expect(
        [...expected.values()].some((e) =>
          e.values.rows.some((r) => Object.values(r.cells).some((c) => c.source === 'children' && c.carried)),
        ),
      ).toBe(true);

      // The trend read from summaries: the reference's figures and carried months, for the old province
      // and a district before the break, the new province (communes below it) after it.
      const district = referenceValues(db, '2024-06').rows.find((r) => r.level === 'district')!.unit;
      for (const [unit, from, to] of [
        ['64', '2024-01', '2025-06'],
        [district, '2024-01', '2024-12'],
        ['52', '2025-07', '2025-12'],
      ] as const) {
        const other = openDatabase(db.name);
        try {
          const trend = buildTrendReport(other, unit, from, to);
          for (const p of trend.points) {
            const ref = referenceValues(db, p.month).rows;
            const row = ref.find((r) => r.unit === unit);
            expect(p.bhtn, `${unit} ${p.month}`).toBe(row?.cells[BHTN]?.value ?? null);
            const carried = ref
              .filter((r) => r.unit === unit || r.parentCode === unit)
              .some((r) =>
                [BHXH_COMPULSORY, BHXH_VOLUNTARY, BHTN].some(
                  (c) => r.cells[c]?.source === 'own' && r.cells[c]?.carried,
                ),
              );
            expect(p.carried, `${unit} ${p.month} carried`).toBe(carried);
          }
        } finally {
          other.close();
        }
      }
    }
  });
});

describe('values: a month is kept only while the database is unchanged', () => {
  const put = (db: Db, unitId: number, value: number) =>
    db
      .prepare(
        `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, 'bhtn', '2024-12', ?, 'x')
         ON CONFLICT (unit_id, indicator, period) DO UPDATE SET value = excluded.value`,
      )
      .run(unitId, value);
  const bhtnOf = (db: Db, unitId: number) =>
    getValues(db, '2024-12').rows.find((r) => r.unitId === unitId)!.cells.bhtn!.value;

  it('answers again from the same computation, and anew after a write on this connection', () => {
    const db = generated(1);
    const a = getValues(db, '2024-12');
    expect(getValues(db, '2024-12').rows).toBe(a.rows);
    const unit = a.rows.find((r) => r.level === 'commune')!.unitId;
    put(db, unit, 123_456);
    expect(bhtnOf(db, unit)).toBe(123_456);
    expect(getValues(db, '2024-12')).toStrictEqual(referenceValues(db, '2024-12'));
  });

  it('sees a write committed by another connection (another process, the import worker)', () => {
    const db = generated(2);
    const unit = getValues(db, '2024-12').rows.find((r) => r.level === 'commune')!.unitId;
    const other = openDatabase(db.name);
    try {
      put(other, unit, 654_321);
    } finally {
      other.close();
    }
    expect(bhtnOf(db, unit)).toBe(654_321);
  });

  it('inside a transaction reads what the transaction wrote, and after its rollback what is stored', () => {
    const db = generated(3);
    const unit = getValues(db, '2024-12').rows.find((r) => r.level === 'commune')!.unitId;
    const before = bhtnOf(db, unit);
    expect(() =>
      db.transaction(() => {
        put(db, unit, 777_777);
        expect(bhtnOf(db, unit)).toBe(777_777);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(bhtnOf(db, unit)).toBe(before);
  });

  it('is not modified by the reports and the dashboard that share it', () => {
    const db = generated(4);
    for (const m of months('2023-12', '2024-12')) deepFreeze(getValues(db, m));
    const copy = structuredClone(getValues(db, '2024-12'));
    // A frozen object throws when written to (modules are strict): these would fail if they modified it.
    buildProgressReport(db, '2024-12');
    buildProgressReport(db, '2024-Q4');
    buildTrendReport(db, '64', '2024-01', '2024-12');
    getDashboard(db, '2024-12');
    expect(getValues(db, '2024-12')).toStrictEqual(copy);
  });
});
