import type { Db } from '../db/open';
import { monthKey } from '../../../shared/domain/period';
import type { CompletenessReportModel } from '../../../shared/reports/model';
import { monthsByUnit } from '../repos/observations';
import { getSettings } from '../repos/settings';
import { listUnits, unitsReportedIn } from '../repos/units';

/**
 * Which units have sent figures for which months of a year (SPEC §4.3): each month, the units that
 * report to a province in force that month — the districts until 6/2025, the new communes from 7/2025.
 */
export function buildCompletenessReport(db: Db, year: number, now = new Date()): CompletenessReportModel {
  const months = Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
  const all = listUnits(db);
  const due = new Map<number, Set<string>>();
  const reporting = new Map<number, (typeof all)[number]>();
  for (const m of months) {
    const inForce = unitsReportedIn(db, all, m);
    const provinces = new Set(inForce.filter((u) => u.level === 'province').map((u) => u.id));
    for (const u of inForce) {
      if (u.level === 'province' || u.parentId === null || !provinces.has(u.parentId)) continue;
      reporting.set(u.id, u);
      const set = due.get(u.id) ?? new Set<string>();
      set.add(m);
      due.set(u.id, set);
    }
  }
  // A district that sent only commune rows has still sent: figures count for the district above them.
  const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
  const reporterOf = (id: number): number | null => {
    for (
      let cur: number | null | undefined = id, depth = 0;
      cur != null && depth < 10;
      cur = parentOf.get(cur), depth++
    ) {
      if (reporting.has(cur)) return cur;
    }
    return null;
  };
  const sent = new Set<string>();
  for (const r of monthsByUnit(db, months[0]!, months[11]!)) {
    const d = reporterOf(r.unit_id);
    if (d !== null) sent.add(`${d}|${r.period}`);
  }
  const rank = { province: 0, district: 1, commune: 2 } as const;
  const rows = [...reporting.values()]
    .sort(
      (a, b) =>
        (a.validFrom ?? '').localeCompare(b.validFrom ?? '') ||
        rank[a.level] - rank[b.level] ||
        a.sortOrder - b.sortOrder ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .map((u) => ({
      unit: u.code,
      name: u.name,
      level: u.level,
      sent: months.map((m) => (due.get(u.id)!.has(m) ? sent.has(`${u.id}|${m}`) : null)),
    }));
  return { year, months, rows, settings: getSettings(db), generatedAt: now.toISOString() };
}
