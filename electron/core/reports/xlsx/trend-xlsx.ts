import ExcelJS from 'exceljs';
import { monthLabel } from '../../../../shared/domain/period';
import type { TrendReportModel } from '../../../../shared/reports/model';
import { withReportDefaultFont } from './default-font';
import { bandRow, FMT, formulaCell, headerCell, numberCell, printSetup, textCell } from './style';

const HEADERS: [string, number][] = [
  ['Tháng', 14],
  ['Lực lượng lao động (người)', 13],
  ['Tham gia BHXH (người)', 13],
  ['Tỷ lệ bao phủ BHXH (%)', 11],
  ['Chỉ tiêu BHXH (%)', 10],
  ['Tham gia BHTN (người)', 13],
  ['Tỷ lệ bao phủ BHTN (%)', 11],
  ['Chỉ tiêu BHTN (%)', 10],
  ['Ghi chú', 30],
];

export function trendWorkbook(m: TrendReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.settings.agencyName;
  const ws = wb.addWorksheet('Xu hướng', { properties: { defaultRowHeight: 16 } });
  ws.columns = HEADERS.map(([, width]) => ({ width }));
  bandRow(ws, 1, 'I', m.settings.agencyName.toUpperCase(), { bold: true }, 'left');
  bandRow(ws, 2, 'I', `DIỄN BIẾN TỶ LỆ BAO PHỦ BHXH, BHTN – ${m.unitName.toUpperCase()}`, {
    bold: true,
    size: 13,
  });
  bandRow(
    ws,
    3,
    'I',
    `Từ ${monthLabel(m.fromMonth).toLowerCase()} đến ${monthLabel(m.toMonth).toLowerCase()}`,
    { italic: true },
  );
  HEADERS.forEach(([h], k) => headerCell(ws.getCell(5, k + 1), h));
  ws.getRow(5).height = 32;
  m.points.forEach((p, k) => {
    const r = 6 + k;
    textCell(ws.getCell(r, 1), monthLabel(p.month));
    numberCell(ws.getCell(r, 2), p.laborForce, FMT.count);
    numberCell(ws.getCell(r, 3), p.bhxhParticipants, FMT.count);
    formulaCell(
      ws.getCell(r, 4),
      `IF(AND(ISNUMBER(B${r}),N(B${r})>0,ISNUMBER(C${r})),C${r}/B${r}*100,"")`,
      p.bhxhCoverage,
      FMT.rate,
    );
    numberCell(ws.getCell(r, 5), p.bhxhTarget, FMT.rate);
    numberCell(ws.getCell(r, 6), p.bhtn, FMT.count);
    formulaCell(
      ws.getCell(r, 7),
      `IF(AND(ISNUMBER(B${r}),N(B${r})>0,ISNUMBER(F${r})),F${r}/B${r}*100,"")`,
      p.bhtnCoverage,
      FMT.rate,
    );
    numberCell(ws.getCell(r, 8), p.bhtnTarget, FMT.rate);
    textCell(ws.getCell(r, 9), p.carried ? 'Số liệu lấy từ kỳ trước (chưa gửi tháng này)' : '');
  });
  const r = 7 + m.points.length;
  const proj = (v: number | null) => (v === null ? 'chưa đủ số liệu' : `${v.toFixed(2).replace('.', ',')}%`);
  bandRow(
    ws,
    r,
    'I',
    `Ước đến cuối năm theo xu hướng: BHXH ${proj(m.projectedYearEnd.bhxh)}; BHTN ${proj(m.projectedYearEnd.bhtn)}.`,
    { italic: true },
    'left',
  );
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 5 }];
  // Nine columns at 100 %: landscape, as the progress workbook's tables.
  printSetup(ws, '5:5', 'landscape', m.generatedAt);
  return wb;
}

export async function renderTrendXlsx(m: TrendReportModel): Promise<Uint8Array> {
  return withReportDefaultFont(new Uint8Array((await trendWorkbook(m).xlsx.writeBuffer()) as ArrayBuffer));
}
