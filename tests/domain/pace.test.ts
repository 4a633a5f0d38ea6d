import { describe, expect, it } from 'vitest';
import { computeProgress, judgePace, monthlySlope, VERDICT_LABEL } from '../../shared/domain/progress';

const rate = (actual: number, target: number, participants: number, laborForce: number) =>
  computeProgress({ actual, target, targetKind: 'rate', participants, laborForce });

describe('pace before the year ends', () => {
  it('spreads the people still needed over the months left and compares with the pace achieved', () => {
    // 14,21% of 100.000 against 14,83%: 620 people in 6 months, 103,3 a month.
    const p = rate(14.21, 14.83, 14210, 100000);
    expect(judgePace(p, 6, 110)).toEqual({
      required: 620 / 6,
      achieved: 110,
      monthsLeft: 6,
      verdict: 'on_track',
    });
    expect(judgePace(p, 6, 100).verdict).toBe('behind');
    expect(judgePace(p, 6, null).verdict).toBe('no_pace');
    expect(VERDICT_LABEL.behind).toBe('Chậm tiến độ');
    expect(VERDICT_LABEL.on_track).toBe('Đúng tiến độ');
  });

  it('judges the result in December, and a target already met as met', () => {
    expect(judgePace(rate(14.21, 14.83, 14210, 100000), 12, 500).verdict).toBe('not_met');
    expect(judgePace(rate(15, 14.83, 15000, 100000), 6, -10).verdict).toBe('met');
    expect(judgePace(computeProgress({ actual: 10, target: null, targetKind: 'rate' }), 6, 5).verdict).toBe(
      'no_target',
    );
  });

  it('takes the pace achieved as the slope through the months given', () => {
    expect(monthlySlope([{ month: 1, value: 100 }])).toBeNull();
    expect(
      monthlySlope([
        { month: 1, value: 100 },
        { month: 3, value: 160 },
      ]),
    ).toBe(30);
    expect(monthlySlope([1, 2, 3, 4].map((m) => ({ month: m, value: 50 + 10 * m })))).toBeCloseTo(10, 10);
  });
});
