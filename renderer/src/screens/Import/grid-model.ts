import type { ChangeRow } from '../../../../shared/api/import-types';

/** One value of the grid: what the import writes, and what it replaces. */
export interface GridCell {
  value: number;
  old: number | null;
  status: ChangeRow['status'];
  /** `Số liệu!D7`. */
  cell: string;
}

/** A unit's figures for one period from one sheet, one cell per indicator. */
export interface GridRow {
  key: string;
  unit: string;
  unitName: string;
  period: string;
  file: string;
  sheet: string;
  cells: Record<string, GridCell>;
  /** Changed if any cell changed, else new if any is new. */
  status: ChangeRow['status'];
}

const RANK: Record<ChangeRow['status'], number> = { unchanged: 0, new: 1, changed: 2 };

/** Pivots the flat change list into unit × indicator rows, in the order the files gave them. */
export function changesGrid(changes: readonly ChangeRow[]): { rows: GridRow[]; indicators: string[] } {
  const rows = new Map<string, GridRow>();
  const indicators = new Set<string>();
  for (const c of changes) {
    const key = `${c.file}|${c.sheet}|${c.unit}|${c.period}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        unit: c.unit,
        unitName: c.unitName,
        period: c.period,
        file: c.file,
        sheet: c.sheet,
        cells: {},
        status: 'unchanged',
      };
      rows.set(key, row);
    }
    row.cells[c.indicator] = {
      value: c.newValue,
      old: c.oldValue,
      status: c.status,
      cell: `${c.sheet}!${c.cell}`,
    };
    if (RANK[c.status] > RANK[row.status]) row.status = c.status;
    indicators.add(c.indicator);
  }
  return { rows: [...rows.values()], indicators: [...indicators] };
}

export type GridFilter = ChangeRow['status'] | 'all';

/** Opens on what the clerk should look at: the changed figures, else the new ones, else everything. */
export function firstFilter(rows: readonly GridRow[]): GridFilter {
  if (rows.some((r) => r.status === 'changed')) return 'changed';
  if (rows.some((r) => r.status === 'new')) return 'new';
  return 'all';
}
