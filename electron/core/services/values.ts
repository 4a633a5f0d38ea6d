import type { Db } from '../db/open';
import { aggregateUnits, leafFigures, type Figure } from '../../../shared/domain/aggregate';
import { computeOrder } from '../../../shared/domain/indicators';
import {
  parsePeriod,
  resolvePeriodMonth,
  splitMonth,
  formatPeriod,
  type Period,
} from '../../../shared/domain/period';
import { isCarried } from '../../../shared/domain/stock';
import { cacheVersion, cachedRead, peekCached } from './read-cache';
import { contentGeneration, storedSummary, storeSummaries } from './stored-summaries';
import type { UnitInfo, ValueCell, ValuesResult, ValuesRow } from '../../../shared/api/types';
import { listIndicators } from '../repos/indicators';
import { latestAtOrBefore, latestMonthOfYear, type ObservationRow } from '../repos/observations';
import { latestAtOrBeforeEach } from '../repos/observations-by-month';
import { planForYear, targetsForYear } from '../repos/targets';
import { listUnits, territoryUnitIds, unitsReportedIn } from '../repos/units';
import { countsAfterEnd } from '../../../shared/domain/units-in-force';

/** The month a period stands for, looking at the data for a year's latest month. */
export function monthForPeriod(db: Db, period: Period): string {
  return resolvePeriodMonth(period, period.kind === 'year' ? latestMonthOfYear(db, period.year) : null);
}

/** Figures of every unit in force for a period: own, carried forward, summed from children, computed. */
export function getValues(db: Db, periodText: string): ValuesResult {
  const period = parsePeriod(periodText);
  const month = monthForPeriod(db, period);
  return valuesForMonth(db, month, formatPeriod(period));
}

const keyOf = (month: string) => `values|${month}`;
const rowsOf = (v: ValuesResult) => v.rows.length;

/**
 * Figures of every unit in force for a month. Kept per month while the database is unchanged
 * (read-cache.ts): a report and the dashboard ask for the same months many times.
 */
export function valuesForMonth(db: Db, month: string, periodText = month): ValuesResult {
  const v = cachedRead(db, keyOf(month), () => computeValuesForMonth(db, month), rowsOf);
  return v.period === periodText ? v : { ...v, period: periodText };
}

/** Months read together: at most a year and its comparisons, so a long trend never holds more at once. */
export const MONTHS_AT_ONCE = 14;

/**
 * valuesForMonth for several months (at most MONTHS_AT_ONCE), the ones not kept already read from the
 * figures in one pass (observations-by-month.ts) instead of one query each.
 */
export function valuesForMonths(db: Db, months: readonly string[]): Map<string, ValuesResult> {
  if (months.length > MONTHS_AT_ONCE) throw new Error(`valuesForMonths: ${months.length} tháng một lần.`);
  const out = new Map<string, ValuesResult>();
  const missing: string[] = [];
  for (const m of new Set(months)) {
    const kept = peekCached<ValuesResult>(db, keyOf(m));
    if (kept) out.set(m, kept);
    else missing.push(m);
  }
  const latest = missing.length > 1 ? latestAtOrBeforeEach(db, missing) : null;
  for (const m of missing) {
    const rows = latest?.get(m);
    out.set(
      m,
      cachedRead(db, keyOf(m), () => computeValuesForMonth(db, m, rows), rowsOf),
    );
  }
  return out;
}

/** The figures of a month computed anew; `latest` when latestAtOrBefore(db, month) was read already. */
export function computeValuesForMonth(
  db: Db,
  month: string,
  latest: readonly ObservationRow[] = latestAtOrBefore(db, month),
): ValuesResult {
  return computeMonth(db, month, latest, true).values;
}

/**
 * What Tổng quan and the trend draw of a month: the rows of the districts, provinces and territories,
 * exactly as in valuesForMonth, without the 10,000 commune rows (their figures are summed, not kept).
 */
export interface ValuesSummary {
  values: ValuesResult;
  /** By a unit's code: the entered indicators of which a commune directly below it has a carried own figure. */
  carriedCommunes: ReadonlyMap<string, ReadonlySet<string>>;
}

const summaryKeyOf = (month: string) => `summary|${month}`;
const summaryRowsOf = (s: ValuesSummary) => s.values.rows.length;

/** The summary of a month: from the month's full figures when they are kept, else computed without communes. */
export function summaryForMonth(db: Db, month: string, periodText = month): ValuesSummary {
  const s = summaryForMonths(db, [month]).get(month)!;
  return s.values.period === periodText ? s : { ...s, values: { ...s.values, period: periodText } };
}

/**
 * summaryForMonth for several months (at most MONTHS_AT_ONCE): kept in memory, else stored in the file
 * at the current content generation (stored-summaries.ts, migration 008), else computed, the missing
 * ones read in one pass, and stored for the next connection.
 */
export function summaryForMonths(db: Db, months: readonly string[]): Map<string, ValuesSummary> {
  if (months.length > MONTHS_AT_ONCE) throw new Error(`summaryForMonths: ${months.length} tháng một lần.`);
  const out = new Map<string, ValuesSummary>();
  const missing: string[] = [];
  for (const m of new Set(months)) {
    const kept =
      peekCached<ValuesSummary>(db, summaryKeyOf(m)) ?? summaryOfFull(peekCached<ValuesResult>(db, keyOf(m)));
    if (kept) out.set(m, kept);
    else missing.push(m);
  }
  if (missing.length === 0) return out;
  // Read before anything else: a summary computed from what follows holds for this generation or a
  // later one, so it is stored under this one or under one that is never current again; and it is kept
  // in memory only if nothing changed since this version.
  const since = cacheVersion(db);
  const generation = contentGeneration(db);
  const stored = new Map<string, ValuesSummary>();
  for (const m of missing) {
    const s = storedSummary(db, m);
    if (s) stored.set(m, s);
  }
  const toCompute = missing.filter((m) => !stored.has(m));
  const latest = toCompute.length > 1 ? latestAtOrBeforeEach(db, toCompute) : null;
  const computed = new Map<string, ValuesSummary>();
  for (const m of missing) {
    const kept = stored.get(m);
    const s = cachedRead(
      db,
      summaryKeyOf(m),
      () => kept ?? computeMonth(db, m, latest?.get(m) ?? latestAtOrBefore(db, m), false),
      summaryRowsOf,
      since,
    );
    out.set(m, s);
    if (!kept) computed.set(m, s);
  }
  storeSummaries(db, generation, computed);
  return out;
}

/** The summary taken from a month's full figures (kept already), or undefined. */
function summaryOfFull(v: ValuesResult | undefined): ValuesSummary | undefined {
  if (!v) return undefined;
  const carried = new Map<string, Set<string>>();
  const rows: ValuesRow[] = [];
  for (const r of v.rows) {
    if (r.level !== 'commune') {
      rows.push(r);
      continue;
    }
    if (r.parentCode === null) continue;
    for (const code in r.cells) {
      const c = r.cells[code]!;
      if (c.source !== 'own' || !c.carried) continue;
      let set = carried.get(r.parentCode);
      if (!set) carried.set(r.parentCode, (set = new Set()));
      set.add(code);
    }
  }
  return { values: { ...v, rows }, carriedCommunes: carried };
}

/** The month's figures; with `communes` false, no commune row is built (ValuesSummary). */
function computeMonth(
  db: Db,
  month: string,
  latest: readonly ObservationRow[],
  communes: boolean,
): ValuesSummary {
  const indicators = listIndicators(db);
  const entered = indicators.filter((i) => i.kind === 'entered').map((i) => i.code);
  // The unit list (10,000 communes, their aliases) is read once per database content, not per month.
  const all = cachedRead(
    db,
    'units',
    () => listUnits(db),
    (u) => u.length,
  );
  const units = unitsReportedIn(db, all, month);
  const inForce = new Set(units.map((u) => u.id));
  const { year } = splitMonth(month);
  const targets = targetsForYear(db, year);
  const territories = planTerritories(db, all, inForce, month, targets);
  const endOf = new Map(territories.map((t) => [t.unit.id, t.unit.validTo!]));

  // By unit, then indicator: one lookup per unit instead of a key string built per figure.
  const own = new Map<number, Record<string, ValueCell>>();
  for (const o of latest) {
    const ended = endOf.get(o.unit_id);
    if (!inForce.has(o.unit_id) && ended === undefined) continue;
    if (ended !== undefined && !countsAfterEnd(o.period, ended)) continue;
    // The query's `period <= month` is the stock rule (stock.ts): o is the figure in force.
    let cells = own.get(o.unit_id);
    if (!cells) own.set(o.unit_id, (cells = {}));
    cells[o.indicator] = {
      value: o.value,
      source: 'own',
      period: o.period,
      carried: isCarried(o.period, month),
      importId: o.import_id,
      sourceFile: o.source_file,
      sourceCell: o.source_cell,
    };
  }
  const ownOf = (id: number, code: string) => own.get(id)?.[code];

  const nodes = units.map((u) => ({
    id: u.id,
    parentId: u.parentId !== null && inForce.has(u.parentId) ? u.parentId : null,
  }));
  // Units with nothing below are summed straight from their own figures; their rows, when wanted, are
  // built from them below (leafFigures), not from a map each.
  const communeIds = communes ? null : new Set(units.filter((u) => u.level === 'commune').map((u) => u.id));
  const figures = aggregateUnits(nodes, entered, ownOf, indicators, (id) => communeIds?.has(id) ?? true);
  // An ended province as a plan's territory: its own figures where it has them, else the sum of the
  // units formed from it (a second tree, since those units' parent is the new province).
  for (const t of territories) {
    const tree = [{ id: t.unit.id, parentId: null }, ...t.members.map((id) => ({ id, parentId: t.unit.id }))];
    figures.set(t.unit.id, aggregateUnits(tree, entered, ownOf, indicators).get(t.unit.id)!);
  }

  // Targets by unit, in the indicators' order; most units have none.
  const targetsOf = new Map<number, ValuesRow['targets']>();
  const unitsWithTargets = new Set([...targets.keys()].map((k) => Number(k.split('|')[0])));
  for (const id of unitsWithTargets) {
    const t: ValuesRow['targets'] = {};
    for (const ind of indicators) {
      const target = targets.get(`${id}|${ind.code}`);
      if (target) t[ind.code] = target;
    }
    targetsOf.set(id, t);
  }

  const computed = computeOrder([...indicators]);
  const carriedCommunes = new Map<string, Set<string>>();
  const rank = { commune: 0, district: 1, province: 3 } as const;
  const ordered = [
    ...units.map((u) => ({ u, territory: false, rank: rank[u.level] })),
    ...territories.map((t) => ({ u: t.unit, territory: true, rank: 2 })),
  ].sort((a, b) => a.rank - b.rank || a.u.sortOrder - b.u.sortOrder);
  const rows: ValuesRow[] = [];
  for (const { u, territory } of ordered) {
    if (!communes && u.level === 'commune') {
      // As summaryOfFull reads it from a commune row: its own figures that are carried.
      const mine = own.get(u.id);
      if (!mine || u.parentCode === null) continue;
      for (const code of entered) {
        if (!mine[code]?.carried) continue;
        let set = carriedCommunes.get(u.parentCode);
        if (!set) carriedCommunes.set(u.parentCode, (set = new Set()));
        set.add(code);
      }
      continue;
    }
    const f = figures.get(u.id);
    let cells: Record<string, ValueCell>;
    if (f) {
      cells = {};
      for (const ind of indicators)
        cells[ind.code] = (f.get(ind.code) ?? { value: null, source: 'none' }) as Figure;
    } else cells = leafFigures(indicators, computed, own.get(u.id)) as Record<string, ValueCell>;
    const row: ValuesRow = {
      unitId: u.id,
      unit: u.code,
      name: territory ? territoryName(u.name) : u.name,
      level: u.level,
      parentCode: territory ? null : u.parentCode,
      cells,
      targets: targetsOf.get(u.id) ?? {},
    };
    if (territory) row.territory = true;
    rows.push(row);
  }
  return {
    values: { period: month, month, plan: planForYear(db, year), indicators, rows },
    carriedCommunes,
  };
}

/** "Tỉnh Gia Lai" → "Địa bàn tỉnh Gia Lai cũ": the new province has the same name. */
export function territoryName(name: string): string {
  return `Địa bàn ${name.charAt(0).toLowerCase()}${name.slice(1)} cũ`;
}

/**
 * Provinces that ended before the month but still carry targets in the plan in force for its year (plan
 * 156 for old Gia Lai, to the end of 2025), with the units in force formed only from their territory.
 */
function planTerritories(
  db: Db,
  all: readonly UnitInfo[],
  inForce: ReadonlySet<number>,
  month: string,
  targets: ReadonlyMap<string, unknown>,
): { unit: UnitInfo; members: number[] }[] {
  const withTargets = new Set([...targets.keys()].map((k) => Number(k.split('|')[0])));
  const out: { unit: UnitInfo; members: number[] }[] = [];
  for (const u of all) {
    if (u.level !== 'province' || inForce.has(u.id) || !withTargets.has(u.id)) continue;
    if (u.validTo === null || u.validTo >= `${month}-01`) continue;
    const members = territoryUnitIds(db, u.code).filter((id) => inForce.has(id));
    if (members.length) out.push({ unit: u, members });
  }
  return out;
}

/** The flat JSON of SPEC §5 (`values --json`): figures unrounded, null where there is none. */
export function valuesToJson(v: ValuesResult): {
  period: string;
  month: string;
  rows: Record<string, unknown>[];
} {
  return {
    period: v.period,
    month: v.month,
    rows: v.rows.map((r) => {
      const o: Record<string, unknown> = { unit: r.unit, name: r.name, level: r.level };
      for (const ind of v.indicators) o[ind.code] = r.cells[ind.code]?.value ?? null;
      for (const ind of v.indicators) {
        if (ind.measure === 'percent') o[`${ind.code}_target`] = r.targets[ind.code]?.value ?? null;
      }
      return o;
    }),
  };
}
