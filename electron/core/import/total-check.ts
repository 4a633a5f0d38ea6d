/**
 * A sheet's total rows checked against what its unit rows add up to: a total that matches neither the
 * whole sheet nor its own section points at a mistyped or missing unit row.
 */
import { formatCount } from '../../../shared/format/vi';
import { address } from './cell-value';
import type { SheetReport } from './sheet-report';

interface TotalRow {
  row: number;
  period: number;
  values: { ind: number; col: number; value: number }[];
  section: Float64Array;
}

export class TotalCheck {
  /** Per period code, per indicator: the sum of this sheet's own unit rows, even those another file already brought. */
  private readonly sheetSums = new Map<number, Float64Array>();
  private sectionSums: Float64Array;
  private readonly totals: TotalRow[] = [];

  constructor(private readonly nInd: number) {
    this.sectionSums = new Float64Array(nInd);
  }

  /** A section row starts sums of its own. */
  newSection(): void {
    this.sectionSums = new Float64Array(this.nInd);
  }

  /** A unit's figure. */
  add(period: number, ind: number, value: number): void {
    const sums = this.sheetSums.get(period) ?? new Float64Array(this.nInd);
    this.sheetSums.set(period, sums);
    sums[ind]! += value;
    this.sectionSums[ind]! += value;
  }

  /** A total row, checked at the end of the sheet against the section it closes or the whole sheet. */
  totalRow(row: number, period: number): TotalRow {
    const total: TotalRow = { row, period, values: [], section: this.sectionSums };
    this.totals.push(total);
    return total;
  }

  check(report: SheetReport): void {
    for (const t of this.totals) {
      const sums = this.sheetSums.get(t.period) ?? new Float64Array(this.nInd);
      for (const v of t.values) {
        if (v.value === sums[v.ind] || v.value === t.section[v.ind]) continue;
        report.warning(
          address(v.col, t.row),
          `Dòng tổng cộng ghi ${formatCount(v.value)} nhưng tổng các dòng đơn vị là ${formatCount(sums[v.ind])} (lệch ${formatCount(v.value - sums[v.ind]!)}).`,
        );
      }
    }
  }
}
