import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { SUMMARY_INPUT_TABLES } from '../../electron/core/db/migrations/008-stored-summaries';
import { contentGeneration } from '../../electron/core/repos/summaries';
import { writeImport } from '../../electron/core/services/write-values';

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

const names = (db: Database.Database, type: string) =>
  (
    db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]
  ).map((r) => r.name);

/** Every row of every table that existed before, as text: what the migration must leave alone. */
function everything(db: Database.Database, tables: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT * FROM ${t}`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n'),
    ]),
  );
}

describe('migration 008: stored summaries and the content generation', () => {
  it('adds the two tables and the triggers on a version-7 database, leaving its data as it was', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(7));
    const unit = (code: string) =>
      (db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number }).id;
    writeImport(db, { kind: 'file', files: [], warnings: 0, note: null }, [
      {
        unitId: unit('622'),
        indicator: 'bhtn',
        period: '2024-03',
        value: 120,
        sourceFile: 'thang-3.xlsx',
        sourceCell: 'Số liệu!D7',
      },
    ]);
    const tables = names(db, 'table');
    const before = everything(db, tables);
    expect(contentGeneration(db)).toBeNull();

    migrate(db, upTo(8));
    expect(schemaVersion(db)).toBe(8);
    expect(names(db, 'table')).toEqual([...tables, 'content_generation', 'month_summaries'].sort());
    expect(everything(db, tables)).toEqual(before);
    for (const t of ['content_generation', 'month_summaries'])
      expect(
        (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }).sql,
      ).toMatch(/STRICT/);
    expect(db.prepare('SELECT * FROM month_summaries').all()).toEqual([]);
    // Created at 1, moved once by the runner after the migration.
    expect(contentGeneration(db)).toBe(2);
    expect(() => db.prepare('INSERT INTO content_generation VALUES (2, 1)').run()).toThrow();
  });

  it('at the latest version, every table a summary reads moves the generation on insert, update and delete', () => {
    const db = new Database(':memory:');
    migrate(db);
    const triggers = names(db, 'trigger');
    for (const t of SUMMARY_INPUT_TABLES)
      for (const e of ['insert', 'update', 'delete'])
        expect(triggers, t).toContain(`${t}_after_${e}_generation`);

    const moves = (sql: string) => {
      const g = contentGeneration(db)!;
      db.exec(sql);
      return contentGeneration(db)! - g;
    };
    expect(moves("UPDATE units SET name = name || ' mới' WHERE code = '622'")).toBe(1);
    expect(
      moves("INSERT INTO unit_aliases (unit_id, alias) SELECT id, 'Pleiku' FROM units WHERE code = '622'"),
    ).toBe(1);
    expect(moves("DELETE FROM unit_aliases WHERE alias = 'Pleiku'")).toBe(1);
    expect(moves("UPDATE indicators SET label = label WHERE code = 'bhtn'")).toBe(1);
    expect(moves("UPDATE plans SET title = title || '.'")).toBeGreaterThan(0);
    expect(moves('DELETE FROM targets')).toBeGreaterThan(0);
    // What a summary does not read leaves it alone.
    expect(moves("INSERT INTO settings (key, value) VALUES ('x', 'y')")).toBe(0);
  });
});
