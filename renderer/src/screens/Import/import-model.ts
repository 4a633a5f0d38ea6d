import { NOT_A_UNIT, type ImportPreview, type UnresolvedUnit } from '../../../../shared/api/import-types';
import type { UnitInfo } from '../../../../shared/api/types';
import { foldVietnamese } from '../../../../shared/units/names';

/** Column choices by sheet fingerprint: column letter → indicator code, or null for "not imported". */
export type Mappings = Record<string, Record<string, string | null>>;

export function withMapping(
  m: Mappings,
  fingerprint: string,
  column: string,
  indicator: string | null,
): Mappings {
  return { ...m, [fingerprint]: { ...(m[fingerprint] ?? {}), [column]: indicator } };
}

/** Sheets where the reader guessed at least one column: the user should confirm them. */
export function unsureSheets(p: ImportPreview): number {
  return p.sheets.filter((s) => s.columns.some((c) => c.confidence === 'guess')).length;
}

/** `Số liệu!D12`, or the sheet alone, or nothing. */
export function where(p: { sheet: string | null; cell: string | null }): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ?? '';
}

/** Typed unit name → unit code, for names the reader could not place. */
export type UnitChoices = Record<string, string>;

export interface UnitOption {
  value: string;
  label: string;
  /** Folded name, parent and code, what the search matches. */
  search: string;
}

/**
 * The units a name can be placed on: the reader's candidates first, then every unit in force for the
 * sheet's period (districts before communes), each once. Communes carry their district, since two
 * communes of one name differ only by it.
 */
export function unitChoiceOptions(
  entry: UnresolvedUnit,
  units: UnitInfo[],
  period: string | null,
): { label: string; options: UnitOption[] }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const option = (code: string, name: string): UnitOption => {
    const u = byCode.get(code);
    const parent = u?.parentId ? byId.get(u.parentId) : undefined;
    const label = `${name}${u?.level === 'commune' && parent ? ` – ${parent.name}` : ''} (mã ${code})`;
    return { value: code, label, search: foldVietnamese(label) };
  };
  const first = entry.candidates.map((c) => option(c.code, c.name));
  const taken = new Set(first.map((o) => o.value));
  const rest = units
    .filter((u) => u.active && u.level !== 'province' && !taken.has(u.code) && inForce(u, period))
    .sort((a, b) => levelRank(a) - levelRank(b) || a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map((u) => option(u.code, u.name));
  const groups = [];
  if (first.length)
    groups.push({
      label: entry.reason === 'ambiguous' ? 'Tên này có thể là' : 'Tên gần giống',
      options: first,
    });
  groups.push({ label: 'Tất cả đơn vị', options: rest });
  // Apart and last, after the names it may mean: a row of column numbers or a note taken for a unit.
  const skip = 'Không phải đơn vị – bỏ qua dòng này';
  groups.push({
    label: 'Không phải đơn vị',
    options: [{ value: NOT_A_UNIT, label: skip, search: foldVietnamese(skip) }],
  });
  return groups;
}

function levelRank(u: UnitInfo): number {
  return u.level === 'district' ? 0 : 1;
}

/** In force some time in the period (`YYYY-MM` or `YYYY`); any unit when the period is not known. */
function inForce(u: UnitInfo, period: string | null): boolean {
  if (!period) return true;
  const start = period.length === 4 ? `${period}-01-01` : `${period}-01`;
  const end = period.length === 4 ? `${period}-12-31` : `${period}-31`;
  return (!u.validFrom || u.validFrom <= end) && (!u.validTo || u.validTo >= start);
}
