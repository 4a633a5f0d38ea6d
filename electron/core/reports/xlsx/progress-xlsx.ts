/**
 * The progress report as a workbook: the appendix of the signed report, split so every printed page is
 * readable (BHXH and BHTN on their own A4 landscape sheets at 100 %), the written summary and the
 * raw figures.
 */
import ExcelJS from 'exceljs';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { bhtnColumns, bhxhColumns } from './progress-columns';
import { progressSheet } from './progress-sheet';
import { withReportDefaultFont } from './default-font';
import { rawSheet } from './raw-sheet';
import { summarySheet } from './summary-sheet';

export const BHXH_SHEET = 'Phụ lục 01 - BHXH';
export const BHTN_SHEET = 'Phụ lục 02 - BHTN';

export function progressWorkbook(m: ProgressReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.settings.agencyName;
  wb.title = `Báo cáo tiến độ ${m.periodLabel}`;
  wb.created = new Date(m.generatedAt);
  // A headcount plan (after 2025) turns its block into people, as the PDF tables do.
  const view = { properties: { defaultRowHeight: 16 } };
  progressSheet(wb.addWorksheet(BHXH_SHEET, view), m, {
    appendix: 1,
    title: `Tình hình phát triển người tham gia bảo hiểm xã hội – ${m.periodLabel}`,
    cols: bhxhColumns(m.targetKind.bhxh),
    summable: [
      ['laborForce', (r) => r.laborForce],
      ['compulsory', (r) => r.bhxhCompulsory],
      ['voluntary', (r) => r.bhxhVoluntary],
    ],
  });
  progressSheet(wb.addWorksheet(BHTN_SHEET, view), m, {
    appendix: 2,
    title: `Tình hình phát triển người tham gia bảo hiểm thất nghiệp – ${m.periodLabel}`,
    cols: bhtnColumns(m.targetKind.bhtn, BHXH_SHEET),
    summable: [['participants', (r) => r.bhtn]],
  });
  summarySheet(wb, m);
  rawSheet(wb, m);
  return wb;
}

export async function renderProgressXlsx(m: ProgressReportModel): Promise<Uint8Array> {
  const buf = await progressWorkbook(m).xlsx.writeBuffer();
  return withReportDefaultFont(new Uint8Array(buf as ArrayBuffer));
}
