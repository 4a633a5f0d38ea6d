/** The caption of an appendix attached to the signed report (Phụ lục … / Kèm theo Báo cáo số …). */
import type { ReportSettings } from '../../../../shared/api/types';
import { vnAdminDate } from './vn-time';

/**
 * "(Kèm theo Báo cáo số        /BC-BHXH ngày 05 tháng 7 năm 2024)": the number line of the settings
 * without its "Số:", its blanks kept for the number written by hand at signing.
 */
export function attachedToLine(s: ReportSettings, generatedAt: string): string {
  const number = s.documentNumber.replace(/^\s*số\s*:?/i, '').trimEnd();
  const numbered = number.trim() ? ` số${/^\s/.test(number) ? '' : ' '}${number}` : '';
  return `(Kèm theo Báo cáo${numbered} ${vnAdminDate(generatedAt)})`;
}

/** "Phụ lục 01": two digits, as appendices are numbered in the office's documents. */
export const appendixLabel = (n: number): string => `Phụ lục ${String(n).padStart(2, '0')}`;
