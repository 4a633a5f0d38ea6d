import ExcelJS from 'exceljs';
import type { CompletenessReportModel } from '../../../../shared/reports/model';
import { withReportDefaultFont } from './default-font';
import {
  bandRow,
  BORDER,
  cfFill,
  columnLetter,
  FONT_NAME,
  formulaCell,
  headerCell,
  printSetup,
  textCell,
} from './style';

export const SENT_MARK = 'x';

export function completenessWorkbook(m: CompletenessReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.settings.agencyName;
  const ws = wb.addWorksheet('Tình hình gửi số liệu', { properties: { defaultRowHeight: 16 } });
  const lastMonthCol = 2 + m.months.length;
  const countCol = lastMonthCol + 1;
  const last = columnLetter(countCol);
  ws.columns = [{ width: 9 }, { width: 24 }, ...m.months.map(() => ({ width: 6 })), { width: 12 }];
  bandRow(ws, 1, last, m.settings.agencyName.toUpperCase(), { bold: true }, 'left');
  const districtsOnly = m.rows.every((r) => r.level === 'district');
  bandRow(
    ws,
    2,
    last,
    `TÌNH HÌNH GỬI SỐ LIỆU CỦA CÁC ĐƠN VỊ${districtsOnly ? ' CẤP HUYỆN' : ''} NĂM ${m.year}`,
    { bold: true, size: 13 },
  );
  bandRow(
    ws,
    3,
    last,
    `"${SENT_MARK}": đơn vị đã gửi số liệu của tháng; ô trống: chưa gửi${districtsOnly ? '' : '; "/": đơn vị chưa có hoặc không còn trong tháng đó'}.`,
    { italic: true },
  );
  headerCell(ws.getCell(5, 1), 'Mã ĐVHC');
  headerCell(ws.getCell(5, 2), 'Đơn vị');
  m.months.forEach((mo, k) => headerCell(ws.getCell(5, 3 + k), `T${Number(mo.slice(5))}`));
  headerCell(ws.getCell(5, countCol), 'Số tháng đã gửi');
  const first = columnLetter(3);
  const lastM = columnLetter(lastMonthCol);
  m.rows.forEach((row, i) => {
    const r = 6 + i;
    textCell(ws.getCell(r, 1), row.unit);
    textCell(ws.getCell(r, 2), row.name);
    row.sent.forEach((s, k) => {
      const c = ws.getCell(r, 3 + k);
      c.value = s ? SENT_MARK : s === null ? '/' : '';
      c.alignment = { horizontal: 'center' };
      c.font = { name: FONT_NAME, size: 10, bold: true };
      c.border = BORDER;
    });
    formulaCell(
      ws.getCell(r, countCol),
      `COUNTIF(${first}${r}:${lastM}${r},"${SENT_MARK}")`,
      row.sent.filter(Boolean).length,
      '0',
    );
  });
  const end = 5 + m.rows.length;
  if (m.rows.length) {
    ws.addConditionalFormatting({
      ref: `${first}6:${lastM}${end}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`${first}6="${SENT_MARK}"`],
          style: { fill: cfFill('FFC6EFCE') },
        },
        {
          type: 'expression',
          priority: 2,
          formulae: [`AND(${first}6<>"${SENT_MARK}",${first}6<>"/")`],
          style: { fill: cfFill('FFFFC7CE') },
        },
      ],
    });
  }
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 5 }];
  printSetup(ws, '5:5', 'landscape', m.generatedAt);
  return wb;
}

export async function renderCompletenessXlsx(m: CompletenessReportModel): Promise<Uint8Array> {
  return withReportDefaultFont(
    new Uint8Array((await completenessWorkbook(m).xlsx.writeBuffer()) as ArrayBuffer),
  );
}
