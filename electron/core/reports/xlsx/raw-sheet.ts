import type ExcelJS from 'exceljs';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { FMT, headerCell, numberCell, printSetup, textCell, bandRow } from './style';

const HEADERS: [string, number][] = [
  ['Mã ĐVHC', 9],
  ['Đơn vị', 22],
  ['Mã chỉ số', 16],
  ['Chỉ số', 36],
  ['Kỳ số liệu', 13],
  ['Giá trị', 12],
  ['Lấy từ kỳ trước', 10],
  ['Tệp nguồn', 34],
  ['Ô nguồn', 10],
  ['Lần nhập số', 9],
  ['Thời điểm nhập', 17],
];

/** The figures behind the report and where each came from (file, cell, import, date). */
export function rawSheet(wb: ExcelJS.Workbook, m: ProgressReportModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Số liệu gốc');
  ws.columns = HEADERS.map(([, width]) => ({ width }));
  bandRow(ws, 1, 'K', `SỐ LIỆU GỐC CỦA BÁO CÁO ${m.periodLabel.toUpperCase()} (${m.asOf.toLowerCase()})`, {
    bold: true,
    size: 12,
  });
  HEADERS.forEach(([h], k) => headerCell(ws.getCell(3, k + 1), h));
  m.raw.forEach((f, k) => {
    const r = 4 + k;
    textCell(ws.getCell(r, 1), f.unit);
    textCell(ws.getCell(r, 2), f.unitName);
    textCell(ws.getCell(r, 3), f.indicator);
    textCell(ws.getCell(r, 4), f.indicatorLabel);
    textCell(ws.getCell(r, 5), observationPeriodLabel(f.period));
    numberCell(ws.getCell(r, 6), f.value, FMT.count);
    textCell(ws.getCell(r, 7), f.carried ? 'Có' : '');
    textCell(ws.getCell(r, 8), f.sourceFile);
    textCell(ws.getCell(r, 9), f.sourceCell);
    numberCell(ws.getCell(r, 10), f.importId, '0');
    const at = ws.getCell(r, 11);
    numberCell(at, null, FMT.date);
    if (f.importedAt) at.value = new Date(f.importedAt);
  });
  ws.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + Math.max(1, m.raw.length), column: HEADERS.length },
  };
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  printSetup(ws, '3:3');
  return ws;
}
