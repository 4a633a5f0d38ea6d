import type { ProgressRow } from '../../../../shared/reports/model';

/** True when a participant figure of the row is carried from an earlier month (marked "*", as in the PDF). */
export const isCarriedRow = (r: ProgressRow): boolean => r.carriedFrom !== null;
