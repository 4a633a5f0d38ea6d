import ExcelJS from 'exceljs';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { REPORT_TITLE } from '../../../../shared/reports/document';
import { planLine } from '../pdf/progress-pdf';
import { blockKind, progressColumns, type RowContext } from './progress-columns';
import { rawSheet } from './raw-sheet';
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

const HEADER_TOP = 5;
const FIRST_DATA = HEADER_TOP + 3;

export function progressWorkbook(m: ProgressReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.settings.agencyName;
  wb.title = `Báo cáo tiến độ ${m.periodLabel}`;
  wb.created = new Date(m.generatedAt);
  const ws = wb.addWorksheet('Tiến độ', { properties: { defaultRowHeight: 16 } });
  // A headcount plan (after 2025) turns its block into people, as the PDF tables do.
  const rows = [m.province, ...m.districts];
  const cols = progressColumns({
    bhxh: blockKind(rows, (r) => r.bhxh),
    bhtn: blockKind(rows, (r) => r.bhtnCoverage),
  });
  const last = columnLetter(cols.length);
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));

  bandRow(ws, 1, last, m.settings.agencyName.toUpperCase(), { bold: true }, 'left');
  bandRow(ws, 2, last, `${REPORT_TITLE.toUpperCase()} – ${m.periodLabel.toUpperCase()}`, {
    bold: true,
    size: 14,
  });
  bandRow(ws, 3, last, `${m.asOf} – ${planLine(m)}`, { italic: true });
  ws.getRow(2).height = 22;

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
    headerCell(ws.getCell(top, col), c.group.replace('năm', `năm ${m.year}`));
    for (let k = i; k <= j; k++) headerCell(ws.getCell(top + 1, k + 1), cols[k]!.header);
    i = j + 1;
  }
  cols.forEach((_, k) => {
    const c = ws.getCell(top + 2, k + 1);
    c.value = `(${k + 1})`;
    c.font = { name: FONT_NAME, italic: true, size: 9 };
    c.alignment = { horizontal: 'center' };
    c.border = BORDER;
  });
  ws.getRow(top).height = 30;
  ws.getRow(top + 1).height = 42;

  const first = FIRST_DATA;
  const lastRow = first + m.districts.length - 1;
  const totalRow = lastRow + 1;
  const sums = new Set<string>();
  const same = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-6;
  const sumOf = (pick: (r: (typeof m.districts)[number]) => number | null) =>
    m.districts.reduce((s, d) => s + (pick(d) ?? 0), 0);
  const allHave = (pick: (r: (typeof m.districts)[number]) => number | null) =>
    m.districts.every((d) => pick(d) !== null);
  const entered: [string, (r: (typeof m.districts)[number]) => number | null][] = [
    ['D', (r) => r.laborForce],
    ['E', (r) => r.bhxhCompulsory],
    ['F', (r) => r.bhxhVoluntary],
    ['N', (r) => r.bhtn],
  ];
  for (const [col, pick] of entered) if (allHave(pick) && same(pick(m.province), sumOf(pick))) sums.add(col);

  const writeRow = (x: RowContext) => {
    cols.forEach((c, k) => c.write(ws.getCell(x.r, k + 1), x));
    if (x.index === null) for (let k = 1; k <= cols.length; k++) ws.getCell(x.r, k).fill = TOTAL_FILL;
  };
  m.districts.forEach((row, k) => writeRow({ r: first + k, row, index: k + 1, first, last: lastRow, sums }));
  writeRow({ r: totalRow, row: m.province, index: null, first, last: lastRow, sums });

  for (const col of ['M', 'T']) {
    const ref = `${col}${first}:${col}${totalRow}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`$${col}${first}="Đạt"`],
          style: { fill: cfFill('FFC6EFCE'), font: { color: { argb: 'FF006100' } } },
        },
        {
          type: 'expression',
          priority: 2,
          formulae: [`$${col}${first}="Chưa đạt"`],
          style: { fill: cfFill('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } },
        },
      ],
    });
  }
  let r = totalRow + 2;
  bandRow(ws, r++, last, 'Tóm tắt:', { bold: true, italic: true }, 'left');
  for (const p of m.summary) {
    bandRow(ws, r, last, p, {}, 'left');
    ws.getRow(r).height = Math.max(16, Math.ceil(p.length / 180) * 15);
    r++;
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
  printSetup(ws, `${HEADER_TOP}:${HEADER_TOP + 2}`);
  rawSheet(wb, m);
  return wb;
}

export async function renderProgressXlsx(m: ProgressReportModel): Promise<Uint8Array> {
  const buf = await progressWorkbook(m).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
