/**
 * Times as the office reads them: Vietnam's wall clock (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight
 * saving since 1975), whatever zone the machine that writes the workbook is set to. A fixed offset rather
 * than Intl: Node may be built without full ICU time-zone data.
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant as a Date whose UTC fields are Vietnam's wall clock. exceljs writes a Date's UTC fields as
 * the cell's date-time (an Excel date has no zone), so this is what a date cell must be given.
 */
export function vnWallClock(at: string | Date): Date {
  return new Date(new Date(at).getTime() + VN_OFFSET_MS);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `05/07/2024 14:30`: date first, as Vietnamese office documents write it. */
export function vnDateTimeText(at: string | Date): string {
  const d = vnWallClock(at);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** "ngày 05 tháng 7 năm 2024": NĐ 30 pads days below 10 and months 1 and 2. */
export function vnAdminDate(at: string | Date): string {
  const d = vnWallClock(at);
  const m = d.getUTCMonth() + 1;
  return `ngày ${two(d.getUTCDate())} tháng ${m <= 2 ? two(m) : String(m)} năm ${d.getUTCFullYear()}`;
}
