import dayjs, { type Dayjs } from 'dayjs';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import { parsePeriod, periodLabel } from '../../../shared/domain/period';

dayjs.extend(quarterOfYear);

export type PeriodKind = 'month' | 'quarter' | 'year';

export function periodKind(p: string): PeriodKind {
  return /-Q/i.test(p) ? 'quarter' : /-/.test(p) ? 'month' : 'year';
}

/** First day of the period, as the date picker wants it. */
export function periodToDate(p: string): Dayjs {
  const q = parsePeriod(p);
  if (q.kind === 'month') return dayjs(new Date(q.year, q.month - 1, 1));
  if (q.kind === 'quarter') return dayjs(new Date(q.year, (q.quarter - 1) * 3, 1));
  return dayjs(new Date(q.year, 0, 1));
}

export function dateToPeriod(d: Dayjs, kind: PeriodKind): string {
  if (kind === 'month') return d.format('YYYY-MM');
  if (kind === 'quarter') return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
  return String(d.year());
}

/**
 * Converts a period to another kind, keeping the moment it covers. A quarter stands for its last month; a
 * year for December or, when the figures stop earlier in that year, the latest month with figures (SPEC §2),
 * so "Năm 2024 · đến hết tháng 5/2024" switched to months lands on 5/2024, not on an empty December.
 */
export function convertPeriod(p: string, kind: PeriodKind, latestMonth?: string | null): string {
  const q = parsePeriod(p);
  if (kind === 'year') return String(q.year);
  const latest =
    latestMonth && Number(latestMonth.slice(0, 4)) === q.year ? Number(latestMonth.slice(5, 7)) : 12;
  const month = q.kind === 'month' ? q.month : q.kind === 'quarter' ? q.quarter * 3 : latest;
  const d = dayjs(new Date(q.year, month - 1, 1));
  return dateToPeriod(d, kind);
}

/** "Tháng 6/2024", "Quý II/2024", "Năm 2024"; the raw text when it does not parse. */
export function labelOf(p: string): string {
  try {
    return periodLabel(parsePeriod(p));
  } catch {
    return p;
  }
}
