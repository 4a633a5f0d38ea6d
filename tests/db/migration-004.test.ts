import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';

const before4 = MIGRATIONS.filter((m) => m.version < 4);
const upTo4 = MIGRATIONS.filter((m) => m.version <= 4);

describe('migration 004: target documents and report texts', () => {
  it('credits only the seeded targets of plan 156 to it; a target typed under the plan becomes the office’s', () => {
    const db = new Database(':memory:');
    migrate(db, before4);
    const plan = db.prepare("SELECT id FROM plans WHERE number = '156/KH-UBND'").get() as { id: number };
    const unit = (code: string) =>
      (db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number }).id;
    // The old shape: a 2024 target the office typed was filed under plan 156, which sets no 2024 figure.
    db.prepare(
      "INSERT INTO targets (plan_id, unit_id, indicator, year, value, kind) VALUES (?, ?, 'bhxh_coverage', 2024, 15.83, 'rate')",
    ).run(plan.id, unit('64'));
    // A seeded 2025 target the office changed is no longer the plan's figure.
    db.prepare(
      "UPDATE targets SET value = 17 WHERE plan_id = ? AND indicator = 'bhtn_coverage' AND year = 2025",
    ).run(plan.id);
    migrate(db, upTo4);
    expect(schemaVersion(db)).toBe(4);
    const rows = db
      .prepare('SELECT indicator, year, value, from_document FROM targets ORDER BY indicator, year')
      .all();
    expect(rows).toEqual([
      { indicator: 'bhtn_coverage', year: 2023, value: 9.16, from_document: 1 },
      { indicator: 'bhtn_coverage', year: 2025, value: 17, from_document: 0 },
      { indicator: 'bhxh_coverage', year: 2023, value: 14.83, from_document: 1 },
      { indicator: 'bhxh_coverage', year: 2024, value: 15.83, from_document: 0 },
      { indicator: 'bhxh_coverage', year: 2025, value: 16.83, from_document: 1 },
    ]);
    expect(() => db.prepare('UPDATE targets SET from_document = 2').run()).toThrow();
    db.close();
  });

  it('keeps sections II–IV per report kind and period, STRICT', () => {
    const db = new Database(':memory:');
    migrate(db, upTo4);
    const ins = db.prepare(
      "INSERT INTO report_texts (kind, period, shortcomings, tasks, proposals, updated_at) VALUES (?, ?, 'a', 'b', 'c', 'now')",
    );
    ins.run('progress', '2024-06');
    ins.run('progress', '2024-Q2');
    expect(() => ins.run('progress', '2024-06')).toThrow();
    expect(() => ins.run('other', '2024-06')).toThrow();
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'report_texts'").get() as {
      sql: string;
    };
    expect(sql.sql).toMatch(/STRICT/);
    db.close();
  });
});
