/**
 * A small workbook (the unit catalogue, a plan's targets appendix) loaded whole into exceljs, after the
 * same file check as a district workbook and a metered inflate of every part: exceljs' loader (JSZip)
 * trusts declared sizes, so it only sees a file whose parts were measured to inflate within the bounds.
 */
import ExcelJS from 'exceljs';
import { checkFile } from './file-check';
import { LOADED_BOOK_LIMITS, type ReadLimits } from './limits';
import { ArchiveRefused, CORRUPT_ZIP_MESSAGE, openZip } from './zip-entries';

export type LoadedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string };

export async function loadWorkbook(
  data: Uint8Array,
  limits: ReadLimits = LOADED_BOOK_LIMITS,
): Promise<LoadedWorkbook> {
  const verdict = await checkFile(data, limits);
  if (!verdict.ok) return verdict;
  try {
    const zip = await openZip(data, limits);
    if ('tooMany' in zip) return { ok: false, message: CORRUPT_ZIP_MESSAGE }; // checkFile refused it already
    try {
      await zip.measureAll();
    } finally {
      zip.close();
    }
  } catch (e) {
    return { ok: false, message: e instanceof ArchiveRefused ? e.message : CORRUPT_ZIP_MESSAGE };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    return {
      ok: false,
      message: 'Tệp .xlsx bị hỏng, không đọc được nội dung. Hãy mở lại trong Excel, lưu lại rồi gửi lại.',
    };
  }
  return { ok: true, workbook };
}
