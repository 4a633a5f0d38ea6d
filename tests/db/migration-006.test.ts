import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { getObservation, latestAtOrBefore } from '../../electron/core/repos/observations';
import { undoImport } from '../../electron/core/services/write-values';

const before6 = MIGRATIONS.filter((m) => m.version < 6);
const upTo6 = MIGRATIONS.filter((m) => m.version <= 6);

/** A database in the shape before 006: the file name and `Sheet!Cell` on every figure and change. */
function oldShape(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, before6);
  const unit = (code: string) =>
    (db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number }).id;
  const imp = db.prepare(
    "INSERT INTO imports (id, created_at, kind, inserted, updated) VALUES (?, '2024-04-01', 'file', ?, ?)",
  );
  imp.run(1, 3, 0);
  imp.run(2, 0, 1);
  const obs = db.prepare(
    `INSERT INTO observations (unit_id, indicator, period, value, import_id, source_file, source_cell, updated_at)
     VALUES (?, ?, '2024-03', ?, ?, ?, ?, '2024-04-01')`,
  );
  // Pleiku's BHTN was 100 from import 1, then 120 from import 2 (sheet name with a '!').
  obs.run(unit('622'), 'bhtn', 120, 2, 'thang-3-sua.xlsx', 'Số liệu!T3!F7');
  obs.run(unit('622'), 'bhxh_compulsory', 46669, 1, 'thang-3.xlsx', 'Số liệu!D7');
  obs.run(unit('623'), 'bhxh_compulsory', 5079, 1, 'thang-3.xlsx', 'A1');
  obs.run(unit('624'), 'bhxh_compulsory', 3000, null, null, null);
  const change = db.prepare(
    `INSERT INTO observation_changes (import_id, unit_id, indicator, period, old_value, new_value, old_import_id, old_source_file, old_source_cell)
     VALUES (?, ?, ?, '2024-03', ?, ?, ?, ?, ?)`,
  );
  change.run(1, unit('622'), 'bhtn', null, 100, null, null, null);
  change.run(1, unit('622'), 'bhxh_compulsory', null, 46669, null, null, null);
  change.run(1, unit('623'), 'bhxh_compulsory', null, 5079, null, null, null);
  change.run(2, unit('622'), 'bhtn', 100, 120, 1, 'thang-3.xlsx', 'Số liệu!F7');
  return db;
}

describe('migration 006: figure sources stored once per import and sheet', () => {
  it('moves file and sheet into import_sources and keeps what readers see', () => {
    const db = oldShape();
    const seen = (version: 'old' | 'new') =>
      (version === 'old'
        ? db.prepare('SELECT unit_id, indicator, source_file, source_cell FROM observations').all()
        : latestAtOrBefore(db, '2024-03').map(({ unit_id, indicator, source_file, source_cell }) => ({
            unit_id,
            indicator,
            source_file,
            source_cell,
          }))
      ).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const before = seen('old');
    migrate(db, upTo6);
    expect(schemaVersion(db)).toBe(6);
    expect(seen('new')).toEqual(before);

    const columns = (t: string) =>
      (db.prepare(`SELECT name FROM pragma_table_info('${t}')`).all() as { name: string }[]).map(
        (c) => c.name,
      );
    expect(columns('observations')).not.toContain('source_file');
    expect(columns('observations')).toContain('source_id');
    expect(columns('observation_changes')).not.toContain('old_source_file');
    expect(db.prepare('SELECT import_id, file, sheet FROM import_sources ORDER BY id').all()).toEqual(
      expect.arrayContaining([
        { import_id: 2, file: 'thang-3-sua.xlsx', sheet: 'Số liệu!T3' },
        { import_id: 1, file: 'thang-3.xlsx', sheet: 'Số liệu' },
        { import_id: 1, file: 'thang-3.xlsx', sheet: null },
      ]),
    );
    // Stored once: two figures of import 1 on the same sheet share one row.
    expect(db.prepare('SELECT count(*) AS n FROM import_sources').get()).toEqual({ n: 3 });
    const pleiku = db.prepare("SELECT id FROM units WHERE code = '622'").get() as { id: number };
    expect(getObservation(db, pleiku.id, 'bhtn', '2024-03')).toMatchObject({
      value: 120,
      source_file: 'thang-3-sua.xlsx',
      source_cell: 'Số liệu!T3!F7',
    });
    db.close();
  });

  it('undo after the migration gives back the old figure with its file and cell', () => {
    const db = oldShape();
    migrate(db, upTo6);
    undoImport(db, 2);
    const pleiku = db.prepare("SELECT id FROM units WHERE code = '622'").get() as { id: number };
    expect(getObservation(db, pleiku.id, 'bhtn', '2024-03')).toMatchObject({
      value: 100,
      import_id: 1,
      source_file: 'thang-3.xlsx',
      source_cell: 'Số liệu!F7',
    });
    undoImport(db, 1);
    expect(getObservation(db, pleiku.id, 'bhtn', '2024-03')).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 1 });
    db.close();
  });
});
