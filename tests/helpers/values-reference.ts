/**
 * The straightforward computation `values` is checked against: every unit's figures read by themselves,
 * the stock rule applied to all of them, a plain recursive sum. It is the code as it was before the fast
 * path (one grouped query, one pass, the month cache), kept apart from it on purpose: nothing here is
 * shared with electron/core/services/values.ts or shared/domain/aggregate.ts.
 */
import type { Db } from '../../electron/core/db/open';
import type { UnitInfo, ValueCell, ValuesResult, ValuesRow } from '../../shared/api/types';
import { computeOrder, type Indicator } from '../../shared/domain/indicators';
import type { Figure } from '../../shared/domain/aggregate';
import { splitMonth } from '../../shared/domain/period';
import { countsAfterEnd, unitsInForce } from '../../shared/domain/units-in-force';
import { listIndicators } from '../../electron/core/repos/indicators';
import { planForYear, targetsForYear } from '../../electron/core/repos/targets';
import { listUnits, territoryUnitIds } from '../../electron/core/repos/units';

interface Stored {
  period: string;
  value: number;
  import_id: number | null;
  source_file: string | null;
  source_cell: string | null;
}

export function referenceValues(db: Db, month: string, periodText = month): ValuesResult {
  const indicators = listIndicators(db);
  const entered = indicators.filter((i) => i.kind === 'entered').map((i) => i.code);
  const all = listUnits(db);
  const units = unitsInForce(all, month);
  const inForce = new Set(units.map((u) => u.id));
  const { year } = splitMonth(month);
  const targets = targetsForYear(db, year);
  const territories = territoriesOf(db, all, inForce, month, targets);
  const endOf = new Map(territories.map((t) => [t.unit.id, t.unit.validTo!]));

  const read = db.prepare(
    `SELECT o.period, o.value, o.import_id, s.file AS source_file,
       CASE WHEN s.sheet IS NULL THEN o.source_cell ELSE s.sheet || '!' || o.source_cell END AS source_cell
     FROM observations o LEFT JOIN import_sources s ON s.id = o.source_id
     WHERE o.unit_id = ? AND o.indicator = ?`,
  );
  const own = (id: number, code: string): ValueCell | undefined => {
    const ended = endOf.get(id);
    if (!inForce.has(id) && ended === undefined) return undefined;
    let best: Stored | undefined;
    for (const o of read.all(id, code) as Stored[]) {
      if (o.period > month) continue;
      if (best === undefined || o.period > best.period) best = o;
    }
    if (!best || (ended !== undefined && !countsAfterEnd(best.period, ended))) return undefined;
    const sameYear = best.period.length === 4 && month.startsWith(`${best.period}-`);
    return {
      value: best.value,
      source: 'own',
      period: best.period,
      carried: best.period !== month && !sameYear,
      importId: best.import_id,
      sourceFile: best.source_file,
      sourceCell: best.source_cell,
    };
  };

  const nodes = units.map((u) => ({
    id: u.id,
    parentId: u.parentId !== null && inForce.has(u.parentId) ? u.parentId : null,
  }));
  const figures = sumTree(nodes, entered, own, indicators);
  for (const t of territories) {
    const tree = [{ id: t.unit.id, parentId: null }, ...t.members.map((id) => ({ id, parentId: t.unit.id }))];
    figures.set(t.unit.id, sumTree(tree, entered, own, indicators).get(t.unit.id)!);
  }

  const rank = { commune: 0, district: 1, province: 3 } as const;
  const ordered = [
    ...units.map((u) => ({ u, territory: false, rank: rank[u.level] })),
    ...territories.map((t) => ({ u: t.unit, territory: true, rank: 2 })),
  ].sort((a, b) => a.rank - b.rank || a.u.sortOrder - b.u.sortOrder);
  const rows = ordered.map(({ u, territory }) => {
    const f = figures.get(u.id)!;
    const cells: Record<string, ValueCell> = {};
    for (const ind of indicators) cells[ind.code] = f.get(ind.code) ?? { value: null, source: 'none' };
    const t: ValuesRow['targets'] = {};
    for (const ind of indicators) {
      const target = targets.get(`${u.id}|${ind.code}`);
      if (target) t[ind.code] = target;
    }
    const name = territory ? `Địa bàn ${u.name.charAt(0).toLowerCase()}${u.name.slice(1)} cũ` : u.name;
    const row: ValuesRow = {
      unitId: u.id,
      unit: u.code,
      name,
      level: u.level,
      parentCode: territory ? null : u.parentCode,
      cells,
      targets: t,
    };
    if (territory) row.territory = true;
    return row;
  });
  return { period: periodText, month, plan: planForYear(db, year), indicators, rows };
}

function territoriesOf(
  db: Db,
  all: readonly UnitInfo[],
  inForce: ReadonlySet<number>,
  month: string,
  targets: ReadonlyMap<string, unknown>,
): { unit: UnitInfo; members: number[] }[] {
  const withTargets = new Set([...targets.keys()].map((k) => Number(k.split('|')[0])));
  return all.flatMap((u) => {
    if (u.level !== 'province' || inForce.has(u.id) || !withTargets.has(u.id)) return [];
    if (u.validTo === null || u.validTo >= `${month}-01`) return [];
    const members = territoryUnitIds(db, u.code).filter((id) => inForce.has(id));
    return members.length ? [{ unit: u, members }] : [];
  });
}

/** Own figure, else the children's sum, recursively; rates from the summed counts. */
function sumTree(
  units: readonly { id: number; parentId: number | null }[],
  entered: readonly string[],
  own: (id: number, code: string) => Figure | undefined,
  indicators: readonly Indicator[],
): Map<number, Map<string, Figure>> {
  const result = new Map<number, Map<string, Figure>>();
  const computed = computeOrder([...indicators]);
  const visit = (id: number): Map<string, Figure> => {
    const done = result.get(id);
    if (done) return done;
    const kids = units.filter((u) => u.parentId === id).map((u) => visit(u.id));
    const figures = new Map<string, Figure>();
    for (const code of entered) {
      const present = kids.map((k) => k.get(code)!).filter((f) => f.value !== null);
      const sum = present.reduce((s, f) => s + f.value!, 0);
      const mine = own(id, code);
      if (mine) {
        const f: Figure = { ...mine };
        if (present.length > 0 && present.length === kids.length && sum !== mine.value) f.childrenSum = sum;
        figures.set(code, f);
      } else if (present.length > 0) {
        const f: Figure = { value: sum, source: 'children', missingChildren: kids.length - present.length };
        if (present.every((p) => p.carried)) {
          f.carried = true;
          const periods = present.flatMap((p) => (p.period ? [p.period] : [])).sort();
          if (periods.length) f.period = periods[periods.length - 1];
        }
        figures.set(code, f);
      } else figures.set(code, { value: null, source: 'none' });
    }
    for (const ind of computed) figures.set(ind.code, { value: formula(ind, figures), source: 'computed' });
    result.set(id, figures);
    return figures;
  };
  for (const u of units) visit(u.id);
  return result;
}

function formula(ind: Indicator, figures: Map<string, Figure>): number | null {
  const f = ind.formula;
  if (!f) return null;
  if (f.type === 'sum') {
    const vs = f.of.map((c) => figures.get(c)?.value ?? null);
    return vs.some((v) => v === null) ? null : vs.reduce((s, v) => s! + v!, 0);
  }
  const num = figures.get(f.numerator)?.value ?? null;
  const den = figures.get(f.denominator)?.value ?? null;
  if (num === null || den === null || den <= 0) return null;
  return (num / den) * f.scale;
}
