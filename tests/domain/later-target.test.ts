import { describe, expect, it } from 'vitest';
import { towardLaterTarget } from '../../shared/domain/progress';

describe("the plan's next target, seen from a year that has none", () => {
  const plan156 = { year: 2025, value: 16.83, kind: 'rate' as const, document: '156/KH-UBND' };

  it('spreads the people still needed over the months left to December of the target year', () => {
    // March 2024: 111.001 of 904.324 take part; 16,83% asks for 152.198, 41.197 more in 21 months.
    const t = towardLaterTarget(
      plan156,
      { year: 2024, month: 3 },
      { rate: (111001 / 904324) * 100, laborForce: 904324, participants: 111001 },
      1500,
    );
    expect(t).toMatchObject({ year: 2025, kind: 'rate', document: '156/KH-UBND', status: 'not_met' });
    expect(t.peopleNeeded).toBe(41197);
    expect(t.pace.monthsLeft).toBe(21);
    expect(t.pace.required).toBeCloseTo(41197 / 21, 9);
    expect(t.pace.verdict).toBe('behind');
    const faster = towardLaterTarget(
      plan156,
      { year: 2024, month: 3 },
      { rate: 12.27, laborForce: 904324, participants: 111001 },
      2000,
    );
    expect(faster.pace.verdict).toBe('on_track');
  });

  it('compares people with a headcount target, and says when it is already reached', () => {
    const count = { year: 2030, value: 200000, kind: 'count' as const, document: null };
    const t = towardLaterTarget(
      count,
      { year: 2026, month: 12 },
      { rate: 20, laborForce: 1e6, participants: 150000 },
      null,
    );
    expect(t.peopleNeeded).toBe(50000);
    expect(t.pace.monthsLeft).toBe(48);
    expect(t.pace.verdict).toBe('no_pace');
    const met = towardLaterTarget(
      count,
      { year: 2026, month: 12 },
      { rate: 25, laborForce: 1e6, participants: 250000 },
      null,
    );
    expect(met.status).toBe('met');
    expect(met.peopleNeeded).toBe(0);
  });
});
