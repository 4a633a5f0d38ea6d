/** vi-VN display formatting. Values stay unrounded internally; only these functions round. */
const countFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const rateFmt = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneFmt = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// Intl may be built without full ICU; keep the Vietnamese separators whatever the runtime does.
function fixSeparators(s: string, sample: string): string {
  return sample === '1.234,5' ? s : s.replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));
}
const SAMPLE = oneFmt.format(1234.5);

export function formatCount(n: number | null | undefined, empty = '–'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return fixSeparators(countFmt.format(Math.round(n)), SAMPLE);
}

/** `14,83` (no sign); see formatPercent for `14,83%`. */
export function formatRate(n: number | null | undefined, empty = '–'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return fixSeparators(rateFmt.format(n), SAMPLE);
}

export function formatPercent(n: number | null | undefined, empty = '–'): string {
  const s = formatRate(n, empty);
  return s === empty ? s : `${s}%`;
}

export function formatOneDecimal(n: number | null | undefined, empty = '–'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return fixSeparators(oneFmt.format(n), SAMPLE);
}

/** Signed points: `+0,52` / `-1,20`. */
export function formatSignedRate(n: number | null | undefined, empty = '–'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatRate(Math.abs(n))}`;
}

export function formatSignedCount(n: number | null | undefined, empty = '–'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatCount(Math.abs(n))}`;
}

/** `dd/mm/yyyy`. */
export function formatDate(d: Date): string {
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

/** "ngày 05 tháng 6 năm 2024" as in an administrative date line. */
export function formatDateLine(d: Date): string {
  return `ngày ${String(d.getDate()).padStart(2, '0')} tháng ${d.getMonth() + 1} năm ${d.getFullYear()}`;
}

/** `29/11/2026 15:33`: date first, as Vietnamese office documents write it. */
export function formatDateTime(d: Date): string {
  const hh = String(d.getHours()).padStart(2, '0');
  const mi = String(d.getMinutes()).padStart(2, '0');
  return `${formatDate(d)} ${hh}:${mi}`;
}
