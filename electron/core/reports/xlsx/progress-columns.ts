/**
 * The columns of the two progress sheets (BHXH, BHTN). Computed columns are Excel formulas over the entered
 * ones (with the core's figures as cached results), so a clerk who corrects a count sees every rate follow.
 * Columns are named by what they hold; their letters follow from their place in the sheet.
 */
import type { Cell } from 'exceljs';
import { STATUS_LABEL, VERDICT_LABEL, type TargetKind } from '../../../../shared/domain/progress';
import type { CoverageProgress, ProgressRow } from '../../../../shared/reports/model';
import { isCarriedRow } from './carried';
import { columnLetter, FMT, formulaCell, numberCell, textCell } from './style';

export type ColumnKey =
  | 'stt'
  | 'code'
  | 'name'
  | 'laborForce'
  | 'compulsory'
  | 'voluntary'
  | 'participants'
  | 'rate'
  | 'target'
  | 'gap'
  | 'share'
  | 'need'
  | 'status'
  | 'sinceMonth'
  | 'sinceYear'
  | 'yearEnd';

export interface RowContext {
  r: number;
  row: ProgressRow;
  index: number | null;
  /** First and last district rows, for the total row's sums. */
  first: number;
  last: number;
  /** The total row uses SUM only where the province figure is the sum of the districts'. */
  sums: Set<ColumnKey>;
  /** The letter of a column of this sheet. */
  at: (key: ColumnKey) => string;
}

export interface ColumnSpec {
  key: ColumnKey;
  /** Group header (first header row) or null when the column spans both header rows. */
  group: string | null;
  header: string;
  width: number;
  write: (c: Cell, x: RowContext) => void;
}

/** Letters of a sheet's columns, by key. */
export function letters(cols: ColumnSpec[]): (key: ColumnKey) => string {
  const map = new Map(cols.map((c, i) => [c.key, columnLetter(i + 1)]));
  return (key) => {
    const l = map.get(key);
    if (!l) throw new Error(`no column ${key} in this sheet`);
    return l;
  };
}

const bold = (x: RowContext) => x.index === null;

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
function entered(key: ColumnKey, pick: (r: ProgressRow) => number | null) {
  return (c: Cell, x: RowContext) => {
    const col = x.at(key);
    if (x.index === null && x.sums.has(key))
      formulaCell(c, `SUM(${col}${x.first}:${col}${x.last})`, pick(x.row), FMT.count, true);
    else numberCell(c, pick(x.row), FMT.count, bold(x));
  };
}

/**
 * The formulas of the comparison: a rate plan compares the coverage rate in percentage points and asks
 * for the people behind the missing rate; a headcount plan compares participants with the target directly.
 */
function comparisonFormulas(kind: TargetKind, x: RowContext) {
  const r = x.r;
  const [P, R, T, D] = [x.at('participants'), x.at('rate'), x.at('target'), x.at('laborForce')].map(
    (l) => `${l}${r}`,
  ) as [string, string, string, string];
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
        : `IF(AND(ISNUMBER(${T}),ISNUMBER(${D}),ISNUMBER(${P})),MAX(0,ROUNDUP(${T}*${D}/100-0.000000001,0)-${P}),"")`,
    status: `IF(NOT(ISNUMBER(${T})),"${no_target}",IF(NOT(ISNUMBER(${actual})),"${no_data}",IF(${actual}+0.000000001>=${T},"${met}","${not_met}")))`,
  };
}

/** Rate, target, gap, share, people needed, status for one coverage. */
function coverageColumns(
  group: string,
  kind: TargetKind,
  pick: (r: ProgressRow) => CoverageProgress,
  participants: (r: ProgressRow) => number | null,
): ColumnSpec[] {
  const count = kind === 'count';
  // Cached results only where the row's target is of the block's kind; the formulas agree with them.
  const ours = (x: RowContext) => (sameKind(pick(x.row), kind) ? pick(x.row) : null);
  return [
    {
      key: 'rate',
      group,
      header: 'Tỷ lệ bao phủ (%)',
      width: 8,
      write: (c, x) => {
        const [D, P] = [`${x.at('laborForce')}${x.r}`, `${x.at('participants')}${x.r}`];
        formulaCell(
          c,
          `IF(AND(ISNUMBER(${D}),${D}>0,ISNUMBER(${P})),${P}/${D}*100,"")`,
          coverageRate(pick(x.row), participants(x.row), x.row.laborForce),
          FMT.rate,
          bold(x),
        );
      },
    },
    {
      key: 'target',
      group,
      header: count ? 'Chỉ tiêu (người)' : 'Chỉ tiêu (%)',
      width: count ? 9.5 : 7.5,
      write: (c, x) => numberCell(c, ours(x)?.target ?? null, count ? FMT.count : FMT.rate, bold(x)),
    },
    {
      key: 'gap',
      group,
      header: count ? 'Chênh lệch (người)' : 'Chênh lệch (điểm %)',
      width: count ? 9.5 : 8,
      write: (c, x) =>
        formulaCell(
          c,
          comparisonFormulas(kind, x).gap,
          ours(x)?.gap ?? null,
          count ? FMT.signedCount : FMT.signed,
          bold(x),
        ),
    },
    {
      key: 'share',
      group,
      header: 'Đạt so với KH (%)',
      width: 7.5,
      write: (c, x) =>
        formulaCell(c, comparisonFormulas(kind, x).share, ours(x)?.shareReached ?? null, FMT.share, bold(x)),
    },
    {
      key: 'need',
      group,
      header: 'Cần phát triển thêm (người)',
      width: 9.5,
      write: (c, x) =>
        formulaCell(c, comparisonFormulas(kind, x).need, ours(x)?.peopleNeeded ?? null, FMT.count, bold(x)),
    },
    {
      key: 'status',
      group,
      header: 'Đánh giá',
      width: 13.5,
      write: (c, x) => {
        const p = ours(x);
        // A target not yet met before the year's last month is judged by pace (as in the signed report),
        // which no cell formula can: that verdict is written as text; every other verdict is a live formula.
        if (p && p.pace.verdict !== p.status) textCell(c, VERDICT_LABEL[p.pace.verdict], bold(x));
        else
          formulaCell(
            c,
            comparisonFormulas(kind, x).status,
            STATUS_LABEL[p?.status ?? 'no_target'],
            FMT.text,
            bold(x),
          );
        c.alignment = { horizontal: 'center', vertical: 'middle' };
      },
    },
  ];
}

/**
 * Month-on-month and year-on-year changes and the year-end projection, in the block's unit. A row whose
 * target is of the other kind holds figures in the other unit: they are left out rather than mislabelled.
 */
function changeColumns(kind: TargetKind, pick: (r: ProgressRow) => CoverageProgress): ColumnSpec[] {
  const count = kind === 'count';
  const of = (v: keyof CoverageProgress) => (r: ProgressRow) =>
    sameKind(pick(r), kind) ? (pick(r)[v] as number | null) : null;
  const change = (
    key: ColumnKey,
    group: string | null,
    header: string,
    value: (r: ProgressRow) => number | null,
    fmt: string,
  ): ColumnSpec => ({
    key,
    group,
    header,
    width: 8.5,
    write: (c, x) => numberCell(c, value(x.row), fmt, bold(x)),
  });
  const signed = count ? FMT.signedCount : FMT.signed;
  const group = count ? 'Biến động số người tham gia (người)' : 'Biến động tỷ lệ (điểm %)';
  return [
    change('sinceMonth', group, 'So với tháng trước', of('changeSincePreviousMonth'), signed),
    change('sinceYear', group, 'So với cùng kỳ', of('changeSinceLastYear'), signed),
    change(
      'yearEnd',
      null,
      count ? 'Ước đến cuối năm (người)' : 'Ước tỷ lệ đến cuối năm (%)',
      of('projectedYearEnd'),
      count ? FMT.count : FMT.rate,
    ),
  ];
}

/** STT, code, name and labour force: the first columns of both sheets. */
function unitColumns(laborForce: ColumnSpec['write']): ColumnSpec[] {
  return [
    {
      key: 'stt',
      group: null,
      header: 'STT',
      width: 4.5,
      write: (c, x) => {
        numberCell(c, x.index, '0', bold(x));
        c.alignment = { horizontal: 'center', vertical: 'middle' };
      },
    },
    {
      key: 'code',
      group: null,
      header: 'Mã ĐVHC',
      width: 6.5,
      write: (c, x) => {
        textCell(c, x.row.unit, bold(x));
        c.alignment = { horizontal: 'center', vertical: 'middle' };
      },
    },
    {
      key: 'name',
      group: null,
      header: 'Đơn vị',
      width: 20,
      write: (c, x) => {
        const name = x.index === null ? 'Toàn tỉnh' : `${x.row.name}${isCarriedRow(x.row) ? ' *' : ''}`;
        textCell(c, name, bold(x));
        c.alignment = { vertical: 'middle', wrapText: true };
      },
    },
    { key: 'laborForce', group: null, header: 'Lực lượng lao động (người)', width: 10, write: laborForce },
  ];
}

/** Sheet 1: labour force, BHXH participants (compulsory, voluntary, total), coverage against the target. */
export function bhxhColumns(kind: TargetKind): ColumnSpec[] {
  const parts = 'Số người tham gia BHXH (người)';
  return [
    ...unitColumns(entered('laborForce', (r) => r.laborForce)),
    {
      key: 'compulsory',
      group: parts,
      header: 'Bắt buộc',
      width: 9.5,
      write: entered('compulsory', (r) => r.bhxhCompulsory),
    },
    {
      key: 'voluntary',
      group: parts,
      header: 'Tự nguyện',
      width: 9,
      write: entered('voluntary', (r) => r.bhxhVoluntary),
    },
    {
      key: 'participants',
      group: parts,
      header: 'Tổng số',
      width: 9.5,
      write: (c, x) => {
        const [E, F] = [`${x.at('compulsory')}${x.r}`, `${x.at('voluntary')}${x.r}`];
        formulaCell(
          c,
          `IF(AND(ISNUMBER(${E}),ISNUMBER(${F})),${E}+${F},"")`,
          x.row.bhxhParticipants,
          FMT.count,
          bold(x),
        );
      },
    },
    ...coverageColumns(
      'So với chỉ tiêu năm',
      kind,
      (r) => r.bhxh,
      (r) => r.bhxhParticipants,
    ),
    ...changeColumns(kind, (r) => r.bhxh),
  ];
}

/**
 * Sheet 2: BHTN participants and coverage. Its labour force is read from sheet 1 (same rows), so a
 * corrected figure there moves both coverages.
 */
export function bhtnColumns(kind: TargetKind, bhxhSheet: string): ColumnSpec[] {
  const quoted = `'${bhxhSheet.replace(/'/g, "''")}'`;
  return [
    ...unitColumns((c, x) => {
      const ref = `${quoted}!${x.at('laborForce')}${x.r}`;
      formulaCell(c, `IF(ISNUMBER(${ref}),${ref},"")`, x.row.laborForce, FMT.count, bold(x));
    }),
    {
      key: 'participants',
      group: null,
      header: 'Số người tham gia BHTN (người)',
      width: 10,
      write: entered('participants', (r) => r.bhtn),
    },
    ...coverageColumns(
      'So với chỉ tiêu năm',
      kind,
      (r) => r.bhtnCoverage,
      (r) => r.bhtn,
    ),
    ...changeColumns(kind, (r) => r.bhtnCoverage),
  ];
}
