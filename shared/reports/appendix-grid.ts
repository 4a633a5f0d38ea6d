/**
 * The Phụ lục tables of the progress report as a grid of text cells, whatever draws them: the PDF and the
 * Word document lay out the same cells, spans and emphasis.
 */
import { VERDICT_LABEL, type TargetKind, type Verdict } from '../domain/progress';
import { formatCount, formatOneDecimal, formatRate, formatSignedCount, formatSignedRate } from '../format/vi';
import type { CoverageProgress, ProgressReportModel, ProgressRow } from './model';

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italics?: boolean;
  /** A verdict that needs attention (chậm tiến độ, chưa đạt). */
  alert?: boolean;
  /** Covered by a span of an earlier cell: drawn by that cell. */
  covered?: boolean;
}

export interface Grid {
  /** Column widths in points at the Phụ lục's landscape width; 0 takes what is left. */
  widths: number[];
  headerRows: number;
  rows: GridCell[][];
  /** Index of the shaded total row (the province), last. */
  totalRow: number;
}

const COVER: GridCell = { text: '', covered: true };
const th = (text: string, extra: Partial<GridCell> = {}): GridCell => ({
  text,
  bold: true,
  align: 'center',
  ...extra,
});
const num = (text: string, bold = false): GridCell => ({ text, align: 'right', bold });
const numberRow = (count: number): GridCell[] =>
  Array.from({ length: count }, (_, i) => ({ text: `(${i + 1})`, italics: true, align: 'center' }));

const ALERT: Verdict[] = ['behind', 'not_met'];

/** True when a participant figure of the row is carried from an earlier month: marked with "*". */
export const isCarried = (r: ProgressRow): boolean => r.carriedFrom !== null;

function unitCell(r: ProgressRow, total: boolean): GridCell {
  return { text: total ? 'Toàn tỉnh' : `${r.name}${isCarried(r) ? ' *' : ''}`, bold: total };
}

/**
 * The comparison cells of a row in the block's unit. In a headcount block, a row without a headcount target
 * still shows its participants; its rate-based changes and projection would mislead there and are left out.
 */
function progressCells(c: CoverageProgress, total: boolean, kind: TargetKind, participants: number | null) {
  const count = kind === 'count';
  const same = (c.targetKind ?? 'rate') === kind;
  const value = (v: number | null) => (count ? formatCount(v) : formatRate(v));
  const signed = (v: number | null) => (count ? formatSignedCount(v) : formatSignedRate(v));
  const verdict = c.pace.verdict;
  return [
    num(value(same ? c.actual : participants), total),
    num(value(c.target), total),
    num(signed(c.gap), total),
    num(formatOneDecimal(c.shareReached), total),
    num(formatCount(c.peopleNeeded), total),
    {
      text: VERDICT_LABEL[verdict],
      align: 'center' as const,
      bold: total || verdict === 'met',
      italics: verdict === 'no_target' || verdict === 'no_data' || verdict === 'no_pace',
      alert: ALERT.includes(verdict),
    },
    num(signed(same ? c.changeSincePreviousMonth : null), total),
    num(signed(same ? c.changeSinceLastYear : null), total),
    num(value(same ? c.projectedYearEnd : null), total),
  ];
}

function labels(kind: TargetKind) {
  return kind === 'count'
    ? {
        actual: 'Thực hiện (người)',
        target: 'Chỉ tiêu (người)',
        gap: 'Chênh lệch (người)',
        change: 'Biến động (người)',
        end: 'Ước đến cuối năm (người)',
      }
    : {
        actual: 'Tỷ lệ bao phủ (%)',
        target: 'Chỉ tiêu (%)',
        gap: 'Chênh lệch (điểm %)',
        change: 'Biến động (điểm %)',
        end: 'Ước đến cuối năm (%)',
      };
}

function comparisonHeader(m: ProgressReportModel, kind: TargetKind): GridCell[][] {
  const u = labels(kind);
  const previous = m.comparedWith
    ? m.period.includes('-Q')
      ? 'So với quý trước'
      : `So với T${Number(m.comparedWith.month.slice(5))}/${m.comparedWith.month.slice(0, 4)}`
    : 'So với kỳ trước';
  return [
    [
      th(`So với chỉ tiêu năm ${m.year}`, { colSpan: 5 }),
      COVER,
      COVER,
      COVER,
      COVER,
      th(u.change, { colSpan: 2 }),
      COVER,
      th(u.end, { rowSpan: 2 }),
    ],
    [
      th(u.target),
      th(u.gap),
      th('Đạt so với chỉ tiêu (%)'),
      th('Cần phát triển thêm (người)'),
      th(m.month.endsWith('-12') ? 'Đánh giá' : 'Đánh giá tiến độ'),
      th(previous),
      th('So với cùng kỳ'),
      COVER,
    ],
  ];
}

const COMPARISON_WIDTHS = [30, 34, 34, 40, 62, 36, 36, 34];

function grid(
  m: ProgressReportModel,
  header: GridCell[][],
  counts: (r: ProgressRow, total: boolean) => GridCell[],
  pick: (r: ProgressRow) => CoverageProgress,
  participants: (r: ProgressRow) => number | null,
  kind: TargetKind,
  widths: number[],
): Grid {
  const line = (r: ProgressRow, i: number | null): GridCell[] => {
    const total = i === null;
    return [
      { text: total ? '' : String(i), align: 'center' },
      unitCell(r, total),
      ...counts(r, total),
      ...progressCells(pick(r), total, kind, participants(r)),
    ];
  };
  const rows = [...header, ...m.districts.map((d, i) => line(d, i + 1)), line(m.province, null)];
  return { widths, headerRows: header.length, rows, totalRow: rows.length - 1 };
}

/** Biểu 1: BHXH, with the participants and the comparison with the targets. */
export function bhxhGrid(m: ProgressReportModel): Grid {
  const kind = m.targetKind.bhxh;
  const [c1, c2] = comparisonHeader(m, kind);
  const header: GridCell[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHXH', { colSpan: 3 }),
      COVER,
      COVER,
      th(labels(kind).actual, { rowSpan: 2 }),
      ...c1!,
    ],
    [COVER, COVER, COVER, th('Bắt buộc'), th('Tự nguyện'), th('Tổng số'), COVER, ...c2!],
    numberRow(15),
  ];
  return grid(
    m,
    header,
    (r, total) => [
      num(formatCount(r.laborForce), total),
      num(formatCount(r.bhxhCompulsory), total),
      num(formatCount(r.bhxhVoluntary), total),
      num(formatCount(r.bhxhParticipants), total),
    ],
    (r) => r.bhxh,
    (r) => r.bhxhParticipants,
    kind,
    [14, 0, 40, 36, 36, 40, 32, ...COMPARISON_WIDTHS],
  );
}

/** Biểu 2: BHTN. */
export function bhtnGrid(m: ProgressReportModel): Grid {
  const kind = m.targetKind.bhtn;
  const [c1, c2] = comparisonHeader(m, kind);
  const header: GridCell[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHTN', { rowSpan: 2 }),
      th(labels(kind).actual, { rowSpan: 2 }),
      ...c1!,
    ],
    [COVER, COVER, COVER, COVER, COVER, ...c2!],
    numberRow(13),
  ];
  return grid(
    m,
    header,
    (r, total) => [num(formatCount(r.laborForce), total), num(formatCount(r.bhtn), total)],
    (r) => r.bhtnCoverage,
    (r) => r.bhtn,
    kind,
    [14, 0, 48, 48, 38, ...COMPARISON_WIDTHS],
  );
}
