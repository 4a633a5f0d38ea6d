import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { getObservation } from '../../electron/core/repos/observations';
import { undoImport, writeImport } from '../../electron/core/services/write-values';

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

const indexes = (db: Database.Database) =>
  (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observation_changes'")
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .sort();

const plan = (db: Database.Database, sql: string, ...args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');

describe("migration 007: an import's changes indexed in cell order", () => {
  it('replaces the import_id index by (import_id, cell); undo groups and checks later imports through it', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(6));
    const unit = (code: string) =>
      (db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number }).id;
    const meta = { kind: 'file' as const, files: [], warnings: 0, note: null };
    const v = (code: string, value: number) => ({
      unitId: unit(code),
      indicator: 'bhxh_compulsory',
      period: '2024-03',
      value,
      sourceFile: 'thang-3.xlsx',
      sourceCell: 'Số liệu!D7',
    });
    // Written in the old shape: one import adds two figures, a second replaces one of them.
    const first = writeImport(db, meta, [v('622', 100), v('623', 200)]).importId;
    const second = writeImport(db, meta, [v('622', 150)]).importId;
    expect(indexes(db)).toEqual(['observation_changes_cell', 'observation_changes_import']);

    migrate(db, upTo(7));
    expect(schemaVersion(db)).toBe(7);
    expect(indexes(db)).toEqual(['observation_changes_cell', 'observation_changes_import_cell']);
    expect(
      plan(
        db,
        `SELECT unit_id, indicator, period, MIN(id) FROM observation_changes
         WHERE import_id = ? AND old_value IS NOT NULL GROUP BY unit_id, indicator, period`,
        second,
      ),
    ).not.toMatch(/TEMP B-TREE/);

    // The later import still blocks undoing the first; undone in order, both put back what was there.
    expect(() => undoImport(db, first)).toThrow(`lần nhập số ${second}`);
    expect(undoImport(db, second)).toEqual({ restored: 1 });
    expect(getObservation(db, unit('622'), 'bhxh_compulsory', '2024-03')?.value).toBe(100);
    expect(undoImport(db, first)).toEqual({ restored: 2 });
    expect(getObservation(db, unit('622'), 'bhxh_compulsory', '2024-03')).toBeNull();
    expect(getObservation(db, unit('623'), 'bhxh_compulsory', '2024-03')).toBeNull();
  });
});
