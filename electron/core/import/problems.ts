/** Problems of one import, capped so that a file with the same mistake on 100,000 rows stays readable. */
import type { Problem } from '../../../shared/api/import-types';
import { formatCount } from '../../../shared/format/vi';

const MAX_PER_FILE = 300;

export class ProblemList {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly perFile = new Map<string, { errors: number; warnings: number }>();

  error(file: string, sheet: string | null, cell: string | null, message: string): void {
    this.push('error', file, sheet, cell, message);
  }

  warning(file: string, sheet: string | null, cell: string | null, message: string): void {
    this.push('warning', file, sheet, cell, message);
  }

  hasErrors(file?: string): boolean {
    return file === undefined ? this.errors.length > 0 : (this.perFile.get(file)?.errors ?? 0) > 0;
  }

  private push(
    severity: Problem['severity'],
    file: string,
    sheet: string | null,
    cell: string | null,
    message: string,
  ): void {
    const n = this.perFile.get(file) ?? { errors: 0, warnings: 0 };
    this.perFile.set(file, n);
    const key = severity === 'error' ? 'errors' : 'warnings';
    n[key]++;
    const list = severity === 'error' ? this.errors : this.warnings;
    if (n[key] <= MAX_PER_FILE) list.push({ severity, file, sheet, cell, message });
  }

  /** Adds one line per file saying how many were not listed. */
  finish(): void {
    for (const [file, n] of this.perFile) {
      if (n.errors > MAX_PER_FILE)
        this.errors.push({
          severity: 'error',
          file,
          sheet: null,
          cell: null,
          message: `Còn ${formatCount(n.errors - MAX_PER_FILE)} lỗi khác cùng loại không liệt kê hết.`,
        });
      if (n.warnings > MAX_PER_FILE)
        this.warnings.push({
          severity: 'warning',
          file,
          sheet: null,
          cell: null,
          message: `Còn ${formatCount(n.warnings - MAX_PER_FILE)} cảnh báo khác không liệt kê hết.`,
        });
    }
  }
}
