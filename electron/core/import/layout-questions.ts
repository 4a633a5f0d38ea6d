/**
 * The questions one sheet leaves to the clerk — which of several columns holds an indicator, which period
 * when a column header and the title disagree — each with what the reader took for the preview and a
 * figure from every candidate column, so the clerk judges by the numbers rather than by the header alone.
 * Each question stands as an error until answered: nothing is written on a guess.
 */
import type { LayoutOption, LayoutQuestion } from '../../../shared/api/import-types';
import type { Indicator } from '../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../shared/domain/period';
import { formatCount } from '../../../shared/format/vi';
import { address, columnLetter, readNumber } from './cell-value';
import type { AskedColumn } from './column-plan';
import type { SheetRow } from './header-detect';
import type { SheetPeriod } from './sheet-period';
import type { SheetReport } from './sheet-report';

export interface QuestionSheet {
  file: string;
  sheet: string;
  fingerprint: string;
  headerRow: number;
  headers: ReadonlyMap<number, string>;
}

export class LayoutQuestions {
  private readonly samples = new Map<number, { cell: string; value: number } | null>();

  constructor(
    private readonly at: QuestionSheet,
    private readonly columns: readonly AskedColumn[],
    private readonly period: SheetPeriod['asked'],
  ) {
    for (const q of columns) for (const c of q.candidates) this.samples.set(c.col, null);
  }

  /** Nothing to ask: the row loop need not call `sample`. */
  get none(): boolean {
    return this.columns.length === 0 && !this.period;
  }

  /** Takes each candidate column's first figure from a unit's row. */
  sample(row: SheetRow): void {
    for (const [col, got] of this.samples) {
      if (got) continue;
      const r = readNumber(row.cells[col] ?? { kind: 'empty' });
      if (r.ok === true) this.samples.set(col, { cell: address(col, row.number), value: r.n });
    }
  }

  /** The questions, each also reported as an error at its header cell. */
  finish(indicators: readonly Indicator[], report: SheetReport): LayoutQuestion[] {
    const { file, sheet, fingerprint, headerRow, headers } = this.at;
    const out: LayoutQuestion[] = [];
    for (const q of this.columns) {
      const label = indicators.find((i) => i.code === q.indicator)?.label ?? q.indicator;
      const options: LayoutOption[] = [
        q.chosen,
        ...q.candidates.map((c) => c.col).filter((c) => c !== q.chosen),
      ].map((col) => ({
        value: columnLetter(col),
        label: `Cột ${columnLetter(col)}: ${headers.get(col) ?? ''}`,
        cell: address(col, headerRow),
        sample: this.samples.get(col) ?? null,
      }));
      const said = (o: LayoutOption) =>
        `cột ${o.value} ("${headers.get(colOf(o.value, q)) ?? ''}"${o.sample ? `, ví dụ ${formatCount(o.sample.value)} ở ô ${o.sample.cell}` : ''})`;
      const [chosen, ...rest] = options;
      const message =
        `Chưa chắc cột nào là "${label}": ứng dụng tạm lấy ${said(chosen!)}; cũng có thể là ${rest.map(said).join(' hoặc ')}. ` +
        `Hãy chọn cột đúng ở màn hình Nhập dữ liệu (lựa chọn được ghi nhớ cho mẫu bảng này), hoặc khi nhập bằng dòng lệnh thêm --column "${sheet}!${chosen!.value}".`;
      report.error(chosen!.cell, message);
      out.push({
        kind: 'column',
        file,
        sheet,
        fingerprint,
        indicator: q.indicator,
        message,
        proposed: chosen!.value,
        options,
      });
    }
    if (this.period) {
      const { title, header, headerCol } = this.period;
      const letter = columnLetter(headerCol);
      const message =
        `Tiêu đề ghi ${observationPeriodLabel(title)} nhưng tiêu đề cột ${letter} ("${headers.get(headerCol) ?? ''}") ghi ${observationPeriodLabel(header)}: chưa rõ số liệu thuộc kỳ nào. ` +
        `Ứng dụng tạm lấy ${observationPeriodLabel(title)} theo tiêu đề. Hãy chọn kỳ ở màn hình Nhập dữ liệu, hoặc khi nhập bằng dòng lệnh thêm --period ${title} hoặc --period ${header}.`;
      report.error(address(headerCol, headerRow), message);
      out.push({
        kind: 'period',
        file,
        sheet,
        fingerprint,
        indicator: null,
        message,
        proposed: 'title',
        options: [
          {
            value: 'title',
            label: `${observationPeriodLabel(title)} (theo tiêu đề)`,
            cell: null,
            period: title,
          },
          {
            value: 'header',
            label: `${observationPeriodLabel(header)} (theo tiêu đề cột ${letter})`,
            cell: address(headerCol, headerRow),
            period: header,
          },
        ],
      });
    }
    return out;
  }
}

function colOf(letter: string, q: AskedColumn): number {
  return q.candidates.find((c) => columnLetter(c.col) === letter)!.col;
}
