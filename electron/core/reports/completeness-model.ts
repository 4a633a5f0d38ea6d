import type { Db } from '../db/open';
import { monthKey } from '../../../shared/domain/period';
import type { CompletenessReportModel } from '../../../shared/reports/model';
import { monthsByUnit } from '../repos/observations';
import { getSettings } from '../repos/settings';
import { listUnits, unitsInForce } from '../repos/units';

/** Which district-level units have sent figures for which months of a year (SPEC §4.3). */
export function buildCompletenessReport(db: Db, year: number, now = new Date()): CompletenessReportModel {
  const months = Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
  const all = listUnits(db);
  const inYear = new Map<number, (typeof all)[number]>();
  for (const m of months)
    for (const u of unitsInForce(all, m)) if (u.level === 'district') inYear.set(u.id, u);
  // A district that sent only commune rows has still sent: figures count for the district above them.
  const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
  const districtOf = (id: number): number | null => {
    for (
      let cur: number | null | undefined = id, depth = 0;
      cur != null && depth < 10;
      cur = parentOf.get(cur), depth++
    ) {
      if (inYear.has(cur)) return cur;
    }
    return null;
  };
  const sent = new Set<string>();
  for (const r of monthsByUnit(db, months[0]!, months[11]!)) {
    const d = districtOf(r.unit_id);
    if (d !== null) sent.add(`${d}|${r.period}`);
  }
  const rows = [...inYear.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'))
    .map((u) => ({ unit: u.code, name: u.name, sent: months.map((m) => sent.has(`${u.id}|${m}`)) }));
  return { year, months, rows, settings: getSettings(db), generatedAt: now.toISOString() };
}
