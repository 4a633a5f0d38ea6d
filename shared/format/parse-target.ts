/**
 * Reads a target as a clerk types it in Chỉ tiêu. Only text that means one number exactly is taken: a
 * grid that guessed (dropping digits past its precision, clamping to its maximum, treating words as
 * empty) changed plans silently.
 */
import { formatCount } from './vi';

export type TargetKind = 'rate' | 'count';

export type ParsedTarget =
  /** `value` null: the cell was emptied, which removes the target. */
  { ok: true; value: number | null } | { ok: false; message: string };

const RATE = /^(\d+)(?:[,.](\d{1,2}))?$/;
/** Thousands grouped by `.`, `,` or a space, as vi-VN and Excel write them; or no grouping at all. */
const COUNT = /^(?:\d+|\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*)$/;

export function parseTarget(typed: string, kind: TargetKind): ParsedTarget {
  const t = typed
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/%$/, '')
    .trim();
  if (t === '') return { ok: true, value: null };
  if (/^-/.test(t)) return { ok: false, message: 'Chỉ tiêu không được là số âm.' };
  if (kind === 'rate') {
    const m = RATE.exec(t);
    if (!m) {
      if (/^\d+[,.]\d{3,}$/.test(t))
        return { ok: false, message: `Tỷ lệ “${typed.trim()}” ghi quá 2 chữ số thập phân.` };
      return { ok: false, message: `“${typed.trim()}” không phải là một tỷ lệ (ví dụ 14,83).` };
    }
    const value = Number(`${m[1]}.${m[2] ?? '0'}`);
    if (value > 100) return { ok: false, message: `Tỷ lệ phải từ 0 đến 100%, không thể là ${t}.` };
    return { ok: true, value };
  }
  if (!COUNT.test(t)) {
    if (/^\d+[,.]\d{1,2}$/.test(t)) return { ok: false, message: 'Chỉ tiêu số người phải là số nguyên.' };
    return { ok: false, message: `“${typed.trim()}” không phải là một số người (ví dụ 150.000).` };
  }
  const value = Number(t.replace(/[.,\s]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'Số người quá lớn.' };
  return { ok: true, value };
}

/** A stored target as the cell shows it: every digit kept, the vi-VN decimal comma. */
export function targetText(value: number | null, kind: TargetKind): string {
  if (value === null) return '';
  if (kind === 'count') return formatCount(value);
  return String(value).replace('.', ',');
}
