/**
 * What a row below the header is before any figure of it is taken: a unit's row, a section over units
 * ("I. Khối huyện", "Huyện Chư Sê" over its communes), a note or signature line, a "Trong đó" breakdown of
 * the unit above, or a second table's header — clerks put all of these in the same sheet.
 */
import type { UnitInfo } from '../../../shared/api/types';
import type { Indicator } from '../../../shared/domain/indicators';
import { foldVietnamese } from '../../../shared/units/names';
import { address, cellText, readNumber, type Cell } from './cell-value';
import type { ValueColumn } from './column-plan';
import { detectHeader, isColumnNumberRow, type SheetRow } from './header-detect';
import type { SheetReport } from './sheet-report';

export type RowKind =
  /** Its figures are to be read for the unit named `name` or coded `code`. */
  | { kind: 'unit'; name: string; code: string }
  /** A named row without figures: the units below belong to `section` (null when no unit is meant). */
  | { kind: 'section'; section: UnitInfo | null }
  /** Nothing to read: a blank or note row, a breakdown line, or a row whose problem is already reported. */
  | { kind: 'skip' };

export interface RowClassifierSetup {
  indicators: readonly Indicator[];
  valueCols: readonly ValueColumn[];
  unitCol: number | null;
  codeCol: number | null;
  headerRow: number;
  /** A name the clerk said is no unit ("không phải đơn vị – bỏ qua dòng này"): its rows are passed over. */
  notAUnit: (name: string) => boolean;
  /** The unit a section row's name means, if any. */
  section: (name: string) => UnitInfo | null;
  report: SheetReport;
}

/** A memo of one text per distinct input: a history repeats each unit's name and code in every month. */
function memo(of: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let t = seen.get(s);
    if (t === undefined) seen.set(s, (t = of(s)));
    return t;
  };
}

export class RowClassifier {
  /** Set at a second table's header: the rows after it are not read, which table is meant is the clerk's call. */
  stopped = false;
  private lastTextRow: SheetRow | null = null;
  /** The row number of a "Trong đó:" line: the bulleted lines under it break down the unit above. */
  private breakdown: number | null = null;
  private readonly cleanText = memo((s) => cellText({ kind: 'text', s }));
  private readonly fold = memo(foldVietnamese);

  constructor(private readonly s: RowClassifierSetup) {}

  private text(cells: Cell[], col: number | null): string {
    if (col === null) return '';
    const c = cells[col];
    if (c === undefined) return '';
    return c.kind === 'text' ? this.cleanText(c.s) : cellText(c);
  }

  classify(row: SheetRow): RowKind {
    const { s } = this;
    // Official forms repeat their row of column numbers or legends ("(7)=((4)+(5))/(3)"), which would
    // otherwise read as a unit named "(2)" whose figures are column numbers.
    if (isColumnNumberRow(row, true)) return { kind: 'skip' };
    const name = this.text(row.cells, s.unitCol);
    if (name && s.notAUnit(name)) return { kind: 'skip' };
    const code = this.text(row.cells, s.codeCol).replace(/\.0+$/, '');
    let figure = false;
    let wording = false;
    for (const v of s.valueCols) {
      const cell = row.cells[v.col];
      // A number cell is a figure: no read made for each of a history's hundreds of thousands.
      if (cell?.kind === 'number') {
        figure = true;
        continue;
      }
      const r = readNumber(cell ?? { kind: 'empty' });
      if (r.ok === true || (r.ok === false && r.reason === 'error')) figure = true;
      else if (r.ok === false) wording = true;
    }
    const folded = this.fold(name);
    const breakdownHead = /^trong do( |:|$)/.test(folded);
    if (breakdownHead) this.breakdown = row.number;
    else if (!/^[-+•–—]/.test(name)) this.breakdown = null;
    // Words where figures go are a unit's mistyped figure only when the row names a unit; otherwise
    // the row is a note, a signature block or another table's header under this one.
    if (!figure && !(wording && (code || (name && s.section(name))))) {
      if (wording || name) this.checkSecondHeader(row);
      return name ? { kind: 'section', section: s.section(name) } : { kind: 'skip' };
    }
    if (this.breakdown !== null && (breakdownHead || s.section(name) === null)) {
      s.report.warning(
        address(s.unitCol ?? 1, row.number),
        `Dòng ${row.number} ("${name}") là số liệu chi tiết ("Trong đó") của đơn vị phía trên, không phải một đơn vị nên không được nhập.`,
      );
      return { kind: 'skip' };
    }
    if (!name && !code) {
      s.report.error(
        address(s.unitCol ?? s.codeCol ?? 1, row.number),
        `Dòng ${row.number} có số liệu nhưng không có tên đơn vị.`,
      );
      return { kind: 'skip' };
    }
    return { kind: 'unit', name, code };
  }

  /** A text row, alone or under the text row just above it, that reads as a table header ends the table. */
  private checkSecondHeader(row: SheetRow): void {
    const last = this.lastTextRow;
    const stack = last && last.number === row.number - 1 ? [last, row] : [row];
    if (detectHeader(stack, this.s.indicators)) {
      const first = row.cells.findIndex((c) => c && c.kind !== 'empty');
      this.s.report.error(
        address(first > 0 ? first : 1, row.number),
        `Dòng ${row.number} là tiêu đề của một bảng thứ hai trong cùng trang tính (bảng thứ nhất có tiêu đề ở dòng ${this.s.headerRow}). Mỗi trang tính chỉ nhập một bảng: hãy xóa bảng thừa hoặc chuyển nó sang một trang tính riêng rồi nhập lại.`,
      );
      this.stopped = true;
    }
    this.lastTextRow = row;
  }
}
