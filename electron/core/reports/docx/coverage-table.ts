/**
 * The coverage chart as a Word table: a bar per unit drawn with shaded cells and the target as a red rule,
 * so Word and LibreOffice draw it alike and the office can still edit the figures beside it.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatRate } from '../../../../shared/format/vi';
import { niceScale } from '../chart/svg';
import { run } from './docx-form';

export interface BarRow {
  label: string;
  value: number | null;
  target: number | null;
  total?: boolean;
}

const BAR = 'A6A6A6';
const BAR_TOTAL = '595959';
const TARGET = 'B71C1C';
const NAME = 2900;
const FIGURE = 1000;

const text = (
  t: string,
  align: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold = false,
  size = 18,
) => new Paragraph({ alignment: align, children: [run(t, { size, bold })] });

function barCells(r: BarRow, width: number, max: number): { cells: TableCell[]; widths: number[] } {
  const at = (v: number) => Math.max(0, Math.min(width, Math.round((v / max) * width)));
  const stops = [...new Set([r.value, r.target].filter((v): v is number => v !== null).map(at))]
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  const cells: TableCell[] = [];
  const widths: number[] = [];
  let from = 0;
  const valueAt = r.value !== null ? at(r.value) : 0;
  const targetAt = r.target !== null ? at(r.target) : -1;
  for (const to of [...stops, width]) {
    if (to <= from) continue;
    const filled = to <= valueAt;
    widths.push(to - from);
    cells.push(
      new TableCell({
        width: { size: to - from, type: WidthType.DXA },
        borders: {
          ...TableBorders.NONE,
          right:
            to === targetAt
              ? { style: BorderStyle.SINGLE, size: 18, color: TARGET }
              : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        },
        ...(filled
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: r.total ? BAR_TOTAL : BAR } }
          : {}),
        children: [new Paragraph({ children: [run('', { size: 12 })] })],
      }),
    );
    from = to;
  }
  return { cells, widths };
}

export function coverageTable(
  rows: BarRow[],
  total: number,
  legend: { value: string; target: string },
): Table {
  const barWidth = total - NAME - 2 * FIGURE;
  const max = niceScale(Math.max(0, ...rows.flatMap((r) => [r.value ?? 0, r.target ?? 0])) * 1.05).max;
  const cell = (children: (Paragraph | Table)[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: TableBorders.NONE,
      verticalAlign: VerticalAlign.CENTER,
      // A little air between bars.
      margins: { top: 30, bottom: 30, left: 40, right: 40 },
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([text('Đơn vị', AlignmentType.LEFT, true)], NAME),
      cell(
        [text(`${legend.value} (thanh xám); ${legend.target} (vạch đỏ)`, AlignmentType.LEFT, true)],
        barWidth,
      ),
      cell([text('Tỷ lệ (%)', AlignmentType.RIGHT, true)], FIGURE),
      cell([text('Chỉ tiêu (%)', AlignmentType.RIGHT, true)], FIGURE),
    ],
  });
  const body = rows.map((r) => {
    const bar = barCells(r, barWidth, max);
    return new TableRow({
      cantSplit: true,
      children: [
        cell([text(r.label, AlignmentType.LEFT, r.total)], NAME),
        cell(
          [
            new Table({
              width: { size: barWidth, type: WidthType.DXA },
              columnWidths: bar.widths,
              borders: TableBorders.NONE,
              rows: [new TableRow({ children: bar.cells })],
            }),
          ],
          barWidth,
        ),
        cell([text(formatRate(r.value), AlignmentType.RIGHT, r.total)], FIGURE),
        cell([text(formatRate(r.target), AlignmentType.RIGHT, r.total)], FIGURE),
      ],
    });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [NAME, barWidth, FIGURE, FIGURE],
    borders: TableBorders.NONE,
    rows: [header, ...body],
  });
}
