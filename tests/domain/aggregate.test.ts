import { describe, expect, it } from 'vitest';
import { aggregateUnits, type Figure } from '../../shared/domain/aggregate';
import { SEED_INDICATORS } from '../../shared/domain/indicators';

const entered = SEED_INDICATORS.filter((i) => i.kind === 'entered').map((i) => i.code);

function run(units: { id: number; parentId: number | null }[], data: Record<string, number>) {
  const own = (id: number, code: string): Figure | undefined =>
    data[`${id}.${code}`] !== undefined ? { value: data[`${id}.${code}`]!, source: 'own' } : undefined;
  return aggregateUnits(units, entered, own, SEED_INDICATORS);
}

describe('aggregation over units', () => {
  const tree = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 1 },
  ];

  it('sums counts and recomputes the rate from the sums, never averaging rates', () => {
    // district A: 1000 people, 500 participants (50%); district B: 9000 people, 900 (10%)
    const r = run(tree, {
      '2.labor_force': 1000,
      '2.bhxh_compulsory': 400,
      '2.bhxh_voluntary': 100,
      '2.bhtn': 300,
      '3.labor_force': 9000,
      '3.bhxh_compulsory': 800,
      '3.bhxh_voluntary': 100,
      '3.bhtn': 600,
    });
    const p = r.get(1)!;
    expect(p.get('labor_force')?.value).toBe(10000);
    expect(p.get('bhxh_participants')?.value).toBe(1400);
    expect(p.get('bhxh_coverage')?.value).toBeCloseTo(14, 10);
    // the mean of the district rates would be 30%
    expect(p.get('bhxh_coverage')?.value).not.toBeCloseTo(30, 1);
    expect(p.get('bhtn_coverage')?.value).toBeCloseTo(9, 10);
    expect(r.get(2)!.get('bhxh_coverage')?.value).toBeCloseTo(50, 10);
  });

  it("uses a unit's own figure over its children's sum, and says when they differ", () => {
    const r = run(tree, { '1.labor_force': 12000, '2.labor_force': 1000, '3.labor_force': 9000 });
    const f = r.get(1)!.get('labor_force')!;
    expect(f.value).toBe(12000);
    expect(f.source).toBe('own');
    expect(f.childrenSum).toBe(10000);
  });

  it('counts children with no figure', () => {
    const r = run(tree, { '2.labor_force': 1000 });
    expect(r.get(1)!.get('labor_force')).toMatchObject({
      value: 1000,
      source: 'children',
      missingChildren: 1,
    });
    expect(r.get(3)!.get('labor_force')).toMatchObject({ value: null, source: 'none' });
  });

  it('gives no participants total (and so no rate) while an operand is missing', () => {
    const r = run(tree, { '2.labor_force': 1000, '2.bhxh_compulsory': 400 });
    expect(r.get(2)!.get('bhxh_participants')?.value).toBeNull();
    expect(r.get(2)!.get('bhxh_coverage')?.value).toBeNull();
  });

  it('marks a sum as carried only when every figure in it was carried', () => {
    const own = (id: number, code: string): Figure | undefined => {
      if (code !== 'bhtn') return undefined;
      if (id === 2) return { value: 10, source: 'own', period: '2024-03', carried: true };
      if (id === 3)
        return { value: 20, source: 'own', period: id === 3 && late ? '2024-04' : '2024-06', carried: late };
      return undefined;
    };
    let late = true;
    expect(aggregateUnits(tree, entered, own, SEED_INDICATORS).get(1)!.get('bhtn')).toMatchObject({
      value: 30,
      carried: true,
      period: '2024-04',
    });
    late = false;
    expect(aggregateUnits(tree, entered, own, SEED_INDICATORS).get(1)!.get('bhtn')?.carried).toBeUndefined();
  });
});
