/** Problems found in one sheet: every check there reports against the same file and sheet. */
import type { ProblemList } from './problems';

export interface SheetReport {
  error(cell: string | null, message: string): void;
  warning(cell: string | null, message: string): void;
}

export function sheetReport(problems: ProblemList, file: string, sheet: string): SheetReport {
  return {
    error: (cell, message) => problems.error(file, sheet, cell, message),
    warning: (cell, message) => problems.warning(file, sheet, cell, message),
  };
}
