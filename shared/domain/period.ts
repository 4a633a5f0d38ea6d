/** Periods: months are the storage grain; quarters and years resolve to a month. */
export type Period =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number };

/** A month key `YYYY-MM`; sorts correctly as a string. */
export type MonthKey = string;

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/i;
const YEAR_RE = /^(\d{4})$/;

export class PeriodError extends Error {}

export function parsePeriod(text: string): Period {
  const s = text.trim();
  let m = MONTH_RE.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new PeriodError(`Kỳ "${text}" không hợp lệ: tháng phải từ 01 đến 12.`);
    return { kind: 'month', year: checkYear(Number(m[1]), text), month };
  }
  m = QUARTER_RE.exec(s);
  if (m) return { kind: 'quarter', year: checkYear(Number(m[1]), text), quarter: Number(m[2]) };
  m = YEAR_RE.exec(s);
  if (m) return { kind: 'year', year: checkYear(Number(m[1]), text) };
  throw new PeriodError(
    `Kỳ "${text}" không hợp lệ: dùng dạng YYYY-MM (2024-06), YYYY-Qn (2024-Q2) hoặc YYYY (2024).`,
  );
}

function checkYear(year: number, text: string): number {
  if (year < 1990 || year > 2100)
    throw new PeriodError(`Kỳ "${text}" không hợp lệ: năm ${year} nằm ngoài khoảng 1990–2100.`);
  return year;
}

export function formatPeriod(p: Period): string {
  if (p.kind === 'month') return monthKey(p.year, p.month);
  if (p.kind === 'quarter') return `${p.year}-Q${p.quarter}`;
  return String(p.year);
}

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function splitMonth(key: MonthKey): { year: number; month: number } {
  const m = MONTH_RE.exec(key);
  if (!m) throw new PeriodError(`Tháng "${key}" không hợp lệ.`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function isMonthKey(key: string): boolean {
  const m = MONTH_RE.exec(key);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function addMonths(key: MonthKey, delta: number): MonthKey {
  const { year, month } = splitMonth(key);
  const idx = year * 12 + (month - 1) + delta;
  return monthKey(Math.floor(idx / 12), (idx % 12) + 1);
}

/**
 * The month a period stands for. A quarter is its last month. A year is December or, when December has
 * no data yet, the latest month of that year with data (`latestMonthWithData`, from the database).
 */
export function resolvePeriodMonth(p: Period, latestMonthWithData?: MonthKey | null): MonthKey {
  if (p.kind === 'month') return monthKey(p.year, p.month);
  if (p.kind === 'quarter') return monthKey(p.year, p.quarter * 3);
  if (latestMonthWithData && latestMonthWithData.startsWith(`${p.year}-`)) return latestMonthWithData;
  return monthKey(p.year, 12);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Tháng 6/2024", "Quý II/2024", "Năm 2024". */
export function periodLabel(p: Period): string {
  if (p.kind === 'month') return `Tháng ${p.month}/${p.year}`;
  if (p.kind === 'quarter') return `Quý ${ROMAN[p.quarter - 1]}/${p.year}`;
  return `Năm ${p.year}`;
}

export function monthLabel(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  return `Tháng ${month}/${year}`;
}

/** Label for a stored observation period: `YYYY-MM` or a yearly `YYYY`. */
export function observationPeriodLabel(period: string): string {
  return YEAR_RE.test(period) ? `Năm ${period}` : monthLabel(period);
}
