import { describe, expect, it } from 'vitest';
import { computeProgress, projectYearEnd } from '../../shared/domain/progress';

describe('progress against a target', () => {
  it('computes gap, share reached and people still needed for a rate target', () => {
    const p = computeProgress({
      actual: 14.21,
      target: 14.83,
      targetKind: 'rate',
      laborForce: 1_000_000,
      participants: 142_100,
    });
    expect(p.gap).toBeCloseTo(-0.62, 10);
    expect(p.shareReached).toBeCloseTo((14.21 / 14.83) * 100, 10);
    expect(p.peopleNeeded).toBe(148_300 - 142_100);
    expect(p.status).toBe('not_met');
  });

  it('does not round binary noise up into an extra person', () => {
    // 14.83 / 100 × 100 = 14.830000000000002 in floating point: still 15 people, not 16.
    const p = computeProgress({
      actual: 0,
      target: 14.83,
      targetKind: 'rate',
      laborForce: 100,
      participants: 0,
    });
    expect(p.peopleNeeded).toBe(15);
    const q = computeProgress({
      actual: 9.16,
      target: 9.16,
      targetKind: 'rate',
      laborForce: 10_000,
      participants: 916,
    });
    expect(q.peopleNeeded).toBe(0);
    expect(q.status).toBe('met');
  });

  it('is never negative once the target is passed', () => {
    const p = computeProgress({
      actual: 20,
      target: 14.83,
      targetKind: 'rate',
      laborForce: 1000,
      participants: 200,
    });
    expect(p.peopleNeeded).toBe(0);
    expect(p.status).toBe('met');
  });

  it('handles headcount targets', () => {
    const p = computeProgress({ actual: 9500, target: 10000, targetKind: 'count' });
    expect(p).toMatchObject({ gap: -500, peopleNeeded: 500, status: 'not_met' });
    expect(p.shareReached).toBeCloseTo(95, 10);
  });

  it('reports no target rather than inventing one', () => {
    expect(computeProgress({ actual: 14, target: null, targetKind: 'rate' }).status).toBe('no_target');
    expect(computeProgress({ actual: null, target: 14.83, targetKind: 'rate' }).status).toBe('no_data');
  });

  it('projects the year end from the monthly trend', () => {
    expect(
      projectYearEnd([
        { month: 1, value: 10 },
        { month: 2, value: 11 },
        { month: 3, value: 12 },
      ]),
    ).toBeCloseTo(21, 10);
    expect(projectYearEnd([{ month: 6, value: 10 }])).toBeNull();
  });
});
