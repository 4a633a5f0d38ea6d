import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { median, type BenchResult } from './timing';

/** The whole country at commune level since 1/7/2025: 34 provinces, 3,321 communes. */
const PROVINCES = 34;
const COMMUNES = 3_321;
const YEARS = 10;
const INDICATORS = ['labor_force', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn'] as const;

const LATEST = `SELECT unit_id, indicator, MAX(period) AS period, value FROM observations
  WHERE period <= ? GROUP BY unit_id, indicator`;
/**
 * The same rows by one backward primary-key seek per unit and indicator: its cost follows units, not the months
 * stored. The seek is a scalar subquery and the join a CROSS JOIN on purpose: written otherwise, SQLite (without
 * ANALYZE) walks the period index instead.
 */
const SEEK = `WITH k AS MATERIALIZED (
    SELECT u.id AS unit_id, i.code AS indicator,
      (SELECT period FROM observations WHERE unit_id = u.id AND indicator = i.code AND period <= ?
        ORDER BY period DESC LIMIT 1) AS period
    FROM units u CROSS JOIN indicators i)
  SELECT k.unit_id, k.indicator, k.period, o.value FROM k
  CROSS JOIN observations o ON o.unit_id = k.unit_id AND o.indicator = k.indicator AND o.period = k.period`;
const SERIES = `SELECT indicator, period, value FROM observations WHERE unit_id = ? ORDER BY indicator, period`;

function months(): string[] {
  const out: string[] = [];
  for (let y = 2016; y < 2016 + YEARS; y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/** Synthetic provinces and communes in force for the whole span, four entered figures a month each. */
function seed(file: string): { communeId: number; figures: number } {
  const db = openDatabase(file);
  const unit = db.prepare(
    `INSERT INTO units (code, name, level, parent_id, sort_order) VALUES (?, ?, ?, ?, ?)`,
  );
  const obs = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, updated_at) VALUES (?, ?, ?, ?, '2026-01-01')`,
  );
  const periods = months();
  let figures = 0;
  let communeId = 0;
  db.transaction(() => {
    const provinceIds: number[] = [];
    for (let p = 0; p < PROVINCES; p++)
      provinceIds.push(Number(unit.run(`P${p}`, `Tỉnh Thử ${p}`, 'province', null, p).lastInsertRowid));
    for (let c = 0; c < COMMUNES; c++) {
      const id = Number(
        unit.run(`C${c}`, `Xã Thử ${c}`, 'commune', provinceIds[c % PROVINCES]!, c).lastInsertRowid,
      );
      communeId ||= id;
      periods.forEach((period, i) => {
        for (const [k, indicator] of INDICATORS.entries()) {
          obs.run(id, indicator, period, 5000 + c + i * (k + 1));
          figures++;
        }
      });
    }
  })();
  db.close();
  return { communeId, figures };
}

/**
 * The scale the README argues from: ten years of monthly commune figures for the whole country in one
 * file. Reports its size per figure, one month's values through the app against the plain latest-rows
 * query, and one commune's ten-year series.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-bench-country-'));
  try {
    const file = join(dir, 'country.db');
    const t0 = performance.now();
    const { communeId, figures } = seed(file);
    const seedMs = performance.now() - t0;
    const db = openDatabase(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = statSync(file).size;
    const latest = db.prepare(LATEST);
    const series = db.prepare(SERIES);
    const last = months().at(-1)!;
    const seriesMs = await median(20, () => series.all(communeId));
    const rawMs = await median(5, () => latest.all(last));
    const seek = db.prepare(SEEK);
    const seekMs = await median(5, () => seek.all(last));
    if (seek.all(last).length !== latest.all(last).length) throw new Error('seek and scan disagree');
    db.close();
    const ctx = createContext(file);
    const valuesMs = await median(5, async () => {
      const r = await dispatch(ctx, 'values.get', { period: last });
      if (!r.ok) throw new Error(r.error.message);
    });
    ctx.db.close();
    return [
      {
        name: `country: ${figures.toLocaleString('en')} figures, file size`,
        oursMs: bytes / 1024,
        rawMs: (figures * 8) / 1024,
        unit: 'KiB',
        note: `${(bytes / figures).toFixed(1)} bytes a figure; raw: 8 bytes a bare double; seeded in ${(seedMs / 1000).toFixed(1)} s`,
      },
      {
        name: `country: values.get ${last}, ${COMMUNES} communes`,
        oursMs: valuesMs,
        rawMs,
        note: 'raw: the latest-rows query alone over the whole file',
      },
      {
        name: `country: latest rows by seek, ${COMMUNES} communes`,
        oursMs: seekMs,
        rawMs,
        note: 'one backward primary-key seek per unit and indicator vs the scan of every earlier month',
      },
      {
        name: 'country: one commune, ten years, four figures',
        oursMs: seriesMs,
        rawMs: seriesMs,
        note: 'primary-key range read; the ratio is 1 by construction',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
