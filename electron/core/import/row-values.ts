/**
 * Takes the figures of one unit or total row: each is checked (a number, a plausible count, not a second
 * different figure for the same unit and period) before it is staged in the value store or kept for the
 * total-row check.
 */
import type { UnitInfo } from '../../../shared/api/types';
import { countError } from '../../../shared/domain/checks';
import type { Indicator } from '../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../shared/domain/period';
import { formatCount } from '../../../shared/format/vi';
import { address, formulaErrorMessage, footnoteMessage, readNumber } from './cell-value';
import type { ValueColumn } from './column-plan';
import type { SheetRow } from './header-detect';
import type { RowUnit } from './row-unit';
import type { SheetReport } from './sheet-report';
import type { TotalCheck } from './total-check';
import { periodCode, type ValueStore } from './value-store';

export class RowValueReader {
  private yearlyWarned = false;

  constructor(
    private readonly store: ValueStore,
    private readonly indicators: readonly Indicator[],
    private readonly valueCols: readonly ValueColumn[],
    private readonly file: string,
    private readonly source: number,
    private readonly totals: TotalCheck,
    private readonly report: SheetReport,
  ) {}

  read(row: SheetRow, res: RowUnit, period: string): void {
    const { store, report, file } = this;
    const code = periodCode(period);
    const total = res.kind === 'total' ? this.totals.totalRow(row.number, code) : null;
    for (const v of this.valueCols) {
      const cell = row.cells[v.col] ?? { kind: 'empty' as const };
      const r = readNumber(cell);
      if (r.ok === 'empty') continue;
      if (r.ok === false) {
        if (r.reason === 'error') report.error(address(v.col, row.number), formulaErrorMessage(r.shown));
        else report.error(address(v.col, row.number), `Giá trị "${r.shown}" không phải là số.`);
        continue;
      }
      if (r.note) report.warning(address(v.col, row.number), footnoteMessage(cell, r.n, r.note));
      const bad = countError(r.n);
      if (bad) {
        report.error(address(v.col, row.number), `Giá trị ${bad}.`);
        continue;
      }
      if (total) {
        total.values.push({ ind: v.ind, col: v.col, value: r.n });
        continue;
      }
      const indicator = this.indicators[v.ind]!;
      let stored = period;
      if (period.length === 4 && indicator.naturalPeriod === 'month') {
        stored = `${period}-12`;
        if (!this.yearlyWarned) {
          this.yearlyWarned = true;
          report.warning(
            null,
            `Kỳ báo cáo là cả năm ${period}: số người tham gia được nhập vào tháng 12/${period}.`,
          );
        }
      }
      const unit = (res as { unit: UnitInfo }).unit;
      const pcode = stored === period ? code : periodCode(stored);
      this.totals.add(pcode, v.ind, r.n);
      const prev = store.find(unit.id, v.ind, pcode);
      if (prev !== undefined) {
        const prevSrc = store.sources[store.source[prev]!]!;
        const prevCell = `${prevSrc.file === file ? '' : `${prevSrc.file}: `}${prevSrc.sheet}!${address(store.col[prev]!, store.row[prev]!)}`;
        if (store.value[prev] !== r.n)
          report.error(
            address(v.col, row.number),
            `Đơn vị ${unit.name} có hai số liệu khác nhau cho "${indicator.shortLabel}" kỳ ${observationPeriodLabel(stored)}: ${formatCount(r.n)} ở ô này và ${formatCount(store.value[prev]!)} ở ${prevCell}.`,
          );
        continue;
      }
      store.add(unit.id, v.ind, pcode, r.n, this.source, row.number, v.col);
    }
  }
}
