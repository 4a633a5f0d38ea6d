/**
 * One appendix sheet of the progress report: caption, a two-row header with a row of column numbers,
 * the districts, the province total, notes. Sized to print on A4 landscape at 100 % (see widthBudget).
 */
import type ExcelJS from 'exceljs';
import type { ProgressReportModel, ProgressRow } from '../../../../shared/reports/model';
import { planLine } from '../pdf/progress-pdf';
import { appendixLabel, attachedToLine } from './caption';
import { isCarriedRow } from './carried';
import { letters, type ColumnKey, type ColumnSpec, type RowContext } from './progress-columns';
import {
  bandRow,
  BORDER,
  cfFill,
  columnLetter,
  FONT_NAME,
  headerCell,
  printSetup,
  TOTAL_FILL,
} from './style';

/** Rows of the caption above the table; the header follows a blank row. */
export const HEADER_TOP = 6;
export const FIRST_DATA = HEADER_TOP + 3;

export interface SheetPlan {
  /** Appendix number (Phụ lục 01, 02). */
  appendix: number;
  title: string;
  cols: ColumnSpec[];
  /** Entered columns whose total row may be a SUM of the districts, with the figure they hold. */
  summable: [ColumnKey, (r: ProgressRow) => number | null][];
}

/** Writes a merged text line and sizes its row for the wrapped lines a clerk will see. */
function paragraph(
  ws: ExcelJS.Worksheet,
  r: number,
  last: string,
  text: string,
  chars: number,
  italic = false,
) {
  bandRow(ws, r, last, text, { size: 11, italic }, 'left');
  ws.getCell(`A${r}`).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  ws.getRow(r).height = Math.max(15.5, Math.ceil(text.length / chars) * 14.5);
}

/** Units with the same notes share one line: seventeen late districts make one line, not seventeen. */
function groupedNotes(rows: ProgressRow[]): string[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    if (r.carriedNotes.length === 0) continue;
    const text = r.carriedNotes.join('; ');
    groups.set(text, [...(groups.get(text) ?? []), r.level === 'province' ? 'Toàn tỉnh' : r.name]);
  }
  return [...groups].map(([text, names]) => `- ${names.join(', ')}: ${text}.`);
}

export function progressSheet(ws: ExcelJS.Worksheet, m: ProgressReportModel, plan: SheetPlan): void {
  const { cols } = plan;
  const at = letters(cols);
  const last = columnLetter(cols.length);
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));
  // Characters of 11 pt text a merged line across the table holds, for the row heights of wrapped lines.
  const lineChars = Math.floor(cols.reduce((s, c) => s + c.width, 0) * 0.95);

  bandRow(ws, 1, last, appendixLabel(plan.appendix), { bold: true, size: 13 });
  bandRow(ws, 2, last, plan.title.toUpperCase(), { bold: true, size: 12 });
  bandRow(ws, 3, last, attachedToLine(m.settings, m.generatedAt), { italic: true, size: 12 });
  bandRow(ws, 4, last, `${m.periodLabel} (${m.asOf.toLowerCase()}) – ${planLine(m)}`, { italic: true });
  ws.getRow(HEADER_TOP - 1).height = 6;
  ws.getRow(2).height = Math.max(18, Math.ceil(plan.title.length / lineChars) * 17);

  // Two header rows: a group over its columns, or one cell spanning both; then the "(1) (2) …" row.
  const top = HEADER_TOP;
  let i = 0;
  while (i < cols.length) {
    const c = cols[i]!;
    const col = i + 1;
    if (c.group === null) {
      ws.mergeCells(top, col, top + 1, col);
      headerCell(ws.getCell(top, col), c.header);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cols.length && cols[j + 1]!.group === c.group) j++;
    if (j > i) ws.mergeCells(top, col, top, j + 1);
    headerCell(ws.getCell(top, col), c.group.replace(/năm$/, `năm ${m.year}`));
    for (let k = i; k <= j; k++) headerCell(ws.getCell(top + 1, k + 1), cols[k]!.header);
    i = j + 1;
  }
  cols.forEach((_, k) => {
    const c = ws.getCell(top + 2, k + 1);
    c.value = `(${k + 1})`;
    c.font = { name: FONT_NAME, italic: true, size: 10 };
    c.alignment = { horizontal: 'center' };
    c.border = BORDER;
  });
  ws.getRow(top).height = 28;
  ws.getRow(top + 1).height = 54;

  const first = FIRST_DATA;
  const lastRow = first + m.districts.length - 1;
  const totalRow = lastRow + 1;
  const same = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-6;
  const sums = new Set<ColumnKey>();
  for (const [key, pick] of plan.summable) {
    const all = m.districts.every((d) => pick(d) !== null);
    const total = m.districts.reduce((s, d) => s + (pick(d) ?? 0), 0);
    if (all && same(pick(m.province), total)) sums.add(key);
  }

  const writeRow = (x: RowContext) => {
    cols.forEach((c, k) => c.write(ws.getCell(x.r, k + 1), x));
    ws.getRow(x.r).height = 15.5;
    if (x.index === null) for (let k = 1; k <= cols.length; k++) ws.getCell(x.r, k).fill = TOTAL_FILL;
  };
  const ctx = { first, last: lastRow, sums, at };
  m.districts.forEach((row, k) => writeRow({ ...ctx, r: first + k, row, index: k + 1 }));
  writeRow({ ...ctx, r: totalRow, row: m.province, index: null });

  const status = at('status');
  ws.addConditionalFormatting({
    ref: `${status}${first}:${status}${totalRow}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${status}${first}="Đạt"`],
        style: { fill: cfFill('FFC6EFCE'), font: { color: { argb: 'FF006100' } } },
      },
      {
        type: 'expression',
        priority: 2,
        formulae: [`$${status}${first}="Chưa đạt"`],
        style: { fill: cfFill('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } },
      },
    ],
  });

  ws.getRow(totalRow + 1).height = 8;
  let r = totalRow + 2;
  const rows = [...m.districts, m.province];
  const notes = groupedNotes(rows);
  if (notes.length) {
    bandRow(ws, r++, last, 'Ghi chú:', { bold: true, italic: true }, 'left');
    if (rows.some(isCarriedRow))
      paragraph(
        ws,
        r++,
        last,
        '(*) Đơn vị chưa gửi số liệu kỳ này: số liệu lấy từ kỳ gần nhất.',
        lineChars,
        true,
      );
    for (const n of notes) paragraph(ws, r++, last, n, lineChars);
  }

  ws.views = [
    {
      state: 'frozen',
      xSplit: 3,
      ySplit: FIRST_DATA - 1,
      topLeftCell: `D${FIRST_DATA}`,
      activeCell: `D${FIRST_DATA}`,
    },
  ];
  printSetup(ws, `${HEADER_TOP}:${HEADER_TOP + 2}`, 'landscape', m.generatedAt);
}
