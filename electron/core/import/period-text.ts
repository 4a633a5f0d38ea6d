/**
 * Periods as districts write them: "Tháng 06 năm 2024", "tháng 6/2024", "Kỳ báo cáo: Quý II năm 2024",
 * "Số liệu đến hết tháng 06/2024", "6 tháng đầu năm 2024", "Năm 2024". Result: `YYYY-MM`, or `YYYY` for a
 * year, or null.
 */
import { foldVietnamese } from '../../../shared/units/names';
import { monthKey } from '../../../shared/domain/period';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const okYear = (y: number) => y >= 1990 && y <= 2100;
const okMonth = (m: number) => m >= 1 && m <= 12;

function month(y: number, m: number): string | null {
  return okYear(y) && okMonth(m) ? monthKey(y, m) : null;
}

/** A period stated in a title line; a signing date line ("ngày 05 tháng 7 năm 2024") states none. */
export function periodFromTitle(text: string): string | null {
  const s = foldVietnamese(text);
  // "Số liệu tính đến ngày 30 tháng 6 năm 2024" states a period in the words of a signing date.
  let m = /den (?:het )?ngay \d{1,2} thang (\d{1,2}) nam (\d{4})/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  if (/ngay \d{1,2} thang \d{1,2} nam \d{4}/.test(s)) return null;
  m = /(\d{1,2}) thang dau nam (\d{4})/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  // "Kỳ báo cáo: 30/06/2024" or "Tháng: 06/2024", as a title row with a date cell reads.
  m = /(?:^ky|ky bao cao|(?:^|\s)thang)\s*:?\s*(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{4})\b/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /(?:thang |(?:^|\s)t)(\d{1,2})\s*(?:nam|[/.-])\s*(\d{4})/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /quy (iv|iii|ii|i|[1-4])\s*(?:nam|[/.-])\s*(\d{4})/.exec(s);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    return month(Number(m[2]), q * 3);
  }
  m = /(?:den|tinh den|den het) ngay \d{1,2}[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /(?:^|\s)nam (\d{4})(?:\s|$)/.exec(s);
  if (m && okYear(Number(m[1]))) return m[1]!;
  return null;
}

/** A period cell in a history sheet: "06/2024", "6-2024", "2024-06", "T6/2024", "Tháng 6/2024", 202406, a date. */
export function periodFromCell(value: string | number | Date): string | null {
  if (value instanceof Date) return month(value.getUTCFullYear(), value.getUTCMonth() + 1);
  if (typeof value === 'number') {
    if (value >= 199001 && value <= 210012 && Number.isInteger(value))
      return month(Math.floor(value / 100), value % 100);
    if (Number.isInteger(value) && okYear(value)) return String(value);
    return null;
  }
  const s = foldVietnamese(value).replace(/^(thang|t|ky)\s*/, '');
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2}) nam (\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(s);
  if (m && okYear(Number(m[1]))) return m[1]!;
  return periodFromTitle(value);
}

/**
 * The period of a sheet from its title lines, then its name ("T6-2024", "Quý II.2024"): the first month
 * stated wins over a year stated anywhere, since a plan-year line ("… năm 2024") often sits above the
 * month of the report. `named` is the sheet name's own month when it differs from the title's.
 */
export function periodOfSheet(
  titleLines: readonly string[],
  sheetName: string,
): { period: string | null; named: string | null } {
  let year: string | null = null;
  let month: string | null = null;
  for (const line of titleLines) {
    const p = periodFromTitle(line);
    if (p && p.length > 4) {
      month = p;
      break;
    }
    year ??= p;
  }
  const named = periodFromCell(sheetName);
  const namedMonth = named && named.length > 4 ? named : null;
  if (month) return { period: month, named: namedMonth && namedMonth !== month ? namedMonth : null };
  return { period: namedMonth ?? year ?? named, named: null };
}
