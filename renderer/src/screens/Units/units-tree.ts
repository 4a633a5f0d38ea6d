import type { UnitInfo } from '../../../../shared/api/types';

export type UnitNode = UnitInfo & { children?: UnitNode[] };

/** Builds the tree the table shows; a unit whose parent is unknown stays at the top rather than vanishing. */
export function buildTree(units: UnitInfo[]): UnitNode[] {
  const byId = new Map<number, UnitNode>(units.map((u) => [u.id, { ...u }]));
  const roots: UnitNode[] = [];
  const sorted = [...units].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  for (const u of sorted) {
    const node = byId.get(u.id)!;
    const parent = u.parentId !== null ? byId.get(u.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export const LEVEL_LABEL: Record<UnitInfo['level'], string> = {
  province: 'Tỉnh',
  district: 'Huyện/thị xã/thành phố',
  commune: 'Xã/phường/thị trấn',
};

/** `2025-07-01` → `01/07/2025`. */
export function isoToVi(d: string | null): string {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

/**
 * The parent picker's choices: one per code, since the form sends a code and the core picks the unit of
 * that code in force when the child is. A code that named several units (52: Tỉnh Bình Định until
 * 30/6/2025, the new Tỉnh Gia Lai from 1/7/2025) lists each with its dates, the latest first: a new
 * unit is what the clerk adds under most often, and a long label is cut at its end.
 */
export function parentOptions(units: UnitInfo[], editedCode?: string): { value: string; label: string }[] {
  const byCode = new Map<string, UnitInfo[]>();
  for (const u of units) {
    if (u.code === editedCode || u.level === 'commune') continue;
    const same = byCode.get(u.code);
    if (same) same.push(u);
    else byCode.set(u.code, [u]);
  }
  return [...byCode].map(([code, same]) => {
    if (same.length === 1) return { value: code, label: `${code} – ${same[0]!.name}` };
    const names = [...same]
      .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))
      .map((u) => `${u.name}${spanText(u)}`);
    return { value: code, label: `${code} – ${names.join('; ')}` };
  });
}

function spanText(u: UnitInfo): string {
  if (u.validFrom && u.validTo) return ` (${isoToVi(u.validFrom)} – ${isoToVi(u.validTo)})`;
  if (u.validFrom) return ` (từ ${isoToVi(u.validFrom)})`;
  if (u.validTo) return ` (đến ${isoToVi(u.validTo)})`;
  return '';
}
