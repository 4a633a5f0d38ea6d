import type { UnitNode } from './units-tree';

/** Lower case without Vietnamese marks: clerks often type "kong long" for "Kông Lơng". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The keys the screen opens on: every unit above the districts unfolded, communes folded under their
 * parent (a district, or the new province, which has no districts), so a thousand-unit catalogue opens on
 * a few dozen rows and the clerk unfolds the district they want, or searches.
 */
export function topKeys(roots: UnitNode[]): number[] {
  const keys: number[] = [];
  const walk = (nodes: UnitNode[]) => {
    for (const n of nodes) {
      if (!n.children?.some((c) => c.level !== 'commune')) continue;
      keys.push(n.id);
      walk(n.children);
    }
  };
  walk(roots);
  return keys;
}

export interface Found {
  nodes: UnitNode[];
  /** Every parent of a match, unfolded so the match is on screen. */
  open: number[];
  matches: number;
}

/**
 * The tree cut down to the units whose name, other names or code contain the query, with their parents.
 * A matching district keeps all its communes (folded), since the clerk searched for the district.
 */
export function searchTree(roots: UnitNode[], query: string): Found {
  const q = foldText(query);
  const open: number[] = [];
  let matches = 0;
  const hits = (u: UnitNode) =>
    u.code.startsWith(q) || foldText(u.name).includes(q) || u.aliases.some((a) => foldText(a).includes(q));
  const walk = (nodes: UnitNode[]): UnitNode[] => {
    const kept: UnitNode[] = [];
    for (const n of nodes) {
      const inner = n.children ? walk(n.children) : [];
      if (hits(n)) {
        matches++;
        if (inner.length) open.push(n.id);
        kept.push(n);
      } else if (inner.length) {
        open.push(n.id);
        kept.push({ ...n, children: inner });
      }
    }
    return kept;
  };
  if (!q) return { nodes: roots, open: topKeys(roots), matches: 0 };
  return { nodes: walk(roots), open, matches };
}
