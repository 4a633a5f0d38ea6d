import type ExcelJS from 'exceljs';
import { REPORT_TITLE } from '../../../../shared/reports/document';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { planLine } from '../pdf/progress-pdf';
import { bandRow, FONT_NAME, printSetup } from './style';

/** Characters of 12 pt text one line of the sheet holds, for the height of a wrapped paragraph. */
const LINE_CHARS = 95;

/** The written summary on its own A4 portrait sheet, so the appendix sheets print as tables only. */
export function summarySheet(wb: ExcelJS.Workbook, m: ProgressReportModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Tóm tắt');
  ws.columns = [{ width: 100 }];
  bandRow(ws, 1, 'A', m.settings.agencyName.toUpperCase(), { bold: true, size: 12 });
  bandRow(ws, 2, 'A', `${REPORT_TITLE.toUpperCase()} – ${m.periodLabel.toUpperCase()}`, {
    bold: true,
    size: 12,
  });
  ws.getRow(2).height = 34;
  bandRow(ws, 3, 'A', `${m.asOf} – ${planLine(m)}`, { italic: true, size: 12 });
  ws.getRow(3).height = 34;
  m.summary.forEach((p, k) => {
    const c = ws.getCell(5 + k, 1);
    c.value = p;
    c.font = { name: FONT_NAME, size: 12 };
    c.alignment = { horizontal: 'justify', vertical: 'top', wrapText: true, indent: 1 };
    ws.getRow(5 + k).height = Math.ceil(p.length / LINE_CHARS) * 16 + 6;
  });
  printSetup(ws, '', 'portrait', m.generatedAt);
  return ws;
}
