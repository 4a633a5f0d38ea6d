/**
 * The catalogue names closest to a name nobody could place ("Huyện Chư Pa" → Chư Păh, Chư Pưh), offered
 * first in the user's choice. Compared on folded keys, so only real spelling differences count.
 */
import { unitNameKey } from '../../../shared/units/names';
import type { UnitInfo } from '../../../shared/api/types';

const MAX_SUGGESTIONS = 5;
/** Below this share of matching letters the names are unrelated; suggesting them would only mislead. */
const MIN_SIMILARITY = 0.5;

/** Keys are folded once per import; suggestions are asked only for the few names shown to the user. */
export function createUnitSuggester(units: readonly UnitInfo[]): (text: string) => UnitInfo[] {
  const keyed = units
    .filter((u) => u.level !== 'province')
    .map((unit) => ({ unit, keys: [unit.name, ...unit.aliases].map(unitNameKey).filter((k) => k.base) }));
  return (text) => {
    const typed = unitNameKey(text);
    if (!typed.base) return [];
    const scored: { unit: UnitInfo; score: number }[] = [];
    for (const { unit, keys } of keyed) {
      let best = 0;
      for (const k of keys) {
        let score = 1 - editDistance(typed.base, k.base) / Math.max(typed.base.length, k.base.length);
        // Same typed prefix (Huyện/Xã) breaks ties between a district and a commune of the same name.
        if (typed.kind && typed.kind === k.kind) score += 0.01;
        best = Math.max(best, score);
      }
      if (best >= MIN_SIMILARITY) scored.push({ unit, score: best });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.unit.sortOrder - b.unit.sortOrder)
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => s.unit);
  };
}

/** Levenshtein distance with one rolling row; names are a few dozen letters at most. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}
