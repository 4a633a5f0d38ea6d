/**
 * The catalogue shipped with the app, loaded on demand: the old communes of both provinces and old Bình
 * Định with its districts, as they stood until 30/6/2025, for offices that kept commune-level history. Units
 * already in the catalogue keep their names (the seed's "Huyện Kbang"); the national list's spelling is
 * added as another name.
 */
import type { Db } from '../db/open';
import { oldUnits2025 } from '../db/seed/gia-lai-2025';
import { unitForInput, upsertUnit, type UnitInput } from '../repos/units';

export function loadShippedOldUnits(db: Db): { inserted: number; updated: number } {
  const rank = { province: 0, district: 1, commune: 2 } as const;
  const rows = oldUnits2025().sort((a, b) => rank[a.level] - rank[b.level]);
  let inserted = 0;
  let updated = 0;
  db.transaction(() => {
    for (const r of rows) {
      const input: UnitInput = {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parentCode,
        validFrom: null,
        validTo: r.validTo,
        active: true,
        aliases: [],
      };
      const existing = unitForInput(db, input);
      if (existing) {
        const aliases = new Set(existing.aliases);
        if (existing.name !== r.name) aliases.add(r.name);
        const same =
          existing.validTo === r.validTo &&
          existing.parentCode === r.parentCode &&
          aliases.size === existing.aliases.length;
        if (same) continue;
        upsertUnit(db, {
          ...input,
          name: existing.name,
          validFrom: existing.validFrom,
          active: existing.active,
          aliases: [...aliases],
        });
        updated++;
      } else {
        upsertUnit(db, input);
        inserted++;
      }
    }
  })();
  return { inserted, updated };
}
