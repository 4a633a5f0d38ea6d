import type { ProgressRow } from '../../../../shared/reports/model';

/**
 * True when a participant figure of the row is carried from an earlier month (marked "*", as in the PDF).
 * The one place the workbook decides it: read from the row's notes until the row says so itself.
 */
export const isCarriedRow = (r: ProgressRow): boolean => r.carriedNotes.some((x) => x.includes('chuyển từ'));
