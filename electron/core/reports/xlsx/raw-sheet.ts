import type ExcelJS from 'exceljs';
import { SEED_INDICATORS } from '../../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../../shared/domain/period';
import type { ProgressReportModel } from '../../../../shared/reports/model';
import { FMT, headerCell, numberCell, printSetup, textCell, bandRow, columnLetter } from './style';
import { vnWallClock } from './vn-time';

/** Widths sized, as the appendix sheets are, to print on A4 landscape at 100 %. */
const HEADERS: [string, number][] = [
  ['Mã ĐVHC', 6.5],
  ['Đơn vị', 17],
  ['Chỉ số', 16],
  ['Kỳ số liệu', 12],
  ['Giá trị', 9],
  ['Lấy từ kỳ trước', 8],
  ['Tệp nguồn', 30],
  ['Ô nguồn', 15.5],
  ['Lần nhập số', 7],
  ['Thời điểm nhập', 16.5],
];

/** The short Vietnamese name of a seeded indicator ("BHXH bắt buộc"), else its full name; never its code. */
const SHORT = new Map(SEED_INDICATORS.map((i) => [i.code, i.shortLabel]));
const indicatorName = (code: string, label: string) => SHORT.get(code) ?? label;

/**
 * The figures behind the report and where each came from (file, cell, import, date). Indicators by their
 * Vietnamese name, never the database code; times on Vietnam's clock.
 */
export function rawSheet(wb: ExcelJS.Workbook, m: ProgressReportModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Số liệu gốc');
  const last = columnLetter(HEADERS.length);
  ws.columns = HEADERS.map(([, width]) => ({ width }));
  bandRow(ws, 1, last, `SỐ LIỆU GỐC CỦA BÁO CÁO ${m.periodLabel.toUpperCase()} (${m.asOf.toLowerCase()})`, {
    bold: true,
    size: 12,
  });
  HEADERS.forEach(([h], k) => headerCell(ws.getCell(3, k + 1), h));
  ws.getRow(3).height = 42;
  m.raw.forEach((f, k) => {
    const r = 4 + k;
    textCell(ws.getCell(r, 1), f.unit);
    textCell(ws.getCell(r, 2), f.unitName);
    textCell(ws.getCell(r, 3), indicatorName(f.indicator, f.indicatorLabel));
    textCell(ws.getCell(r, 4), observationPeriodLabel(f.period));
    numberCell(ws.getCell(r, 5), f.value, FMT.count);
    textCell(ws.getCell(r, 6), f.carried ? 'Có' : '');
    ws.getCell(r, 6).alignment = { horizontal: 'center' };
    textCell(ws.getCell(r, 7), f.sourceFile);
    textCell(ws.getCell(r, 8), f.sourceCell);
    for (const k of [2, 3]) ws.getCell(r, k).alignment = { wrapText: true, vertical: 'top' };
    numberCell(ws.getCell(r, 9), f.importId, '0');
    const at = ws.getCell(r, 10);
    numberCell(at, null, FMT.date);
    if (f.importedAt) at.value = vnWallClock(f.importedAt);
  });
  ws.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + Math.max(1, m.raw.length), column: HEADERS.length },
  };
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  printSetup(ws, '3:3', 'landscape', m.generatedAt);
  return ws;
}
