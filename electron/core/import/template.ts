/**
 * The blank template for a period: units listed with their codes, the header locked, number cells open
 * and validated. Its title states the period and its headers are the catalogue's labels, so it imports
 * without any guessing.
 */
import ExcelJS from 'exceljs';
import { XLSX_MIME, type FileOutput } from '../../../shared/api/files';
import { parsePeriod, type Period } from '../../../shared/domain/period';
import type { Db } from '../db/open';
import { listIndicators } from '../repos/indicators';
import { listUnits, unitsInForce } from '../repos/units';
import { columnLetter } from './cell-value';

function titlePeriod(p: Period): { text: string; month: string } {
  if (p.kind === 'month')
    return {
      text: `Tháng ${String(p.month).padStart(2, '0')} năm ${p.year}`,
      month: `${p.year}-${String(p.month).padStart(2, '0')}`,
    };
  if (p.kind === 'quarter') {
    const roman = ['I', 'II', 'III', 'IV'][p.quarter - 1]!;
    return {
      text: `Kỳ báo cáo: Quý ${roman} năm ${p.year}`,
      month: `${p.year}-${String(p.quarter * 3).padStart(2, '0')}`,
    };
  }
  return { text: `Năm ${p.year}`, month: `${p.year}-12` };
}

export async function buildTemplate(db: Db, periodText: string): Promise<FileOutput> {
  const period = parsePeriod(periodText);
  const { text, month } = titlePeriod(period);
  const indicators = listIndicators(db).filter((i) => i.kind === 'entered');
  const units = unitsInForce(listUnits(db), month).filter((u) => u.level !== 'province');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] });
  const lastCol = 2 + indicators.length + 1;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(1, 1).value = 'BÁO CÁO SỐ NGƯỜI THAM GIA BHXH, BHTN THEO ĐƠN VỊ HÀNH CHÍNH';
  ws.getCell(2, 1).value = text;
  for (const r of [1, 2]) {
    ws.getCell(r, 1).font = { bold: true, size: r === 1 ? 13 : 12 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
  }
  const header = ws.getRow(4);
  header.values = ['Mã đơn vị', 'Đơn vị', ...indicators.map((i) => i.label), 'Ghi chú'];
  header.height = 45;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  units.forEach((u, i) => {
    const row = ws.getRow(5 + i);
    row.getCell(1).value = u.code;
    row.getCell(2).value = u.name;
    for (let c = 3; c <= lastCol; c++) {
      const cell = row.getCell(c);
      cell.protection = { locked: false };
      if (c < lastCol) {
        cell.numFmt = '#,##0';
        cell.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
          errorTitle: 'Số liệu không hợp lệ',
          error: 'Chỉ nhập số người: số nguyên không âm.',
        };
      }
    }
  });
  ws.columns = [{ width: 11 }, { width: 26 }, ...indicators.map(() => ({ width: 18 })), { width: 24 }];
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const help = wb.addWorksheet('Hướng dẫn');
  [
    'HƯỚNG DẪN ĐIỀN MẪU',
    `1. Điền số người vào các ô trắng của trang "Số liệu" cho kỳ: ${text}.`,
    `2. Chỉ nhập số nguyên không âm, không ghi chữ vào cột số liệu (cột ${columnLetter(3)} đến ${columnLetter(lastCol - 1)}).`,
    '3. Không sửa mã đơn vị, tên đơn vị và dòng tiêu đề (đã khóa).',
    '4. Lưu tệp dạng .xlsx và gửi lại BHXH tỉnh.',
  ].forEach((t, i) => {
    help.getCell(i + 1, 1).value = t;
  });
  help.getCell(1, 1).font = { bold: true };
  help.getColumn(1).width = 100;

  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  return { name: `mau-bao-cao-${periodText}.xlsx`, mime: XLSX_MIME, data };
}
