import type { PlanInfo, TargetInfo, UnitInfo } from '../../../../shared/api/types';

/** Indicators a plan sets targets for: rates (plan 156) or headcounts (plans under Resolution 403). */
export const TARGET_INDICATORS: { code: string; label: string; kind: 'rate' | 'count' }[] = [
  { code: 'bhxh_coverage', label: 'Tỷ lệ BHXH (%)', kind: 'rate' },
  { code: 'bhtn_coverage', label: 'Tỷ lệ BHTN (%)', kind: 'rate' },
  { code: 'bhxh_participants', label: 'Số người tham gia BHXH', kind: 'count' },
  { code: 'bhtn', label: 'Số người tham gia BHTN', kind: 'count' },
];

export function planYears(p: PlanInfo): number[] {
  const out: number[] = [];
  for (let y = p.yearFrom; y <= p.yearTo; y++) out.push(y);
  return out;
}

/** Province first, then its districts in catalogue order; only units in force some time in the year. */
export function unitsForYear(units: UnitInfo[], year: number): UnitInfo[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return units
    .filter(
      (u) =>
        u.level !== 'commune' && (!u.validFrom || u.validFrom <= end) && (!u.validTo || u.validTo >= start),
    )
    .sort(
      (a, b) =>
        (a.level === 'province' ? -1 : 0) - (b.level === 'province' ? -1 : 0) || a.sortOrder - b.sortOrder,
    );
}

export function targetKey(unit: string, indicator: string, year: number): string {
  return `${unit}|${indicator}|${year}`;
}

export function indexTargets(targets: TargetInfo[]): Map<string, TargetInfo> {
  return new Map(targets.map((t) => [targetKey(t.unitCode, t.indicator, t.year), t]));
}
