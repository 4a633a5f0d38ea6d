/**
 * An ended province's territory after a reorganisation, grouped for reading: the new communes formed from
 * one old district under that district, those formed from two or more old districts in a group of their
 * own (their figures cannot be split between districts). Each group has a subtotal row, its rates
 * recomputed from summed counts.
 */
import type { ValuesResult, ValuesRow } from '../api/types';
import { aggregateUnits, type Figure } from './aggregate';

export interface OldDistrict {
  code: string;
  name: string;
  sortOrder: number;
}

export interface TerritoryGroup {
  /** The old district's code, or `nhieu-huyen` for the communes formed from several. */
  key: string;
  /** "Địa bàn Huyện Chư Sê cũ", "Xã, phường hình thành từ nhiều huyện cũ". */
  title: string;
  oldDistricts: OldDistrict[];
  /** The group's sum as a values row (level district, under the territory), for tables built from rows. */
  subtotal: ValuesRow;
  communes: { row: ValuesRow; oldDistricts: OldDistrict[] }[];
}

export const MULTI_DISTRICT_KEY = 'nhieu-huyen';

export function groupTerritory(
  v: ValuesResult,
  territory: ValuesRow,
  originsOf: (unitId: number) => OldDistrict[] | undefined,
  members: ReadonlySet<number>,
): TerritoryGroup[] {
  const entered = v.indicators.filter((i) => i.kind === 'entered').map((i) => i.code);
  const byKey = new Map<
    string,
    { olds: OldDistrict[]; rows: { row: ValuesRow; oldDistricts: OldDistrict[] }[] }
  >();
  for (const row of v.rows) {
    if (!members.has(row.unitId)) continue;
    const olds = [...(originsOf(row.unitId) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    const key = olds.length === 1 ? olds[0]!.code : MULTI_DISTRICT_KEY;
    const g = byKey.get(key) ?? { olds: olds.length === 1 ? olds : [], rows: [] };
    g.rows.push({ row, oldDistricts: olds });
    if (key === MULTI_DISTRICT_KEY)
      for (const o of olds) if (!g.olds.some((x) => x.code === o.code)) g.olds.push(o);
    byKey.set(key, g);
  }
  const groups = [...byKey.entries()].sort(([ka, a], [kb, b]) =>
    ka === MULTI_DISTRICT_KEY
      ? 1
      : kb === MULTI_DISTRICT_KEY
        ? -1
        : a.olds[0]!.sortOrder - b.olds[0]!.sortOrder,
  );
  return groups.map(([key, g], i) => {
    const title =
      key === MULTI_DISTRICT_KEY
        ? 'Xã, phường hình thành từ nhiều huyện cũ'
        : `Địa bàn ${g.olds[0]!.name} cũ`;
    const groupId = -(i + 1);
    const nodes = [
      { id: groupId, parentId: null },
      ...g.rows.map((r) => ({ id: r.row.unitId, parentId: groupId })),
    ];
    const cellsById = new Map(g.rows.map((r) => [r.row.unitId, r.row.cells]));
    const own = (id: number, code: string): Figure | undefined => {
      const c = cellsById.get(id)?.[code];
      return c && c.value !== null ? { ...c, source: 'own' } : undefined;
    };
    const figures = aggregateUnits(nodes, entered, own, v.indicators).get(groupId)!;
    const cells: ValuesRow['cells'] = {};
    for (const ind of v.indicators)
      cells[ind.code] = figures.get(ind.code) ?? { value: null, source: 'none' };
    const subtotal: ValuesRow = {
      unitId: groupId,
      unit: key,
      name: title,
      level: 'district',
      parentCode: territory.unit,
      cells,
      targets: {},
    };
    return { key, title, oldDistricts: g.olds, subtotal, communes: g.rows };
  });
}

/** The sentence a report over the break says once. */
export function reorganisationSentence(territoryName: string, communes: number, multi: number): string {
  return (
    `Từ ngày 01/7/2025 không còn cấp huyện (Nghị quyết số 202/2025/QH15): số liệu từ tháng 7/2025 báo cáo theo ${communes} xã, phường hình thành từ ${territoryName.charAt(0).toLowerCase()}${territoryName.slice(1)}, ` +
    `được nhóm theo huyện cũ` +
    (multi > 0 ? `; ${multi} xã, phường hình thành từ nhiều huyện cũ được nhóm riêng.` : '.')
  );
}
