/**
 * The columns of the progress sheet. Computed columns are Excel formulas over the entered ones (with the
 * core's figures as cached results), so a clerk who corrects a count sees every rate follow.
 */
import type { Cell } from 'exceljs';
import { STATUS_LABEL } from '../../../../shared/domain/progress';
import type { CoverageProgress, ProgressRow } from '../../../../shared/reports/model';
import { FMT, formulaCell, numberCell, textCell } from './style';

export interface RowContext {
  r: number;
  row: ProgressRow;
  index: number | null;
  /** First and last district rows, for the total row's sums. */
  first: number;
  last: number;
  /** The total row uses SUM only where the province figure is the sum of the districts'. */
  sums: Set<string>;
}

export interface ColumnSpec {
  key: string;
  /** Group header (row 1 of the header) or null when the column spans both header rows. */
  group: string | null;
  header: string;
  width: number;
  write: (c: Cell, x: RowContext) => void;
}

const rateOf = (p: CoverageProgress) => (p.targetKind === 'count' ? null : p.actual);
const targetOf = (p: CoverageProgress) => (p.targetKind === 'rate' ? p.target : null);
const bold = (x: RowContext) => x.index === null;

/** An entered count: the figure, or on the total row a SUM of the districts when that is what it is. */
function entered(col: string, pick: (r: ProgressRow) => number | null) {
  return (c: Cell, x: RowContext) => {
    if (x.index === null && x.sums.has(col))
      formulaCell(c, `SUM(${col}${x.first}:${col}${x.last})`, pick(x.row), FMT.count, true);
    else numberCell(c, pick(x.row), FMT.count, bold(x));
  };
}

/** Rate, target, gap, share, people needed, status for one coverage, in columns rate..status. */
function coverageColumns(
  group: string,
  cols: {
    count: string;
    parts: string;
    rate: string;
    target: string;
    gap: string;
    share: string;
    need: string;
    status: string;
  },
  pick: (r: ProgressRow) => CoverageProgress,
): ColumnSpec[] {
  const { parts, rate, target, gap, share, need, status } = cols;
  return [
    {
      key: rate,
      group,
      header: 'Tỷ lệ bao phủ (%)',
      width: 9,
      write: (c, x) =>
        formulaCell(
          c,
          `IF(AND(ISNUMBER(D${x.r}),D${x.r}>0,ISNUMBER(${parts}${x.r})),${parts}${x.r}/D${x.r}*100,"")`,
          rateOf(pick(x.row)),
          FMT.rate,
          bold(x),
        ),
    },
    {
      key: target,
      group,
      header: 'Chỉ tiêu (%)',
      width: 8.5,
      write: (c, x) => numberCell(c, targetOf(pick(x.row)), FMT.rate, bold(x)),
    },
    {
      key: gap,
      group,
      header: 'Chênh lệch (điểm %)',
      width: 9,
      write: (c, x) =>
        formulaCell(
          c,
          `IF(AND(ISNUMBER(${rate}${x.r}),ISNUMBER(${target}${x.r})),${rate}${x.r}-${target}${x.r},"")`,
          pick(x.row).targetKind === 'rate' ? pick(x.row).gap : null,
          FMT.signed,
          bold(x),
        ),
    },
    {
      key: share,
      group,
      header: 'Đạt so với KH (%)',
      width: 9,
      write: (c, x) =>
        formulaCell(
          c,
          `IF(AND(ISNUMBER(${rate}${x.r}),ISNUMBER(${target}${x.r}),N(${target}${x.r})>0),${rate}${x.r}/${target}${x.r}*100,"")`,
          pick(x.row).targetKind === 'rate' ? pick(x.row).shareReached : null,
          FMT.share,
          bold(x),
        ),
    },
    {
      key: need,
      group,
      header: 'Cần phát triển thêm (người)',
      width: 11,
      // The small epsilon keeps 14,83% × 100 people from asking for a 15th person through binary noise.
      write: (c, x) =>
        formulaCell(
          c,
          `IF(AND(ISNUMBER(${target}${x.r}),ISNUMBER(D${x.r}),ISNUMBER(${parts}${x.r})),MAX(0,ROUNDUP(${target}${x.r}*D${x.r}/100-0.000000001,0)-${parts}${x.r}),"")`,
          pick(x.row).targetKind === 'rate' ? pick(x.row).peopleNeeded : null,
          FMT.count,
          bold(x),
        ),
    },
    {
      key: status,
      group,
      header: 'Đánh giá',
      width: 13,
      write: (c, x) => {
        const p = pick(x.row);
        const label = p.targetKind === 'count' ? STATUS_LABEL.no_target : STATUS_LABEL[p.status];
        formulaCell(
          c,
          `IF(NOT(ISNUMBER(${target}${x.r})),"${STATUS_LABEL.no_target}",IF(NOT(ISNUMBER(${rate}${x.r})),"${STATUS_LABEL.no_data}",IF(${rate}${x.r}+0.000000001>=${target}${x.r},"${STATUS_LABEL.met}","${STATUS_LABEL.not_met}")))`,
          label,
          FMT.text,
          bold(x),
        );
        c.alignment = { horizontal: 'center' };
      },
    },
  ];
}

const change = (
  key: string,
  group: string,
  header: string,
  pick: (r: ProgressRow) => number | null,
  fmt: string = FMT.signed,
): ColumnSpec => ({
  key,
  group,
  header,
  width: 9,
  write: (c, x) => numberCell(c, pick(x.row), fmt, bold(x)),
});

export function progressColumns(): ColumnSpec[] {
  return [
    {
      key: 'A',
      group: null,
      header: 'STT',
      width: 5,
      write: (c, x) => {
        numberCell(c, x.index, '0', bold(x));
        c.alignment = { horizontal: 'center' };
      },
    },
    { key: 'B', group: null, header: 'Mã ĐVHC', width: 8, write: (c, x) => textCell(c, x.row.unit, bold(x)) },
    {
      key: 'C',
      group: null,
      header: 'Đơn vị',
      width: 22,
      write: (c, x) => textCell(c, x.index === null ? `Toàn tỉnh (${x.row.name})` : x.row.name, bold(x)),
    },
    {
      key: 'D',
      group: null,
      header: 'Lực lượng lao động (người)',
      width: 12,
      write: entered('D', (r) => r.laborForce),
    },
    {
      key: 'E',
      group: 'Số người tham gia BHXH',
      header: 'Bắt buộc',
      width: 11,
      write: entered('E', (r) => r.bhxhCompulsory),
    },
    {
      key: 'F',
      group: 'Số người tham gia BHXH',
      header: 'Tự nguyện',
      width: 11,
      write: entered('F', (r) => r.bhxhVoluntary),
    },
    {
      key: 'G',
      group: 'Số người tham gia BHXH',
      header: 'Tổng số',
      width: 11,
      write: (c, x) =>
        formulaCell(
          c,
          `IF(AND(ISNUMBER(E${x.r}),ISNUMBER(F${x.r})),E${x.r}+F${x.r},"")`,
          x.row.bhxhParticipants,
          FMT.count,
          bold(x),
        ),
    },
    ...coverageColumns(
      'BHXH so với chỉ tiêu năm',
      { count: 'G', parts: 'G', rate: 'H', target: 'I', gap: 'J', share: 'K', need: 'L', status: 'M' },
      (r) => r.bhxh,
    ),
    {
      key: 'N',
      group: null,
      header: 'Số người tham gia BHTN',
      width: 11,
      write: entered('N', (r) => r.bhtn),
    },
    ...coverageColumns(
      'BHTN so với chỉ tiêu năm',
      { count: 'N', parts: 'N', rate: 'O', target: 'P', gap: 'Q', share: 'R', need: 'S', status: 'T' },
      (r) => r.bhtnCoverage,
    ),
    change(
      'U',
      'Biến động tỷ lệ BHXH (điểm %)',
      'So với tháng trước',
      (r) => r.bhxh.changeSincePreviousMonth,
    ),
    change('V', 'Biến động tỷ lệ BHXH (điểm %)', 'So với cùng kỳ', (r) => r.bhxh.changeSinceLastYear),
    change(
      'W',
      'Biến động tỷ lệ BHTN (điểm %)',
      'So với tháng trước',
      (r) => r.bhtnCoverage.changeSincePreviousMonth,
    ),
    change('X', 'Biến động tỷ lệ BHTN (điểm %)', 'So với cùng kỳ', (r) => r.bhtnCoverage.changeSinceLastYear),
    change('Y', 'Ước đến cuối năm (%)', 'BHXH', (r) => r.bhxh.projectedYearEnd, FMT.rate),
    change('Z', 'Ước đến cuối năm (%)', 'BHTN', (r) => r.bhtnCoverage.projectedYearEnd, FMT.rate),
    {
      key: 'AA',
      group: null,
      header: 'Ghi chú',
      width: 40,
      write: (c, x) => {
        textCell(c, x.row.carriedNotes.join('; '));
        c.alignment = { wrapText: true, vertical: 'top' };
      },
    },
  ];
}
