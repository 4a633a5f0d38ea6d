import type { Db } from '../db/open';
import type { UnitInfo, UnitLevel } from '../../../shared/api/types';
import {
  inForceInMonth,
  inForceOn,
  overlaps,
  reportedUnitsInForce,
  unitsInForce,
} from '../../../shared/domain/units-in-force';
import { PROVINCE_CODE } from '../db/migrations/002-seed';

export { unitsInForce };

interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parent_id: number | null;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
  active: number;
  sort_order: number;
  aliases: string | null;
}

const SELECT = `
  SELECT u.*, p.code AS parent_code,
    (SELECT json_group_array(alias) FROM unit_aliases a WHERE a.unit_id = u.id) AS aliases
  FROM units u LEFT JOIN units p ON p.id = u.parent_id`;

function toUnit(r: UnitRow): UnitInfo {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    parentCode: r.parent_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    active: r.active === 1,
    sortOrder: r.sort_order,
    aliases: r.aliases ? (JSON.parse(r.aliases) as string[]) : [],
  };
}

export function listUnits(db: Db): UnitInfo[] {
  const rows = db
    .prepare(
      `${SELECT} ORDER BY CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
         COALESCE(u.valid_from, ''), u.sort_order, u.name`,
    )
    .all() as UnitRow[];
  return rows.map(toUnit);
}

/** Every unit that ever had this code, the earliest first. */
export function unitsWithCode(db: Db, code: string): UnitInfo[] {
  return (
    db.prepare(`${SELECT} WHERE u.code = ? ORDER BY COALESCE(u.valid_from, '')`).all(code) as UnitRow[]
  ).map(toUnit);
}

/**
 * The unit a code names: in force in `month` when one is given, otherwise the latest to begin (the
 * unit the code names today).
 */
export function getUnitByCode(db: Db, code: string, month?: string): UnitInfo | null {
  const all = unitsWithCode(db, code);
  if (month === undefined) return all[all.length - 1] ?? null;
  return all.find((u) => inForceInMonth(u, month)) ?? null;
}

/** The unit a code names for a stored period: a month, or a year (in force at its end, else its last). */
export function unitForPeriod(db: Db, code: string, period: string): UnitInfo | null {
  if (period.length === 7) return getUnitByCode(db, code, period);
  const year = period.slice(0, 4);
  const all = unitsWithCode(db, code);
  const atEnd = all.find((u) => inForceOn(u, `${year}-12-31`));
  if (atEnd) return atEnd;
  const inYear = all.filter((u) => overlaps(u, { validFrom: `${year}-01-01`, validTo: `${year}-12-31` }));
  return inYear[inYear.length - 1] ?? null;
}

export interface UnitInput {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  aliases: string[];
}

/** The parent a child's code points to: the unit of that code in force when the child is (its last day). */
function parentFor(db: Db, u: UnitInput): number | null {
  if (!u.parentCode) return null;
  const candidates = unitsWithCode(db, u.parentCode).filter((p) => overlaps(p, u));
  const day = u.validTo ?? u.validFrom;
  const parent =
    (day ? candidates.find((p) => inForceOn(p, day)) : null) ?? candidates[candidates.length - 1];
  if (!parent)
    throw new Error(`Không có đơn vị cấp trên mã ${u.parentCode} trong thời gian hiệu lực của đơn vị.`);
  return parent.id;
}

/**
 * Inserts or updates a unit: the unit of this code whose dates overlap the input's is the same unit
 * (its dates are updated); no such unit, a new one (a code reused after a reorganisation). A span that
 * overlaps two units of the code is refused: which one was meant cannot be told.
 */
export function upsertUnit(db: Db, u: UnitInput): number {
  const parentId = parentFor(db, u);
  const same = unitsWithCode(db, u.code).filter((x) => overlaps(x, u));
  if (same.length > 1)
    throw new Error(
      `Mã ${u.code} đã dùng cho ${same.length} đơn vị ở các thời kỳ khác nhau; thời gian hiệu lực nhập vào trùng với nhiều thời kỳ.`,
    );
  const existing = same[0];
  let id: number;
  if (existing) {
    db.prepare(
      'UPDATE units SET name = ?, level = ?, parent_id = ?, valid_from = ?, valid_to = ?, active = ? WHERE id = ?',
    ).run(u.name, u.level, parentId, u.validFrom, u.validTo, u.active ? 1 : 0, existing.id);
    id = existing.id;
  } else {
    const order = (
      db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 AS n FROM units').get() as { n: number }
    ).n;
    id = Number(
      db
        .prepare(
          'INSERT INTO units (code, name, level, parent_id, valid_from, valid_to, active, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(u.code, u.name, u.level, parentId, u.validFrom, u.validTo, u.active ? 1 : 0, order)
        .lastInsertRowid,
    );
  }
  db.prepare('DELETE FROM unit_aliases WHERE unit_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO unit_aliases (unit_id, alias) VALUES (?, ?)');
  for (const a of u.aliases) if (a.trim()) ins.run(id, a.trim());
  return id;
}

/** The unit of an update: the one of this code overlapping the given span, else the code's latest. */
export function unitForInput(db: Db, u: UnitInput): UnitInfo | null {
  const same = unitsWithCode(db, u.code).filter((x) => overlaps(x, u));
  return same.length === 1 ? same[0]! : null;
}

export function setUnitActive(db: Db, id: number, active: boolean): void {
  const r = db.prepare('UPDATE units SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  if (r.changes === 0) throw new Error(`Không có đơn vị số ${id}.`);
}

export function getUnitById(db: Db, id: number): UnitInfo | null {
  const r = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
  return r ? toUnit(r) : null;
}

export interface UnitOrigin {
  unitId: number;
  oldLevel: UnitLevel;
  oldCode: string;
}

/** The crosswalk: what each unit was formed from, by the old units' codes. */
export function listUnitOrigins(db: Db): UnitOrigin[] {
  return db
    .prepare('SELECT unit_id AS unitId, old_level AS oldLevel, old_code AS oldCode FROM unit_origins')
    .all() as UnitOrigin[];
}

/**
 * The units (below province level) formed from an old province's territory and only from it: after
 * the province ended, its territory is exactly their sum.
 */
export function territoryUnitIds(db: Db, provinceCode: string): number[] {
  return (
    db
      .prepare(
        `SELECT u.id FROM units u JOIN unit_origins o ON o.unit_id = u.id
         WHERE o.old_level = 'province' AND o.old_code = ? AND u.level <> 'province'
           AND NOT EXISTS (SELECT 1 FROM unit_origins x
                           WHERE x.unit_id = u.id AND x.old_level = 'province' AND x.old_code <> ?)`,
      )
      .all(provinceCode, provinceCode) as { id: number }[]
  ).map((r) => r.id);
}

export function formationNote(db: Db, unitId: number): string | null {
  const r = db.prepare('SELECT formed_from FROM unit_formations WHERE unit_id = ?').get(unitId) as
    { formed_from: string } | undefined;
  return r?.formed_from ?? null;
}

/**
 * The units in force in a month that the app reports: old Gia Lai's tree (the seed's province) until
 * 30/6/2025, the province formed from it after; never old Bình Định, which the shipped catalogue adds.
 */
export function unitsReportedIn(db: Db, all: readonly UnitInfo[], month: string): UnitInfo[] {
  const formedFromOurs = new Set(
    (
      db
        .prepare(`SELECT unit_id AS id FROM unit_origins WHERE old_level = 'province' AND old_code = ?`)
        .all(PROVINCE_CODE) as { id: number }[]
    ).map((r) => r.id),
  );
  return reportedUnitsInForce(all, month, (p) => p.code === PROVINCE_CODE || formedFromOurs.has(p.id));
}
