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

/** "Số liệu đến hết tháng 6/2024", or for carried figures "… (chưa có số liệu tháng 12/2025)". */
export function asOfText(month: string, dataMonth: string): string {
  const base = `Số liệu đến hết ${monthInText(dataMonth)}`;
  return dataMonth === month ? base : `${base} (chưa có số liệu ${monthInText(month)})`;
}

export function carriedWarning(month: string, dataMonth: string): string {
  return `Chưa có số liệu ${monthInText(month)}: báo cáo dùng số liệu đến hết ${monthInText(dataMonth)} và ghi rõ điều đó.`;
}

/**
 * Lower-cases the unit-type word of a name used mid-sentence (Phụ lục II, NĐ 30): "Huyện Đak Đoa" →
 * "huyện Đak Đoa", "Thành phố Pleiku" → "thành phố Pleiku".
 */
export function unitInText(name: string): string {
  return name.replace(/^(Huyện|Thị xã|Thành phố|Tỉnh|Xã|Phường|Thị trấn)(?=\s)/u, (w) => w.toLowerCase());
}

/** The date line with the day and month left blank for the signer to fill in: "Gia Lai, ngày    tháng    năm 2024". */
export function blankDateLine(place: string, d: Date): string {
  return `${place}, ngày      tháng      năm ${d.getFullYear()}`;
}

/** "18/01/2023" from `2023-01-18`. */
export function issuedText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** NĐ 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm (binding), right 15–20 mm; PDF and Word alike. */
export const PAGE_MARGINS_MM = { left: 31, top: 22, right: 17, bottom: 22 } as const;
