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

/**
 * Years a period may name: the earliest district series the office keeps start in the 1990s (Gia Lai's
 * BHXH office opened in 1995) and plans run a few years ahead; anything outside is a typing slip.
 */
export const PERIOD_YEAR_MIN = 1990;
export const PERIOD_YEAR_MAX = 2100;

function checkYear(year: number, text: string): number {
  if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX)
    throw new PeriodError(
      `Kỳ "${text}" không hợp lệ: năm ${year} nằm ngoài khoảng ${PERIOD_YEAR_MIN}–${PERIOD_YEAR_MAX}.`,
    );
  return year;
}

/** Why `text` is not a period (YYYY-MM, YYYY-Qn or YYYY, in the year range), or null when it is one. */
export function periodProblem(text: string): string | null {
  try {
    parsePeriod(text);
    return null;
  } catch (e) {
    if (e instanceof PeriodError) return e.message;
    throw e;
  }
}

/** Dates (a plan's issue date, a unit's validity) go back to the province's founding, not further. */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2100;

/** Why `text` is not a real calendar date `YYYY-MM-DD` in range (2024-02-31 is not), or null. */
export function dateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `Ngày "${text}" không hợp lệ: dùng dạng YYYY-MM-DD.`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX)
    return `Ngày "${text}" không hợp lệ: năm ${year} nằm ngoài khoảng ${DATE_YEAR_MIN}–${DATE_YEAR_MAX}.`;
  if (month < 1 || month > 12) return `Ngày "${text}" không hợp lệ: tháng phải từ 01 đến 12.`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return `Ngày "${text}" không có thật: tháng ${month}/${year} có ${last} ngày.`;
  return null;
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
