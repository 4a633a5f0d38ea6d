/**
 * A batch as the province receives it: one small workbook from each of the 17 districts, each with its own
 * row of the sample figures (tests/e2e/sample-figures.ts) under a "Tháng M năm YYYY" title.
 */
import ExcelJS from 'exceljs';
import type { FileInput } from '../../shared/api/files';
import { SAMPLE_FIGURES } from '../e2e/sample-figures';

export const DISTRICT_NAMES: Record<string, string> = {
  '622': 'Thành phố Pleiku',
  '623': 'Thị xã An Khê',
  '624': 'Thị xã Ayun Pa',
  '625': 'Huyện Kbang',
  '626': 'Huyện Đak Đoa',
  '627': 'Huyện Chư Păh',
  '628': 'Huyện Ia Grai',
  '629': 'Huyện Mang Yang',
  '630': 'Huyện Kông Chro',
  '631': 'Huyện Đức Cơ',
  '632': 'Huyện Chư Prông',
  '633': 'Huyện Chư Sê',
  '634': 'Huyện Đak Pơ',
  '635': 'Huyện Ia Pa',
  '637': 'Huyện Krông Pa',
  '638': 'Huyện Phú Thiện',
  '639': 'Huyện Chư Pưh',
};

/** `bao-cao-622-2024-03.xlsx`: the code keeps the names ASCII and sortable. */
export function districtFileName(code: string, month: string): string {
  return `bao-cao-${code}-${month}.xlsx`;
}

export async function districtWorkbook(
  code: string,
  month: string,
  figures: readonly (number | string)[] = SAMPLE_FIGURES[code]!,
): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['BÁO CÁO SỐ NGƯỜI THAM GIA BHXH, BHTN']);
  ws.addRow([`Tháng ${Number(month.slice(5, 7))} năm ${month.slice(0, 4)}`]);
  ws.addRow([]);
  ws.addRow(['STT', 'Đơn vị', 'LLLĐ', 'BHXH bắt buộc', 'BHXH tự nguyện', 'BHTN']);
  ws.addRow([1, DISTRICT_NAMES[code]!, ...figures]);
  return { name: districtFileName(code, month), data: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** The 17 district files of a month; `change` may alter a district's figures (return them as they are to keep them). */
export function districtBatch(
  month: string,
  change: (code: string, figures: readonly number[]) => readonly (number | string)[] = (_c, f) => f,
): Promise<FileInput[]> {
  return Promise.all(
    Object.keys(DISTRICT_NAMES).map((code) =>
      districtWorkbook(code, month, change(code, SAMPLE_FIGURES[code]!)),
    ),
  );
}
