/**
 * The columns of the progress sheet. Computed columns are Excel formulas over the entered ones (with the
 * core's figures as cached results), so a clerk who corrects a count sees every rate follow.
 */
import type { Cell } from 'exceljs';
import { STATUS_LABEL, type TargetKind } from '../../../../shared/domain/progress';
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

const bold = (x: RowContext) => x.index === null;

/** Which unit a comparison block speaks in: a rate plan (2023–2025) or a headcount plan (after 2025). */
export interface BlockKinds {
  bhxh: TargetKind;
  bhtn: TargetKind;
}

/** The block follows the first row that has a target, as the PDF tables do; rate where none has one. */
export function blockKind(rows: ProgressRow[], pick: (r: ProgressRow) => CoverageProgress): TargetKind {
  return rows.map((r) => pick(r).targetKind).find((k) => k !== null) ?? 'rate';
}

/** A row's progress counts in this block only when its target is of the block's kind. */
const sameKind = (p: CoverageProgress, kind: TargetKind) => (p.targetKind ?? 'rate') === kind;

/** The coverage rate, also in a headcount block: participants over labour force, as the formula computes. */
function coverageRate(p: CoverageProgress, participants: number | null, laborForce: number | null) {
  if (p.targetKind !== 'count') return p.actual;
  return participants !== null && laborForce !== null && laborForce > 0
    ? (participants / laborForce) * 100
    : null;
}

/** An entered count: the figure, or on the total row a SUM of the districts when that is what it is. */
function entered(col: string, pick: (r: ProgressRow) => number | null) {
  return (c: Cell, x: RowContext) => {
    if (x.index === null && x.sums.has(col))
      formulaCell(c, `SUM(${col}${x.first}:${col}${x.last})`, pick(x.row), FMT.count, true);
    else numberCell(c, pick(x.row), FMT.count, bold(x));
  };
}

interface BlockCols {
  /** Participants (the headcount compared with a count target). */
  parts: string;
  rate: string;
  target: string;
  gap: string;
  share: string;
  need: string;
  status: string;
}

/**
 * The formulas of the comparison: a rate plan compares the coverage rate in percentage points and asks
 * for the people behind the missing rate; a headcount plan compares participants with the target directly.
 */
function comparisonFormulas(kind: TargetKind, c: BlockCols, r: number) {
  const [P, R, T] = [`${c.parts}${r}`, `${c.rate}${r}`, `${c.target}${r}`];
  const actual = kind === 'count' ? P : R;
  const has = `ISNUMBER(${actual}),ISNUMBER(${T})`;
  const { met, not_met, no_data, no_target } = STATUS_LABEL;
  return {
    gap: `IF(AND(${has}),${actual}-${T},"")`,
    share: `IF(AND(${has},N(${T})>0),${actual}/${T}*100,"")`,
    // The small epsilon keeps 14,83% × 100 people from asking for a 15th person through binary noise.
    need:
      kind === 'count'
        ? `IF(AND(${has}),MAX(0,${T}-${P}),"")`
        : `IF(AND(ISNUMBER(${T}),ISNUMBER(D${r}),ISNUMBER(${P})),MAX(0,ROUNDUP(${T}*D${r}/100-0.000000001,0)-${P}),"")`,
    status: `IF(NOT(ISNUMBER(${T})),"${no_target}",IF(NOT(ISNUMBER(${actual})),"${no_data}",IF(${actual}+0.000000001>=${T},"${met}","${not_met}")))`,
  };
}

/** Rate, target, gap, share, people needed, status for one coverage, in columns rate..status. */
function coverageColumns(
  group: string,
  kind: TargetKind,
  cols: BlockCols,
  pick: (r: ProgressRow) => CoverageProgress,
  participants: (r: ProgressRow) => number | null,
): ColumnSpec[] {
  const { parts, rate, target, gap, share, need, status } = cols;
  const count = kind === 'count';
  const unit = count ? '(người)' : '(%)';
  // Cached results only where the row's target is of the block's kind; the formulas agree with them.
  const ours = (x: RowContext) => (sameKind(pick(x.row), kind) ? pick(x.row) : null);
  const f = (x: RowContext) => comparisonFormulas(kind, cols, x.r);
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
          coverageRate(pick(x.row), participants(x.row), x.row.laborForce),
          FMT.rate,
          bold(x),
        ),
    },
    {
      key: target,
      group,
      header: `Chỉ tiêu ${unit}`,
      width: count ? 11 : 8.5,
      write: (c, x) => numberCell(c, ours(x)?.target ?? null, count ? FMT.count : FMT.rate, bold(x)),
    },
    {
      key: gap,
      group,
      header: count ? 'Chênh lệch (người)' : 'Chênh lệch (điểm %)',
      width: count ? 11 : 9,
      write: (c, x) =>
        formulaCell(c, f(x).gap, ours(x)?.gap ?? null, count ? FMT.signedCount : FMT.signed, bold(x)),
    },
    {
      key: share,
      group,
      header: 'Đạt so với KH (%)',
      width: 9,
      write: (c, x) => formulaCell(c, f(x).share, ours(x)?.shareReached ?? null, FMT.share, bold(x)),
    },
    {
      key: need,
      group,
      header: 'Cần phát triển thêm (người)',
      width: 11,
      write: (c, x) => formulaCell(c, f(x).need, ours(x)?.peopleNeeded ?? null, FMT.count, bold(x)),
    },
    {
      key: status,
      group,
      header: 'Đánh giá',
      width: 13,
      write: (c, x) => {
        const p = ours(x);
        formulaCell(c, f(x).status, STATUS_LABEL[p?.status ?? 'no_target'], FMT.text, bold(x));
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
  fmt: string,
): ColumnSpec => ({
  key,
  group,
  header,
  width: 9,
  write: (c, x) => numberCell(c, pick(x.row), fmt, bold(x)),
});

/**
 * Month-on-month and year-on-year changes and the year-end projection, in the block's unit. A row whose
 * target is of the other kind holds figures in the other unit: they are left out rather than mislabelled.
 */
function changeColumns(kinds: BlockKinds): ColumnSpec[] {
  const of =
    (kind: TargetKind, pick: (r: ProgressRow) => CoverageProgress, v: keyof CoverageProgress) =>
    (r: ProgressRow) => (sameKind(pick(r), kind) ? (pick(r)[v] as number | null) : null);
  const bx = (v: keyof CoverageProgress) => of(kinds.bhxh, (r) => r.bhxh, v);
  const bt = (v: keyof CoverageProgress) => of(kinds.bhtn, (r) => r.bhtnCoverage, v);
  const group = (what: string, kind: TargetKind) =>
    kind === 'count' ? `Biến động số người tham gia ${what} (người)` : `Biến động tỷ lệ ${what} (điểm %)`;
  const signed = (kind: TargetKind) => (kind === 'count' ? FMT.signedCount : FMT.signed);
  const level = (kind: TargetKind) => (kind === 'count' ? FMT.count : FMT.rate);
  const both = kinds.bhxh === 'rate' && kinds.bhtn === 'rate';
  const end = both ? 'Ước đến cuối năm (%)' : 'Ước đến cuối năm';
  const endHeader = (what: string, kind: TargetKind) =>
    both ? what : `${what} ${kind === 'count' ? '(người)' : '(%)'}`;
  const [gx, gt] = [group('BHXH', kinds.bhxh), group('BHTN', kinds.bhtn)];
  return [
    change('U', gx, 'So với tháng trước', bx('changeSincePreviousMonth'), signed(kinds.bhxh)),
    change('V', gx, 'So với cùng kỳ', bx('changeSinceLastYear'), signed(kinds.bhxh)),
    change('W', gt, 'So với tháng trước', bt('changeSincePreviousMonth'), signed(kinds.bhtn)),
    change('X', gt, 'So với cùng kỳ', bt('changeSinceLastYear'), signed(kinds.bhtn)),
    change('Y', end, endHeader('BHXH', kinds.bhxh), bx('projectedYearEnd'), level(kinds.bhxh)),
    change('Z', end, endHeader('BHTN', kinds.bhtn), bt('projectedYearEnd'), level(kinds.bhtn)),
  ];
}

export function progressColumns(kinds: BlockKinds = { bhxh: 'rate', bhtn: 'rate' }): ColumnSpec[] {
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
      kinds.bhxh,
      { parts: 'G', rate: 'H', target: 'I', gap: 'J', share: 'K', need: 'L', status: 'M' },
      (r) => r.bhxh,
      (r) => r.bhxhParticipants,
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
      kinds.bhtn,
      { parts: 'N', rate: 'O', target: 'P', gap: 'Q', share: 'R', need: 'S', status: 'T' },
      (r) => r.bhtnCoverage,
      (r) => r.bhtn,
    ),
    ...changeColumns(kinds),
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
