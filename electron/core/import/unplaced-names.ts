/**
 * Unit names that found no unit, gathered across every sheet of a preview so the user can place each
 * once; an unknown name comes with the closest names in the catalogue.
 */
import type { UnresolvedUnit } from '../../../shared/api/import-types';
import type { UnitInfo } from '../../../shared/api/types';
import { LIMITS } from './limits';
import type { UnplacedName } from './unit-resolver';
import { createUnitSuggester } from './unit-suggestions';

export class UnplacedNames {
  readonly list: UnresolvedUnit[] = [];
  /** One suggester per catalogue slice (the units in force in a period), built on first use. */
  private readonly suggesters = new Map<readonly UnitInfo[], (text: string) => UnitInfo[]>();

  /** The first row of each distinct name in a sheet; a sheet of thousands of strange names lists a few hundred. */
  note(
    file: string,
    sheet: string,
    cell: string,
    text: string,
    unplaced: UnplacedName,
    seen: Set<string>,
    key: string,
    units: readonly UnitInfo[],
  ): void {
    if (seen.has(key) || this.list.length >= LIMITS.maxUnresolvedShown) return;
    seen.add(key);
    let suggest = this.suggesters.get(units);
    if (!suggest) {
      suggest = createUnitSuggester(units.filter((u) => u.active));
      this.suggesters.set(units, suggest);
    }
    const candidates = unplaced.reason === 'ambiguous' ? unplaced.candidates : suggest(text);
    this.list.push({
      text,
      file,
      sheet,
      cell,
      reason: unplaced.reason,
      candidates: candidates.map((u) => ({ code: u.code, name: u.name })),
    });
  }
}
