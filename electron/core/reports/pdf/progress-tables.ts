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

function progressCells(c: CoverageProgress, total: boolean): Content[] {
  const count = c.targetKind === 'count';
  const value = (v: number | null) => (count ? formatCount(v) : formatRate(v));
  const signed = (v: number | null) => (count ? formatSignedCount(v) : formatSignedRate(v));
  return [
    num(value(c.actual), total),
    num(value(c.target), total),
    num(signed(c.gap), total),
    num(formatOneDecimal(c.shareReached), total),
    num(formatCount(c.peopleNeeded), total),
    statusCell(c.status, total),
    num(signed(c.changeSincePreviousMonth), total),
    num(signed(c.changeSinceLastYear), total),
    num(value(c.projectedYearEnd), total),
  ];
}

function comparisonHeader(year: number): Content[][] {
  return [
    [
      th(`So với chỉ tiêu năm ${year}`, { colSpan: 5 }),
      span(),
      span(),
      span(),
      span(),
      th('Biến động (điểm %)', { colSpan: 2 }),
      span(),
      th('Ước đến cuối năm (%)', { rowSpan: 2 }),
    ],
    [
      th('Chỉ tiêu (%)'),
      th('Chênh lệch (điểm %)'),
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
  widths: (number | string)[],
): Content {
  const line = (r: ProgressRow, i: number | null): Content[] => {
    const total = i === null;
    const cells: Content[] = [
      { text: total ? '' : String(i), alignment: 'center' },
      unitCell(r, total),
      ...counts(r, total),
      // progressCells starts with the actual rate, which sits in the "Tỷ lệ bao phủ" column.
      ...progressCells(progressOf(r), total),
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
  const [c1, c2] = comparisonHeader(m.year);
  const header: Content[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHXH', { colSpan: 3 }),
      span(),
      span(),
      th('Tỷ lệ bao phủ (%)', { rowSpan: 2 }),
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
    [14, '*', 46, 42, 42, 44, 36, ...COMPARISON_WIDTHS],
  );
}

/** Table 2: BHTN. */
export function bhtnTable(m: ProgressReportModel): Content {
  const [c1, c2] = comparisonHeader(m.year);
  const header: Content[][] = [
    [
      th('TT', { rowSpan: 2 }),
      th('Đơn vị', { rowSpan: 2 }),
      th('Lực lượng lao động (người)', { rowSpan: 2 }),
      th('Số người tham gia BHTN', { rowSpan: 2 }),
      th('Tỷ lệ bao phủ (%)', { rowSpan: 2 }),
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
    [14, '*', 52, 52, 40, ...COMPARISON_WIDTHS],
  );
}
