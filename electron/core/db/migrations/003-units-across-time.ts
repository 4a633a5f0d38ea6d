import { REORGANISATION_DAY } from '../../../../shared/domain/units-in-force';
import { newUnits2025 } from '../seed/gia-lai-2025';
import { PROVINCE_CODE } from './002-seed';
import type { Migration } from './types';

const LAST_OLD_DAY = '2025-06-30';

/**
 * Units across time. A national code names different units at different times (`52` is Tỉnh Bình Định
 * until 30/6/2025, the new Tỉnh Gia Lai after), so `code` is no longer unique: a unit is its row, found by
 * code and month. The table is rebuilt keeping every id, so observations, targets and aliases keep
 * pointing at the same units. Old Gia Lai and its districts end on 30/6/2025; the new province and its
 * 135 communes begin on 1/7/2025 with the crosswalk to the old province, districts and communes.
 */
export const m003UnitsAcrossTime: Migration = {
  version: 3,
  name: 'units-across-time',
  // Rebuilding a table others reference needs foreign keys off; migrate() checks them before commit.
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE units_new (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        parent_id INTEGER REFERENCES units(id),
        valid_from TEXT,
        valid_to TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      ) STRICT;
      INSERT INTO units_new (id, code, name, level, parent_id, valid_from, valid_to, active, sort_order)
        SELECT id, code, name, level, parent_id, valid_from, valid_to, active, sort_order FROM units;
      DROP TABLE units;
      ALTER TABLE units_new RENAME TO units;
      CREATE INDEX units_parent ON units(parent_id);
      -- Two units of one code never start on the same day; overlapping spans are refused by the repo.
      CREATE UNIQUE INDEX units_code_from ON units(code, COALESCE(valid_from, ''));

      -- What a unit was formed from, by the codes of the units in force the day before it began (the
      -- old units need not be in the catalogue: old communes load on demand).
      CREATE TABLE unit_origins (
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        old_level TEXT NOT NULL CHECK (old_level IN ('province', 'district', 'commune')),
        old_code TEXT NOT NULL,
        PRIMARY KEY (unit_id, old_level, old_code)
      ) STRICT;
      CREATE INDEX unit_origins_old ON unit_origins(old_level, old_code);
      CREATE TABLE unit_formations (
        unit_id INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE CASCADE,
        formed_from TEXT NOT NULL
      ) STRICT;
    `);

    const fresh = newUnits2025();
    const newCodes = fresh.map((u) => u.code);
    // Old Gia Lai, everything under it, and any unit a new one takes the code of, end on 30/6/2025.
    db.prepare(
      `WITH RECURSIVE tree(id) AS (
         SELECT id FROM units WHERE code = ? AND (valid_from IS NULL OR valid_from < ?)
         UNION SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
       )
       UPDATE units SET valid_to = ?
       WHERE (valid_to IS NULL OR valid_to > ?) AND (valid_from IS NULL OR valid_from <= ?)
         AND (id IN tree OR code IN (SELECT value FROM json_each(?)))`,
    ).run(
      PROVINCE_CODE,
      REORGANISATION_DAY,
      LAST_OLD_DAY,
      LAST_OLD_DAY,
      LAST_OLD_DAY,
      JSON.stringify(newCodes),
    );

    const existing = db.prepare('SELECT id FROM units WHERE code = ? AND valid_from = ?');
    const insert = db.prepare(
      `INSERT INTO units (code, name, level, parent_id, valid_from, valid_to, active, sort_order)
       VALUES (?, ?, ?, ?, ?, NULL, 1, ?)`,
    );
    const update = db.prepare('UPDATE units SET name = ?, level = ?, parent_id = ? WHERE id = ?');
    const origin = db.prepare(
      'INSERT OR IGNORE INTO unit_origins (unit_id, old_level, old_code) VALUES (?, ?, ?)',
    );
    const formation = db.prepare(
      'INSERT OR REPLACE INTO unit_formations (unit_id, formed_from) VALUES (?, ?)',
    );
    const idOf = new Map<string, number>();
    fresh.forEach((u, i) => {
      const parentId = u.parentCode ? idOf.get(u.parentCode)! : null;
      const found = existing.get(u.code, u.validFrom) as { id: number } | undefined;
      let id: number;
      if (found) {
        update.run(u.name, u.level, parentId, found.id);
        id = found.id;
      } else id = Number(insert.run(u.code, u.name, u.level, parentId, u.validFrom, i).lastInsertRowid);
      idOf.set(u.code, id);
      for (const c of u.oldProvinceCodes) origin.run(id, 'province', c);
      for (const c of u.oldDistrictCodes) origin.run(id, 'district', c);
      for (const c of u.oldCommuneCodes) origin.run(id, 'commune', c);
      if (u.formedFrom) formation.run(id, u.formedFrom);
    });

    // The department merged into Sở Nội vụ in 2025: a saved recipient list that still names it is updated.
    const saved = db.prepare("SELECT value FROM settings WHERE key = 'recipients'").get() as
      { value: string } | undefined;
    if (saved) {
      const list = JSON.parse(saved.value) as unknown;
      if (Array.isArray(list)) {
        const renamed = list.map((r) =>
          typeof r === 'string' &&
          /^Sở Lao động\s*[-–]\s*Thương binh và Xã hội\s*;?$/u.test(r.normalize('NFC').trim())
            ? 'Sở Nội vụ;'
            : r,
        );
        db.prepare("UPDATE settings SET value = ? WHERE key = 'recipients'").run(JSON.stringify(renamed));
      }
    }
  },
};
