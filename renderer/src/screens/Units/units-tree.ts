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
