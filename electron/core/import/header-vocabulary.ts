/**
 * What a column header means. Headers are compared folded (no case, diacritics or punctuation), so
 * "Số người tham gia BHXH bắt buộc", "so nguoi tham gia bhxh bat buoc" and "BHXH BB" all land here.
 */
import { foldVietnamese } from '../../../shared/units/names';
import {
  BHTN,
  BHXH_COMPULSORY,
  BHXH_VOLUNTARY,
  LABOR_FORCE,
  type Indicator,
} from '../../../shared/domain/indicators';

export type HeaderRole =
  | { role: 'indicator'; indicator: string }
  | { role: 'unit' }
  | { role: 'code' }
  | { role: 'period' }
  /** Not imported: STT, Ghi chú, a rate or total the district computed. */
  | { role: 'ignored'; why: string }
  | { role: 'unknown' };

export function foldHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/[()[\]{}:;,.*"'“”/\\_\-–—%]/g, (m) => (m === '%' ? ' % ' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const has = (s: string, word: string) => new RegExp(`(^| )${word}( |$)`).test(s);

/** Classifies one (possibly two-row) header text; `extra` are entered indicators of the catalogue beyond the seed. */
export function classifyHeader(text: string, extra: readonly Indicator[] = []): HeaderRole {
  const s = foldHeader(text);
  if (!s) return { role: 'unknown' };
  if (/^(stt|tt|so tt|so thu tu|thu tu)$/.test(s)) return { role: 'ignored', why: 'số thứ tự' };
  if (has(s, 'ghi chu')) return { role: 'ignored', why: 'ghi chú' };
  // A rate is computed by the app, never imported: test it before the indicator words it contains.
  if (has(s, 'ty le') || s.includes('%') || has(s, 'bao phu'))
    return { role: 'ignored', why: 'tỷ lệ do đơn vị tự tính' };
  if (/^(ma|ma so|ma don vi|ma dvhc|ma dv|ma huyen|ma xa|ma dia ban|ma don vi hanh chinh)( |$)/.test(s))
    return { role: 'code' };
  if (/^(thang|ky|ky bao cao|thang bao cao|thoi gian|thang nam|nam thang|thoi ky)$/.test(s))
    return { role: 'period' };

  const role = indicatorRole(s, extra);
  if (role.role !== 'indicator') return role;
  const not = notTheFigure(s);
  return not ? { role: 'ignored', why: not } : role;
}

/**
 * Why a column naming an indicator still does not hold its stock at the report's end: a plan is never the
 * actual, an earlier period is not this one, an increase is not a count of people. Null when it may.
 */
export function notTheFigure(s: string): string | null {
  if (
    has(s, 'ke hoach') ||
    has(s, 'kh') ||
    s.includes('chi tieu giao') ||
    has(s, 'du kien') ||
    has(s, 'muc tieu')
  )
    return 'kế hoạch, không phải số thực hiện';
  if (/(^| )(thang truoc|ky truoc|quy truoc|nam truoc|cung ky)( |$)/.test(s))
    return 'số của kỳ trước, không phải kỳ báo cáo';
  if (/(^| )(tang|giam|tang moi|phat trien moi|tang giam|so tang|so giam)( |$)/.test(s))
    return 'số tăng/giảm trong kỳ, không phải số người tham gia';
  return null;
}

function indicatorRole(s: string, extra: readonly Indicator[]): HeaderRole {
  for (const ind of extra) {
    if (s === foldHeader(ind.label) || s === foldHeader(ind.shortLabel))
      return { role: 'indicator', indicator: ind.code };
  }
  const bhxh = has(s, 'bhxh') || s.includes('bao hiem xa hoi');
  if (bhxh && (s.includes('tu nguyen') || has(s, 'tn')))
    return { role: 'indicator', indicator: BHXH_VOLUNTARY };
  if (bhxh && (s.includes('bat buoc') || has(s, 'bb')))
    return { role: 'indicator', indicator: BHXH_COMPULSORY };
  // "BH TN" with a space is still unemployment insurance; voluntary BHXH always names BHXH.
  if (has(s, 'bhtn') || has(s, 'bh tn') || s.includes('that nghiep'))
    return { role: 'indicator', indicator: BHTN };
  if (bhxh && (has(s, 'tong') || has(s, 'tong so') || has(s, 'cong')))
    return { role: 'ignored', why: 'tổng do đơn vị tự tính' };
  if (
    has(s, 'llld') ||
    has(s, 'lld') ||
    s.includes('luc luong lao dong') ||
    s.includes('lao dong trong do tuoi')
  )
    return { role: 'indicator', indicator: LABOR_FORCE };
  if (
    /^(ten )?(don vi|dvhc|dia ban|dia phuong)( |$)/.test(s) ||
    /^(huyen|xa|phuong|ten huyen|ten xa)( |$)/.test(s) ||
    s.includes('thi xa thanh pho') ||
    s.includes('xa phuong') ||
    s === 'ten'
  )
    return { role: 'unit' };
  return { role: 'unknown' };
}
