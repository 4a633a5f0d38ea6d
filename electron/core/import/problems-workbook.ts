/** The problems of an import as a workbook to send back to the district. */
import ExcelJS from 'exceljs';
import { XLSX_MIME, type FileOutput } from '../../../shared/api/files';
import type { ImportPreview } from '../../../shared/api/import-types';
import { formatDate } from '../../../shared/format/vi';

export async function problemsWorkbook(preview: ImportPreview): Promise<FileOutput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Các vấn đề', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'CÁC VẤN ĐỀ CẦN SỬA TRONG TỆP SỐ LIỆU';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value =
    `Tệp: ${preview.files.map((f) => f.name).join(', ')} — kiểm tra ngày ${formatDate(new Date())}`;
  const header = ws.getRow(3);
  header.values = ['STT', 'Mức độ', 'Tệp', 'Trang tính', 'Ô', 'Nội dung'];
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
  const all = [...preview.errors, ...preview.warnings];
  all.forEach((p, i) => {
    const row = ws.addRow([
      i + 1,
      p.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      p.file,
      p.sheet ?? '',
      p.cell ?? '',
      p.message,
    ]);
    row.getCell(2).font = { bold: true, color: { argb: p.severity === 'error' ? 'FFC00000' : 'FF9C5700' } };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  });
  if (all.length === 0) ws.addRow(['', '', '', '', '', 'Không có vấn đề nào.']);
  ws.columns = [{ width: 6 }, { width: 10 }, { width: 30 }, { width: 16 }, { width: 8 }, { width: 90 }];
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  return { name: 'cac-van-de-can-sua.xlsx', mime: XLSX_MIME, data };
}
