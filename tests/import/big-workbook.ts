/** Generates, into a temp folder, a commune catalogue and a commune × month history of `rows` rows (kept out of git). */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addMonths } from '../../shared/domain/period';

export const DISTRICTS = ['622', '623', '624', '625', '626', '627', '628', '629', '630', '631'];

export function communeCode(i: number): string {
  return String(30000 + i);
}

export async function writeCatalogue(dir: string, communes: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  ws.addRow(['Mã', 'Tên', 'Mã cấp trên', 'Cấp']);
  for (let i = 0; i < communes; i++)
    ws.addRow([communeCode(i), `Xã Thử Nghiệm ${i}`, DISTRICTS[i % DISTRICTS.length], 'Xã']);
  const file = join(dir, 'danh-muc.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** `communes` × `months` rows from 1990-01, streamed to disk so the generator itself stays small. */
export async function writeHistory(
  dir: string,
  communes: number,
  months: number,
  name = 'lich-su.xlsx',
): Promise<string> {
  const file = join(dir, name);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet('Lịch sử');
  ws.addRow(['Tháng', 'Mã đơn vị', 'Đơn vị', 'BHXH bắt buộc', 'BHXH tự nguyện', 'BHTN']).commit();
  let m = '1990-01';
  for (let k = 0; k < months; k++, m = addMonths(m, 1)) {
    const label = `${m.slice(5)}/${m.slice(0, 4)}`;
    for (let i = 0; i < communes; i++)
      ws.addRow([label, communeCode(i), `Xã Thử Nghiệm ${i}`, 1000 + i + k, 100 + i, 800 + i + k]).commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}
