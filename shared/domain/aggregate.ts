import { computeOrder, type Indicator } from './indicators';

export interface UnitNode {
  id: number;
  parentId: number | null;
}

/** A figure with where it came from, as the tables and reports show it. */
export interface Figure {
  value: number | null;
  /** own: the unit's own figure; children: summed from sub-units; computed: a formula. */
  source: 'own' | 'children' | 'computed' | 'none';
  /** Stored period of an own figure (for carried-forward notes). */
  period?: string;
  carried?: boolean;
  /** Children that had no figure when summed. */
  missingChildren?: number;
  /** Own figure and the children's sum both exist and differ: the sum, for the warning. */
  childrenSum?: number;
}

export type FigureMap = Map<string, Figure>;

/**
 * Per unit, per entered indicator: the own figure where there is one, else the sum of the children's
 * figures (recursively). Computed indicators are then evaluated on each unit's own totals, so a rate is
 * always recomputed from summed numerator and denominator, never averaged.
 */
export function aggregateUnits(
  units: readonly UnitNode[],
  entered: readonly string[],
  own: (unitId: number, indicator: string) => Figure | undefined,
  indicators: readonly Indicator[],
  /**
   * Units with nothing below whose figures are not wanted (the communes, when only the districts and the
   * province are shown): they are left out of the result and summed straight from `own`, with no map each.
   */
  omit?: (unitId: number) => boolean,
): Map<number, FigureMap> {
  // Children by parent, in the order given; a unit whose parent is not in the list is a root.
  const children = new Map<number, UnitNode[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u);
    else children.set(u.parentId, [u]);
  }
  const result = new Map<number, FigureMap>();
  const computed = computeOrder([...indicators]);
  const none = (): Figure => ({ value: null, source: 'none' });

  const visit = (u: UnitNode, depth: number): FigureMap => {
    const cached = result.get(u.id);
    if (cached) return cached;
    if (depth > 50) throw new Error('Cây đơn vị bị vòng lặp.');
    const below = children.get(u.id);
    const figures: FigureMap = new Map();
    if (below === undefined) {
      // A unit with nothing below (every commune): its own figure as given, or none; no sums to compare.
      for (const code of entered) {
        const mine = own(u.id, code);
        figures.set(code, mine && mine.value !== null ? mine : none());
      }
    } else {
      const kids = below.map((c) => (omitted(c) ? null : visit(c, depth + 1)));
      for (const code of entered) {
        let sum = 0;
        let have = 0;
        let carried = 0;
        let latest: string | undefined;
        for (let i = 0; i < kids.length; i++) {
          const k = kids[i];
          // An omitted unit's figure is its own one, as visit() would have kept it.
          const f = k ? k.get(code) : own(below[i]!.id, code);
          const v = f?.value;
          if (v !== null && v !== undefined) {
            sum += v;
            have++;
            if (f!.carried) carried++;
            if (f!.period && (latest === undefined || f!.period > latest)) latest = f!.period;
          }
        }
        const mine = own(u.id, code);
        if (mine && mine.value !== null) {
          const f: Figure = { ...mine };
          if (have > 0 && have === kids.length && sum !== mine.value) f.childrenSum = sum;
          figures.set(code, f);
        } else if (have > 0) {
          const f: Figure = { value: sum, source: 'children', missingChildren: kids.length - have };
          // A sum of figures all carried from earlier months is itself an old figure, not this month's.
          if (carried === have) {
            f.carried = true;
            if (latest !== undefined) f.period = latest;
          }
          figures.set(code, f);
        } else {
          figures.set(code, none());
        }
      }
    }
    const valueOf = (code: string) => figures.get(code)?.value;
    for (const ind of computed) figures.set(ind.code, { value: evaluate(ind, valueOf), source: 'computed' });
    result.set(u.id, figures);
    return figures;
  };
  const omitted = (u: UnitNode) => omit !== undefined && !children.has(u.id) && omit(u.id);
  for (const u of units) if (!omitted(u)) visit(u, 0);
  return result;
}

/**
 * The figures aggregateUnits gives a unit with nothing below it, as a record instead of a map: its own figure where it has one, else none, and the computed ones on those. Built
 * straight into a row's cells for the 10,000 communes (`computed` is computeOrder(indicators)).
 */
export function leafFigures(
  indicators: readonly Indicator[],
  computed: readonly Indicator[],
  own: Readonly<Record<string, Figure>> | undefined,
): Record<string, Figure> {
  const cells: Record<string, Figure> = {};
  for (const ind of indicators) {
    if (ind.kind === 'computed') continue;
    const mine = own?.[ind.code];
    cells[ind.code] = mine && mine.value !== null ? mine : { value: null, source: 'none' };
  }
  // After the entered ones, in the order they are computed (the catalogue's own order for the shipped one).
  const valueOf = (code: string) => cells[code]?.value;
  for (const ind of computed) cells[ind.code] = { value: evaluate(ind, valueOf), source: 'computed' };
  return cells;
}

function evaluate(ind: Indicator, valueOf: (code: string) => number | null | undefined): number | null {
  const f = ind.formula;
  if (!f) return null;
  if (f.type === 'sum') {
    let total = 0;
    for (const code of f.of) {
      const v = valueOf(code);
      // A partial sum would understate participants and the rates built on them.
      if (v === null || v === undefined) return null;
      total += v;
    }
    return total;
  }
  const num = valueOf(f.numerator);
  const den = valueOf(f.denominator);
  return ratio(num ?? null, den ?? null, f.scale);
}

export function ratio(numerator: number | null, denominator: number | null, scale = 100): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return (numerator / denominator) * scale;
}
