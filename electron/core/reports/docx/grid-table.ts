/** Draws a Phụ lục grid (shared/reports/appendix-grid.ts) as a Word table with repeating header rows. */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Grid, GridCell } from '../../../../shared/reports/appendix-grid';
import { run } from './docx-form';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const HEADER_FILL = 'E6E6E6';
const TOTAL_FILL = 'F2F2F2';
const ALERT = 'B71C1C';

/** Grid widths are in PDF points at the Phụ lục's width; 0 takes what is left of `total` twips. */
function columnTwips(g: Grid, total: number): number[] {
  const fixed = g.widths.reduce((s, w) => s + w * 20, 0);
  return g.widths.map((w) => (w === 0 ? Math.max(1200, total - fixed) : w * 20));
}

export function gridTable(g: Grid, total: number, size = 17): Table {
  const widths = columnTwips(g, total);
  const rows = g.rows.map((row, i) => {
    const header = i < g.headerRows;
    const fill = header ? HEADER_FILL : i === g.totalRow ? TOTAL_FILL : undefined;
    let col = 0;
    const cells: TableCell[] = [];
    for (const c of row) {
      const width = widths.slice(col, col + (c.colSpan ?? 1)).reduce((a, b) => a + b, 0);
      col += 1;
      // Word draws a span from its first cell; the cells it covers are not written.
      if (c.covered) continue;
      cells.push(cell(c, width, fill, i === g.headerRows - 1 && header ? 14 : size));
    }
    return new TableRow({ children: cells, tableHeader: header, cantSplit: true });
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

function cell(c: GridCell, width: number, fill: string | undefined, size: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 40, right: 40, top: 10, bottom: 10 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        alignment: ALIGN[c.align ?? 'left'],
        children: [
          run(c.text, {
            size,
            bold: c.bold ?? false,
            italics: c.italics ?? false,
            ...(c.alert ? { color: ALERT } : {}),
          }),
        ],
      }),
    ],
  });
}
