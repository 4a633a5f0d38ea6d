import type { Db } from '../db/open';
import type { UnitInfo, UnitLevel } from '../../../shared/api/types';

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
      `${SELECT} ORDER BY CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, u.sort_order, u.name`,
    )
    .all() as UnitRow[];
  return rows.map(toUnit);
}

export function getUnitByCode(db: Db, code: string): UnitInfo | null {
  const r = db.prepare(`${SELECT} WHERE u.code = ?`).get(code) as UnitRow | undefined;
  return r ? toUnit(r) : null;
}

/** Units in force in a month (`YYYY-MM`): active, and the month overlaps their dates. */
export function unitsInForce(units: readonly UnitInfo[], month: string): UnitInfo[] {
  const first = `${month}-01`;
  const last = `${month}-31`;
  return units.filter(
    (u) =>
      u.active && (u.validFrom === null || u.validFrom <= last) && (u.validTo === null || u.validTo >= first),
  );
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

/** Inserts or updates a unit by its code, replacing its aliases. */
export function upsertUnit(db: Db, u: UnitInput): number {
  const parentId = u.parentCode ? (getUnitByCode(db, u.parentCode)?.id ?? null) : null;
  if (u.parentCode && parentId === null) throw new Error(`Không có đơn vị cấp trên mã ${u.parentCode}.`);
  const existing = getUnitByCode(db, u.code);
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

export function setUnitActive(db: Db, code: string, active: boolean): void {
  const r = db.prepare('UPDATE units SET active = ? WHERE code = ?').run(active ? 1 : 0, code);
  if (r.changes === 0) throw new Error(`Không có đơn vị mã ${code}.`);
}
