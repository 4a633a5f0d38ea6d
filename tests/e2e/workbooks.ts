import ExcelJS from 'exceljs';

/**
 * A district sheet whose BHTN column has a header the importer cannot recognise ("Số người đóng quỹ
 * việc làm"): the user must map it by hand. Thành phố Pleiku, April 2024.
 */
export const UNSURE_FIGURES = { laborForce: 151237, compulsory: 47000, voluntary: 4400, bhtn: 40000 };

export async function writeUnsureWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['BÁO CÁO SỐ NGƯỜI THAM GIA BHXH, BHTN']);
  ws.addRow(['Tháng 4 năm 2024']);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Đơn vị',
    'Lực lượng lao động trong độ tuổi',
    'BHXH bắt buộc',
    'BHXH tự nguyện',
    'Số người đóng quỹ việc làm',
  ]);
  const f = UNSURE_FIGURES;
  ws.addRow([1, 'Thành phố Pleiku', f.laborForce, f.compulsory, f.voluntary, f.bhtn]);
  await wb.xlsx.writeFile(path);
}
