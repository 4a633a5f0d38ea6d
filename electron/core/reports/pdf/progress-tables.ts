import type { Content } from 'pdfmake';
import {
  formatCount,
  formatOneDecimal,
  formatRate,
  formatSignedCount,
  formatSignedRate,
} from '../../../../shared/format/vi';
import type { CoverageProgress, ProgressReportModel, ProgressRow } from '../../../../shared/reports/model';
import { TABLE_LAYOUT } from './admin-form';
import { num, numberRow, span, statusCell, th, TOTAL_FILL } from './cells';

/** True when a participant figure of the row is carried from an earlier month: marked with "*". */
export const isCarried = (r: ProgressRow): boolean => r.carriedNotes.some((x) => x.includes('chuyển từ'));

const unitCell = (r: ProgressRow, total: boolean): Content => ({
  text: total ? 'Toàn tỉnh' : `${r.name}${isCarried(r) ? ' *' : ''}`,
  bold: total,
});

/**
 * The comparison cells of a row in the table's unit. In a headcount table, a row without a headcount target
 * still shows its participants; its rate-based changes and projection would mislead there and are left out.
 */
function progressCells(
  c: CoverageProgress,
  total: boolean,
  kind: 'rate' | 'count',
  participants: number | null,
): Content[] {
  const count = kind === 'count';
  const same = (c.targetKind ?? 'rate') === kind;
  const value = (v: number | null) => (count ? formatCount(v) : formatRate(v));
  const signed = (v: number | null) => (count ? formatSignedCount(v) : formatSignedRate(v));
  return [
    num(value(same ? c.actual : participants), total),
    num(value(c.target), total),
    num(signed(c.gap), total),
    num(formatOneDecimal(c.shareReached), total),
    num(formatCount(c.peopleNeeded), total),
    statusCell(c.status, total),
    num(signed(same ? c.changeSincePreviousMonth : null), total),
    num(signed(same ? c.changeSinceLastYear : null), total),
    num(value(same ? c.projectedYearEnd : null), total),
  ];
}

/** Headcount plans (after 2025) set people, not rates: the columns say which one they hold. */
function unitsOf(m: ProgressReportModel, pick: (r: ProgressRow) => CoverageProgress) {
  const kind = [m.province, ...m.districts].map((r) => pick(r).targetKind).find((k) => k !== null) ?? 'rate';
  const labels =
    kind === 'count'
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
  return { kind, ...labels };
}

function comparisonHeader(year: number, u: ReturnType<typeof unitsOf>): Content[][] {
  return [
    [
      th(`So với chỉ tiêu năm ${year}`, { colSpan: 5 }),
      span(),
      span(),
      span(),
      span(),
      th(u.change, { colSpan: 2 }),
      span(),
      th(u.end, { rowSpan: 2 }),
    ],
    [
      th(u.target),
      th(u.gap),
      th('Đạt so với KH (%)'),
      th('Cần phát triển thêm (người)'),
      th('Đánh giá'),
      th('So với tháng trước'),
      th('So với cùng kỳ'),
      span(),
    ],
  ];
}

const COMPARISON_WIDTHS = [34, 40, 38, 46, 58, 40, 38, 38];

/**
 * One district table: its own header rows (with the numbers row last), the count cells of a row, then the
 * comparison with the plan; the province total closes it, shaded.
 */
function districtTable(
  m: ProgressReportModel,
  header: Content[][],
  counts: (r: ProgressRow, total: boolean) => Content[],
  progressOf: (r: ProgressRow) => ProgressRow['bhxh'],
  participantsOf: (r: ProgressRow) => number | null,
  kind: 'rate' | 'count',
  widths: (number | string)[],
): Content {
  const line = (r: ProgressRow, i: number | null): Content[] => {
    const total = i === null;
    const cells: Content[] = [
      { text: total ? '' : String(i), alignment: 'center' },
      unitCell(r, total),
      ...counts(r, total),
      // progressCells starts with the actual rate, which sits in the "Tỷ lệ bao phủ" column.
      ...progressCells(progressOf(r), total, kind, participantsOf(r)),
    ];
    return total ? cells.map((c) => ({ ...(c as object), fillColor: TOTAL_FILL })) : cells;
  };
  const body: Content[][] = [...header];
  m.districts.forEach((d, i) => body.push(line(d, i + 1)));
  body.push(line(m.province, null));
  return {
    table: { headerRows: header.length, dontBreakRows: true, widths, body },
    layout: TABLE_LAYOUT,
    fontSize: 8.5,
  };
}

/** Table 1: BHXH, with the participants and the comparison with the plan. */
export function bhxhTable(m: ProgressReportModel): Content {
  const u = unitsOf(m, (r) => r.bhxh);
  const [c1, c2] = comparisonHeader(m.year, u);
  const header: Content[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHXH', { colSpan: 3 }),
      span(),
      span(),
      th(u.actual, { rowSpan: 2 }),
      ...c1!,
    ],
    [span(), span(), span(), th('Bắt buộc'), th('Tự nguyện'), th('Tổng số'), span(), ...c2!],
    numberRow(15),
  ];
  return districtTable(
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
    u.kind,
    [14, '*', 46, 42, 42, 44, 36, ...COMPARISON_WIDTHS],
  );
}

/** Table 2: BHTN. */
export function bhtnTable(m: ProgressReportModel): Content {
  const u = unitsOf(m, (r) => r.bhtnCoverage);
  const [c1, c2] = comparisonHeader(m.year, u);
  const header: Content[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHTN', { rowSpan: 2 }),
      th(u.actual, { rowSpan: 2 }),
      ...c1!,
    ],
    [span(), span(), span(), span(), span(), ...c2!],
    numberRow(13),
  ];
  return districtTable(
    m,
    header,
    (r, total) => [num(formatCount(r.laborForce), total), num(formatCount(r.bhtn), total)],
    (r) => r.bhtnCoverage,
    (r) => r.bhtn,
    u.kind,
    [14, '*', 52, 52, 40, ...COMPARISON_WIDTHS],
  );
}
