import type { ValueCell, ValuesResult, ValuesRow } from '../../../../shared/api/types';
import type { Indicator } from '../../../../shared/domain/indicators';
import { foldVietnamese } from '../../../../shared/units/names';
import { formatCount, formatRate } from '../../../../shared/format/vi';
import { observationPeriodLabel } from '../../../../shared/domain/period';

export function orderedIndicators(v: ValuesResult): Indicator[] {
  return [...v.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
}

export function formatCell(ind: Indicator, cell: ValueCell | undefined): string {
  const value = cell?.value ?? null;
  return ind.measure === 'percent' ? formatRate(value) : formatCount(value);
}

/** "Chuyển từ Tháng 2/2024" for a value carried forward; null when the value is the period's own. */
export function carriedNote(cell: ValueCell | undefined): string | null {
  if (!cell || !cell.carried || !cell.period) return null;
  return `Chuyển từ ${observationPeriodLabel(cell.period)}`;
}

/** Search as a clerk types: without diacritics, case or the "Huyện" prefix mattering. */
export function filterRows(rows: ValuesRow[], text: string): ValuesRow[] {
  const q = foldVietnamese(text).trim();
  if (!q) return rows;
  return rows.filter((r) => foldVietnamese(r.name).includes(q) || r.unit.includes(q));
}

/** The stored period a correction goes to: yearly indicators (labour force) to the year, others to the month. */
export function correctionPeriod(ind: Indicator, month: string, cell: ValueCell | undefined): string {
  if (ind.naturalPeriod === 'year')
    return cell?.period && /^\d{4}$/.test(cell.period) ? cell.period : month.slice(0, 4);
  return month;
}

/**
 * Rows as a clerk reads them: each district followed by its communes, the province last. The API lists
 * children before parents, which put every commune above the districts.
 */
export function displayOrder(rows: ValuesRow[]): ValuesRow[] {
  const children = new Map<string, ValuesRow[]>();
  const placed = new Set<string>();
  for (const r of rows)
    if (r.level === 'commune' && r.parentCode) {
      children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r]);
    }
  const out: ValuesRow[] = [];
  const add = (r: ValuesRow) => {
    if (placed.has(r.unit)) return;
    placed.add(r.unit);
    out.push(r);
    for (const c of children.get(r.unit) ?? []) add(c);
  };
  for (const r of rows) if (r.level === 'district') add(r);
  for (const r of rows) if (r.level !== 'province') add(r);
  for (const r of rows) add(r);
  return out;
}
