/** Draws the Phụ lục grids (shared/reports/appendix-grid.ts) as pdfmake tables. */
import type { Content } from 'pdfmake';
import type { Grid, GridCell } from '../../../../shared/reports/appendix-grid';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { bhtnGrid, bhxhGrid } from '../../../../shared/reports/appendix-grid';
import { TARGET_COLOUR } from '../chart/coverage-bars';
import { TABLE_LAYOUT } from './admin-form';
import { HEADER_FILL, TOTAL_FILL } from './cells';

function cell(c: GridCell, fill: string | undefined): Content {
  if (c.covered) return {};
  return {
    text: c.text,
    alignment: c.align ?? 'left',
    bold: c.bold ?? false,
    italics: c.italics ?? false,
    color: c.alert ? TARGET_COLOUR : '#000000',
    noWrap: c.align === 'right',
    verticalAlignment: 'middle',
    ...(c.colSpan ? { colSpan: c.colSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    ...(fill ? { fillColor: fill } : {}),
  };
}

export function gridTable(g: Grid): Content {
  const body = g.rows.map((row, i) =>
    row.map((c) => {
      const fill = i < g.headerRows ? HEADER_FILL : i === g.totalRow ? TOTAL_FILL : undefined;
      const drawn = cell(c, fill);
      // The "(1) (2) …" row under the header is set smaller, as the form prints it.
      return i === g.headerRows - 1 && !c.covered ? { ...(drawn as object), fontSize: 7.5 } : drawn;
    }),
  );
  return {
    table: {
      headerRows: g.headerRows,
      dontBreakRows: true,
      widths: g.widths.map((w) => (w === 0 ? '*' : w)),
      body,
    },
    layout: TABLE_LAYOUT,
    fontSize: 8.5,
  };
}

export const bhxhTable = (m: ProgressReportModel): Content => gridTable(bhxhGrid(m));
export const bhtnTable = (m: ProgressReportModel): Content => gridTable(bhtnGrid(m));
