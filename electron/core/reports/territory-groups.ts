/**
 * The progress report's hook across the 1/7/2025 break: for a month after it, old Gia Lai's territory (the
 * `territory` row of `values`) broken down into its new communes grouped by the old district each came from.
 * Returns null for a month with no territory row (before the break, or once its plan is over).
 */
import type { ValuesResult, ValuesRow } from '../../../shared/api/types';
import {
  groupTerritory,
  MULTI_DISTRICT_KEY,
  reorganisationSentence,
  type OldDistrict,
  type TerritoryGroup,
} from '../../../shared/domain/territory-groups';
import type { Db } from '../db/open';
import { listUnitOrigins, listUnits, territoryUnitIds } from '../repos/units';

export interface TerritoryBreakdown {
  territory: ValuesRow;
  groups: TerritoryGroup[];
  /** "Từ ngày 01/7/2025 không còn cấp huyện …": said once in the report. */
  sentence: string;
}

export function territoryBreakdown(db: Db, v: ValuesResult): TerritoryBreakdown | null {
  const territory = v.rows.find((r) => r.territory);
  if (!territory) return null;
  const units = listUnits(db);
  const endOf = units.find((u) => u.id === territory.unitId)?.validTo ?? null;
  // Old districts are the units of their code in force on the territory's last day.
  const oldDistricts = new Map<string, OldDistrict>();
  for (const u of units)
    if (u.level === 'district' && endOf && u.validTo === endOf)
      oldDistricts.set(u.code, { code: u.code, name: u.name, sortOrder: u.sortOrder });
  const origins = new Map<number, OldDistrict[]>();
  for (const o of listUnitOrigins(db)) {
    if (o.oldLevel !== 'district') continue;
    const d = oldDistricts.get(o.oldCode) ?? {
      code: o.oldCode,
      name: `huyện mã ${o.oldCode}`,
      sortOrder: 999,
    };
    origins.set(o.unitId, [...(origins.get(o.unitId) ?? []), d]);
  }
  const members = new Set(territoryUnitIds(db, territory.unit));
  const groups = groupTerritory(v, territory, (id) => origins.get(id), members);
  const communes = groups.reduce((n, g) => n + g.communes.length, 0);
  const multi = groups.find((g) => g.key === MULTI_DISTRICT_KEY)?.communes.length ?? 0;
  return { territory, groups, sentence: reorganisationSentence(territory.name, communes, multi) };
}

/**
 * A month's rows keyed for comparison with a report after the break: the territory under its code and, for
 * a month after the break, each group's subtotal under its key. A month before the break keeps only its
 * province rows: an old district and the new communes grouped under its name are not the same territory.
 */
export function territoryRowsByKey(db: Db, v: ValuesResult): Map<string, ValuesRow> {
  const out = new Map<string, ValuesRow>();
  const b = territoryBreakdown(db, v);
  if (b) {
    out.set(b.territory.unit, b.territory);
    for (const g of b.groups) out.set(g.key, g.subtotal);
    return out;
  }
  for (const r of v.rows) if (r.level === 'province' && !out.has(r.unit)) out.set(r.unit, r);
  return out;
}
