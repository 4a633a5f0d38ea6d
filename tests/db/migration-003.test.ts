import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { newUnits2025, oldUnits2025 } from '../../electron/core/db/seed/gia-lai-2025';
import {
  UNITS_BEFORE_2025_07_CSV,
  UNITS_FROM_2025_07_CSV,
} from '../../electron/core/db/seed/gia-lai-2025-csv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

interface U {
  id: number;
  code: string;
  name: string;
  level: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** A version-2 office database with figures, a target, an alias and a commune it loaded itself. */
function version2(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, upTo(2));
  const id = (code: string) =>
    (db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number }).id;
  const pleiku = id('622');
  const commune = Number(
    db
      .prepare(
        "INSERT INTO units (code, name, level, parent_id, sort_order) VALUES ('23590', 'Xã Biển Hồ', 'commune', ?, 99)",
      )
      .run(pleiku).lastInsertRowid,
  );
  db.prepare("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, 'Biển Hồ (cũ)')").run(commune);
  const imp = Number(
    db.prepare("INSERT INTO imports (created_at, kind) VALUES ('2025-06-05', 'file')").run().lastInsertRowid,
  );
  const obs = db.prepare(
    "INSERT INTO observations (unit_id, indicator, period, value, import_id, updated_at) VALUES (?, ?, ?, ?, ?, '2025-06-05')",
  );
  obs.run(pleiku, 'bhxh_compulsory', '2025-05', 41000, imp);
  obs.run(commune, 'bhxh_compulsory', '2025-05', 900, imp);
  obs.run(id('64'), 'labor_force', '2024', 900000, imp);
  return db;
}

describe('migration 003: units across time', () => {
  it('keeps every id and figure, ends old Gia Lai and its units on 30/6/2025, adds the new province and 135 communes', () => {
    const db = version2();
    const before = db.prepare('SELECT * FROM units ORDER BY id').all() as U[];
    const figures = db
      .prepare('SELECT unit_id, indicator, period, value FROM observations ORDER BY 1, 2, 3')
      .all();
    migrate(db, upTo(3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db.prepare('SELECT unit_id, indicator, period, value FROM observations ORDER BY 1, 2, 3').all(),
    ).toEqual(figures);
    const after = db.prepare('SELECT * FROM units ORDER BY id').all() as U[];
    for (const b of before) {
      const a = after.find((x) => x.id === b.id)!;
      expect({ ...a, valid_to: null }).toEqual({ ...b, valid_to: null });
      expect(a.valid_to, a.name).toBe('2025-06-30');
    }
    expect(db.prepare("SELECT alias FROM unit_aliases WHERE alias = 'Biển Hồ (cũ)'").all()).toHaveLength(1);

    const added = after.filter((u) => !before.some((b) => b.id === u.id));
    expect(added).toHaveLength(136);
    const province = added.find((u) => u.code === '52')!;
    expect(province).toMatchObject({
      name: 'Tỉnh Gia Lai',
      level: 'province',
      valid_from: '2025-07-01',
      valid_to: null,
    });
    const communes = added.filter((u) => u.level === 'commune');
    expect(communes).toHaveLength(135);
    expect(communes.every((c) => c.parent_id === province.id && c.valid_from === '2025-07-01')).toBe(true);

    // 23590 names the old commune until 30/6/2025 and the larger new one after it.
    const bienHo = after.filter((u) => u.code === '23590');
    expect(bienHo.map((u) => [u.valid_from, u.valid_to])).toEqual([
      [null, '2025-06-30'],
      ['2025-07-01', null],
    ]);
    const origins = db
      .prepare('SELECT old_level, old_code FROM unit_origins WHERE unit_id = ? ORDER BY old_level, old_code')
      .all(bienHo[1]!.id);
    expect(origins).toEqual([
      { old_level: 'commune', old_code: '23590' },
      { old_level: 'commune', old_code: '23692' },
      { old_level: 'commune', old_code: '23746' },
      { old_level: 'commune', old_code: '23761' },
      { old_level: 'district', old_code: '622' },
      { old_level: 'district', old_code: '626' },
      { old_level: 'district', old_code: '627' },
      { old_level: 'province', old_code: '64' },
    ]);
    const fromGiaLai = db
      .prepare(
        "SELECT count(DISTINCT unit_id) AS n FROM unit_origins WHERE old_level = 'province' AND old_code = '64'",
      )
      .get() as { n: number };
    // the 77 communes and the new province itself
    expect(fromGiaLai.n).toBe(78);

    // A second unit of a code starting the same day is refused.
    expect(() =>
      db
        .prepare(
          "INSERT INTO units (code, name, level, valid_from) VALUES ('52', 'x', 'province', '2025-07-01')",
        )
        .run(),
    ).toThrow();
    expect(() =>
      db
        .prepare("UPDATE units SET valid_from = '2026-01-01', valid_to = '2025-01-01' WHERE code = '622'")
        .run(),
    ).toThrow();
    db.close();
  });

  it('closes a Bình Định the office had loaded and re-uses new units it had already added', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(2));
    db.prepare("INSERT INTO units (code, name, level) VALUES ('52', 'Tỉnh Bình Định', 'province')").run();
    db.prepare(
      "INSERT INTO units (code, name, level, valid_from) VALUES ('23590', 'Xã Biển Hồ mới', 'commune', '2025-07-01')",
    ).run();
    migrate(db, upTo(3));
    const rows = db
      .prepare(
        "SELECT code, name, valid_from, valid_to FROM units WHERE code IN ('52', '23590') ORDER BY code, id",
      )
      .all();
    expect(rows).toEqual([
      { code: '23590', name: 'Xã Biển Hồ', valid_from: '2025-07-01', valid_to: null },
      { code: '52', name: 'Tỉnh Bình Định', valid_from: null, valid_to: '2025-06-30' },
      { code: '52', name: 'Tỉnh Gia Lai', valid_from: '2025-07-01', valid_to: null },
    ]);
    db.close();
  });

  it('a saved recipient list naming Sở Lao động – Thương binh và Xã hội names Sở Nội vụ instead', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(2));
    const saved = ['UBND tỉnh (để b/c);', 'Sở Lao động - Thương binh và Xã hội;', 'Phòng KHTC;'];
    db.prepare("INSERT INTO settings (key, value) VALUES ('recipients', ?)").run(JSON.stringify(saved));
    migrate(db, upTo(3));
    const after = db.prepare("SELECT value FROM settings WHERE key = 'recipients'").get() as {
      value: string;
    };
    expect(JSON.parse(after.value)).toEqual(['UBND tỉnh (để b/c);', 'Sở Nội vụ;', 'Phòng KHTC;']);
    db.close();
  });

  it('seeds from the shipped catalogues, embedded byte for byte', () => {
    const dir = resolve(import.meta.dirname, '../../resources/units');
    expect(UNITS_BEFORE_2025_07_CSV).toBe(readFileSync(resolve(dir, 'units-before-2025-07.csv'), 'utf8'));
    expect(UNITS_FROM_2025_07_CSV).toBe(readFileSync(resolve(dir, 'units-from-2025-07.csv'), 'utf8'));
    const old = oldUnits2025();
    expect(old.filter((u) => u.level === 'commune')).toHaveLength(373);
    expect(old.filter((u) => u.level === 'district' && u.parentCode === '64')).toHaveLength(17);
    const fresh = newUnits2025();
    expect(fresh.filter((u) => u.oldProvinceCodes.join() === '64')).toHaveLength(77);
    expect(fresh.find((u) => u.code === '21583')!.formedFrom).toMatch(
      /^Phường Đống Đa \(thành phố Quy Nhơn\), Phường/,
    );
  });
});
