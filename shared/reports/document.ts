/** Pieces of an administrative document (Nghị định 30/2020/NĐ-CP) that do not depend on the output format. */

/** NĐ 30 writes days below 10 and months 1 and 2 with a leading zero: "ngày 05 tháng 02 năm 2024". */
export function adminDateLine(place: string, d: Date): string {
  const day = String(d.getDate()).padStart(2, '0');
  const m = d.getMonth() + 1;
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${d.getFullYear()}`;
}

/** "tháng 6/2024" for a month key, as running text writes it. */
export function monthInText(month: string): string {
  const [y, m] = month.split('-');
  return `tháng ${Number(m)}/${y}`;
}

/** Every string NFC: pdfmake shapes what it gets, and NFD text extracts as split letters. */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => deepNfc(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepNfc(v);
    return out as T;
  }
  return value;
}

export const REPORT_TITLE =
  'Tình hình thực hiện chỉ tiêu phát triển người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp';
