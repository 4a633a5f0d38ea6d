/** The checks of SPEC §3 that apply to figures however they arrive (import or correction by hand). */
import { BHTN, BHXH_COMPULSORY, BHXH_VOLUNTARY, LABOR_FORCE } from './indicators';
import { formatCount, formatOneDecimal } from '../format/vi';

/**
 * The largest count of people one unit (commune, district or province) can plausibly have. The largest
 * province, Hồ Chí Minh City after the 2025 merger, has about 14 million residents and under 8 million
 * in its labour force; Gia Lai about 3.6 million residents. A figure above this is a typing slip (an
 * extra zero, a pasted ID number), and keeping every figure far below 2^53 keeps every sum exact.
 */
export const MAX_PEOPLE = 10_000_000;

/** Error text for a count that is not a non-negative integer up to MAX_PEOPLE, or null when it is fine. */
export function countError(value: number): string | null {
  if (!Number.isFinite(value)) return 'không phải là số';
  if (value < 0) return `số âm (${formatCount(value)}) — số người không thể âm`;
  if (!Number.isInteger(value))
    return `số lẻ thập phân (${String(value).replace('.', ',')}) — số người phải là số nguyên`;
  if (value > MAX_PEOPLE)
    return `số quá lớn (${formatCount(value)}) — một đơn vị không thể có quá ${formatCount(MAX_PEOPLE)} người`;
  return null;
}

export type FigureSet = Partial<Record<string, number | null>>;

/**
 * Warnings on one unit's figures for one month: participants above labour force, BHTN above compulsory
 * BHXH, and a change of more than 20% since the previous month. Returns [indicator, message] pairs.
 */
export function consistencyWarnings(
  current: FigureSet,
  previous: FigureSet,
  changeLimit = 0.2,
): [string, string][] {
  const out: [string, string][] = [];
  const lf = current[LABOR_FORCE];
  const bb = current[BHXH_COMPULSORY];
  const tn = current[BHXH_VOLUNTARY];
  const bhtn = current[BHTN];
  if (lf != null && bb != null && tn != null && bb + tn > lf)
    out.push([
      BHXH_COMPULSORY,
      `Số người tham gia BHXH (${formatCount(bb + tn)}) lớn hơn lực lượng lao động (${formatCount(lf)}).`,
    ]);
  if (lf != null && bhtn != null && bhtn > lf)
    out.push([
      BHTN,
      `Số người tham gia BHTN (${formatCount(bhtn)}) lớn hơn lực lượng lao động (${formatCount(lf)}).`,
    ]);
  if (bb != null && bhtn != null && bhtn > bb)
    out.push([
      BHTN,
      `Số người tham gia BHTN (${formatCount(bhtn)}) lớn hơn số tham gia BHXH bắt buộc (${formatCount(bb)}).`,
    ]);
  for (const code of [BHXH_COMPULSORY, BHXH_VOLUNTARY, BHTN]) {
    const now = current[code];
    const before = previous[code];
    if (now == null || before == null || before === 0) continue;
    const change = (now - before) / before;
    if (Math.abs(change) > changeLimit)
      out.push([
        code,
        `Thay đổi ${change > 0 ? 'tăng' : 'giảm'} ${formatOneDecimal(Math.abs(change) * 100)}% so với tháng trước (${formatCount(before)} → ${formatCount(now)}).`,
      ]);
  }
  return out;
}
