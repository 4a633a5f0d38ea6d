import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatabaseVersionError,
  LATEST_VERSION,
  migrate,
  openDatabase,
  schemaVersion,
} from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { APP_ID } from '../../electron/core/db/app-id';
import { tempDir } from '../helpers/tmp';

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

describe('migrations', () => {
  it('are numbered in increasing order, one version each', () => {
    MIGRATIONS.forEach((m, i) => {
      if (i > 0) expect(m.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version);
    });
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('create a fresh database at the latest version, WAL, foreign keys on, STRICT tables', () => {
    const db = openDatabase(join(tempDir(), 'a.db'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    db.close();
  });

  it('001 creates the schema on an empty file', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(1));
    expect(schemaVersion(db)).toBe(1);
    expect(() =>
      db.prepare('INSERT INTO units (code, name, level) VALUES (?, ?, ?)').run('1', 'x', 'nowhere'),
    ).toThrow();
    expect(() =>
      db.prepare('INSERT INTO units (code, name, level) VALUES (?, ?, ?)').run('1', 'x', 'district'),
    ).not.toThrow();
    // STRICT refuses a string where an integer belongs
    expect(() => db.prepare("UPDATE units SET sort_order = 'abc'").run()).toThrow();
    db.close();
  });

  it('002 seeds the province, 17 districts, the indicators and plan 156 (no 2024 target) on a version-1 database', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(1));
    migrate(db, upTo(2));
    const units = db.prepare('SELECT code, level FROM units').all() as { code: string; level: string }[];
    expect(units.filter((u) => u.level === 'district')).toHaveLength(17);
    expect(units.find((u) => u.code === '64')?.level).toBe('province');
    const targets = db.prepare('SELECT indicator, year, value FROM targets ORDER BY indicator, year').all();
    expect(targets).toEqual([
      { indicator: 'bhtn_coverage', year: 2023, value: 9.16 },
      { indicator: 'bhtn_coverage', year: 2025, value: 9.85 },
      { indicator: 'bhxh_coverage', year: 2023, value: 14.83 },
      { indicator: 'bhxh_coverage', year: 2025, value: 16.83 },
    ]);
    const aliases = db.prepare('SELECT alias FROM unit_aliases').all() as { alias: string }[];
    expect(aliases.map((a) => a.alias)).toEqual(
      expect.arrayContaining(['Huyện KBang', 'Huyện Đăk Đoa', 'Huyện Đăk Pơ']),
    );
    expect((db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number }).n).toBe(7);
    db.close();
  });

  it('re-running keeps the data and changes nothing', () => {
    const file = join(tempDir(), 'b.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('place', '\"Pleiku\"')").run();
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(LATEST_VERSION);
    expect((again.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(18 + 136);
    expect(again.prepare("SELECT value FROM settings WHERE key = 'place'").get()).toEqual({
      value: '"Pleiku"',
    });
    again.close();
  });

  it('refuses a database from a newer version with a clear message, leaving it untouched', () => {
    const file = join(tempDir(), 'c.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`application_id = ${APP_ID}`);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseVersionError);
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'units'").get()).toEqual({
      n: 0,
    });
    check.close();
  });

  it('rolls a failing migration back whole, keeping the previous version', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(1));
    const broken = [
      ...upTo(1),
      {
        version: 2,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec("INSERT INTO settings (key, value) VALUES ('half', '1')");
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    db.close();
  });
});
