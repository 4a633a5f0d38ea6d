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

/** Converts a period to another kind, keeping the moment it covers. */
export function convertPeriod(p: string, kind: PeriodKind): string {
  const q = parsePeriod(p);
  if (kind === 'year') return String(q.year);
  // A quarter or a year stands for its last month (a year: December).
  const month = q.kind === 'month' ? q.month : q.kind === 'quarter' ? q.quarter * 3 : 12;
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
