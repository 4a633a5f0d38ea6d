/** Progress of an actual figure against a plan target (SPEC §2, "Plans, targets and progress"). */
export type TargetKind = 'rate' | 'count';
export type ProgressStatus = 'met' | 'not_met' | 'no_target' | 'no_data';

export interface ProgressInput {
  /** Actual rate in % (rate targets) or headcount (count targets). */
  actual: number | null;
  target: number | null;
  targetKind: TargetKind;
  /** For rate targets: the denominator (labour force) and numerator (participants). */
  laborForce?: number | null;
  participants?: number | null;
}

export interface Progress {
  actual: number | null;
  target: number | null;
  /** Percentage points for rates, people for counts. */
  gap: number | null;
  /** actual / target × 100. */
  shareReached: number | null;
  /** People still needed to reach the target. */
  peopleNeeded: number | null;
  status: ProgressStatus;
}

// Guards ceil() against binary noise: 14.83 / 100 × 100 is 14.830000000000002, not above 14.83 people.
const EPS = 1e-9;

export function computeProgress(input: ProgressInput): Progress {
  const { actual, target, targetKind } = input;
  if (target === null)
    return { actual, target, gap: null, shareReached: null, peopleNeeded: null, status: 'no_target' };
  if (actual === null)
    return { actual, target, gap: null, shareReached: null, peopleNeeded: null, status: 'no_data' };
  const gap = actual - target;
  const shareReached = target > 0 ? (actual / target) * 100 : null;
  let peopleNeeded: number | null = null;
  if (targetKind === 'rate') {
    if (input.laborForce != null && input.participants != null) {
      peopleNeeded = Math.max(0, Math.ceil((target / 100) * input.laborForce - EPS) - input.participants);
    }
  } else {
    peopleNeeded = Math.max(0, Math.ceil(target - EPS) - actual);
  }
  return {
    actual,
    target,
    gap,
    shareReached,
    peopleNeeded,
    status: actual + EPS >= target ? 'met' : 'not_met',
  };
}

/**
 * Year-end projection from the monthly trend: a least-squares line through the months of the year that
 * have figures, read at December. Needs two months; one month gives no trend.
 */
export function projectYearEnd(
  points: readonly { month: number; value: number }[],
  endMonth = 12,
): number | null {
  const slope = monthlySlope(points);
  if (slope === null) return null;
  const mx = points.reduce((s, p) => s + p.month, 0) / points.length;
  const my = points.reduce((s, p) => s + p.value, 0) / points.length;
  return my + slope * (endMonth - mx);
}

export const STATUS_LABEL: Record<ProgressStatus, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  no_target: 'Chưa có chỉ tiêu',
  no_data: 'Chưa có số liệu',
};

/**
 * Before the year ends a target is judged by the pace, not the result: the people still needed spread over
 * the months left, against the people added a month so far. December (or a target already met) is judged
 * by the result.
 */
export type Verdict = ProgressStatus | 'on_track' | 'behind' | 'no_pace';

export interface Pace {
  /** People a month still needed to reach the target by December; null without a target or figures. */
  required: number | null;
  /** People a month added so far (this year's fresh months, else a twelfth of the year-on-year change). */
  achieved: number | null;
  monthsLeft: number;
  verdict: Verdict;
}

export function judgePace(p: Progress, month: number, participantsPace: number | null, endMonth = 12): Pace {
  const monthsLeft = Math.max(0, endMonth - month);
  if (p.status !== 'not_met' || monthsLeft === 0)
    return { required: null, achieved: participantsPace, monthsLeft, verdict: p.status };
  const required = p.peopleNeeded !== null ? p.peopleNeeded / monthsLeft : null;
  const verdict: Verdict =
    required === null || participantsPace === null
      ? 'no_pace'
      : participantsPace + EPS >= required
        ? 'on_track'
        : 'behind';
  return { required, achieved: participantsPace, monthsLeft, verdict };
}

/** People added a month: the least-squares slope through the months given (needs two). */
export function monthlySlope(points: readonly { month: number; value: number }[]): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.month, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.month - mx) * (p.value - my);
    sxx += (p.month - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  ...STATUS_LABEL,
  on_track: 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  no_pace: 'Chưa đủ số liệu đánh giá tiến độ',
};

/** A later year's target and what it asks of today's figures, when the year asked for sets none. */
export interface LaterTarget extends Progress {
  year: number;
  kind: TargetKind;
  /** Where the target comes from ("156/KH-UBND"), or null when the office set it. */
  document: string | null;
  /** People a month needed from now to the end of the target's year, against the pace achieved. */
  pace: Pace;
}

/**
 * The plan's next target seen from `at`: the people still needed (on today's labour force) spread over the
 * months left to December of the target's year, judged against the people added a month so far.
 */
export function towardLaterTarget(
  target: { year: number; value: number; kind: TargetKind; document: string | null },
  at: { year: number; month: number },
  figures: { rate: number | null; laborForce: number | null; participants: number | null },
  achieved: number | null,
): LaterTarget {
  const p = computeProgress({
    actual: target.kind === 'rate' ? figures.rate : figures.participants,
    target: target.value,
    targetKind: target.kind,
    laborForce: figures.laborForce,
    participants: figures.participants,
  });
  const pace = judgePace(p, at.month, achieved, 12 * (target.year - at.year) + 12);
  return { ...p, year: target.year, kind: target.kind, document: target.document, pace };
}
