/** Tells what a file is before exceljs sees it: the wrong kind, an encrypted one or a zip bomb is refused here. */
import { formatCount } from '../../../shared/format/vi';
import { LIMITS, type ReadLimits } from './limits';
import { ArchiveRefused, CORRUPT_ZIP_MESSAGE, openZip, sizeText, type OpenedZip } from './zip-entries';

export type FileVerdict = { ok: true } | { ok: false; message: string };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(data: Uint8Array, sig: number[]): boolean {
  return data.length >= sig.length && sig.every((b, i) => data[i] === b);
}

/** Encrypted OOXML is an OLE2 container holding "EncryptionInfo" and "EncryptedPackage" streams (names in UTF-16LE). */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle) >= 0;
}

/**
 * The verdict every reader of a workbook asks first (district files, the unit catalogue, a targets
 * appendix). It reads declared sizes only; the zip reader then measures what actually inflates.
 */
export async function checkFile(data: Uint8Array, limits: ReadLimits = LIMITS): Promise<FileVerdict> {
  if (data.length === 0) return { ok: false, message: 'Tệp rỗng (0 byte), không có dữ liệu để nhập.' };
  if (data.length > limits.maxFileBytes)
    return {
      ok: false,
      message: `Tệp quá lớn (${sizeText(data.length)}, tối đa ${sizeText(limits.maxFileBytes)}) — không phải bảng số liệu của một đơn vị.`,
    };
  if (startsWith(data, OLE2)) {
    if (hasUtf16Name(data, 'EncryptionInfo') || hasUtf16Name(data, 'EncryptedPackage'))
      return {
        ok: false,
        message:
          'Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu rồi lưu lại và nhập lại.',
      };
    return {
      ok: false,
      message:
        'Đây là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel, chọn "Lưu thành" kiểu "Excel Workbook (*.xlsx)" rồi nhập lại.',
    };
  }
  if (!startsWith(data, ZIP))
    return {
      ok: false,
      message: 'Tệp không phải là tệp Excel (.xlsx) hoặc đã bị hỏng: hãy kiểm tra lại tệp được gửi.',
    };
  return checkZipDirectory(data, limits);
}

/** Reads only the central directory: declared sizes, never the content. */
async function checkZipDirectory(data: Uint8Array, limits: ReadLimits): Promise<FileVerdict> {
  let zip: OpenedZip | { tooMany: true };
  try {
    zip = await openZip(data, limits);
  } catch (e) {
    return { ok: false, message: e instanceof ArchiveRefused ? e.message : CORRUPT_ZIP_MESSAGE };
  }
  if ('tooMany' in zip)
    return {
      ok: false,
      message: `Tệp chứa quá nhiều thành phần (trên ${formatCount(limits.maxZipEntries)}), không phải bảng số liệu thông thường.`,
    };
  const entries = zip.entries;
  zip.close();
  const names = new Set(entries.map((e) => e.fileName));
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml'))
    return {
      ok: false,
      message: 'Tệp nén này không phải là sổ tính Excel (.xlsx): thiếu phần bảng tính (xl/workbook.xml).',
    };
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio)
      return {
        ok: false,
        message: `Tệp có dấu hiệu "bom nén" (phần ${e.fileName} giải nén gấp ${formatCount(ratio)} lần) nên bị từ chối để bảo vệ máy.`,
      };
  }
  if (total > limits.maxUncompressedBytes)
    return {
      ok: false,
      message: `Dữ liệu trong tệp quá lớn khi giải nén (${sizeText(total)}, tối đa ${sizeText(limits.maxUncompressedBytes)}), vượt xa một bảng số liệu báo cáo.`,
    };
  return { ok: true };
}
