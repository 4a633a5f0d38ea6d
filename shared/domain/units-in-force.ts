/**
 * Units across time: a unit is in force between two dates (open ends allowed), and a national code can
 * name different units at different times. Every question "which units, which unit" is asked for a month.
 */

export interface Dated {
  validFrom: string | null;
  validTo: string | null;
}

/** The day the district level ended and the new Tỉnh Gia Lai (52) began (Resolution 202/2025/QH15). */
export const REORGANISATION_DAY = '2025-07-01';
/** The first month figures are reported by new commune. */
export const REORGANISATION_MONTH = '2025-07';

export function monthFirstDay(month: string): string {
  return `${month}-01`;
}

export function monthLastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** In force at some day of the month: a unit that ends on 30/6 still reports for June. */
export function inForceInMonth(u: Dated, month: string): boolean {
  return (
    (u.validFrom === null || u.validFrom <= monthLastDay(month)) &&
    (u.validTo === null || u.validTo >= monthFirstDay(month))
  );
}

export function inForceOn(u: Dated, day: string): boolean {
  return (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || u.validTo >= day);
}

/** Two spans share at least a day. */
export function overlaps(a: Dated, b: Dated): boolean {
  return (
    (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
    (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo)
  );
}

/** Units in force in a month (`YYYY-MM`): active, and the month overlaps their dates. */
export function unitsInForce<U extends Dated & { active: boolean }>(units: readonly U[], month: string): U[] {
  const first = monthFirstDay(month);
  const last = monthLastDay(month);
  return units.filter(
    (u) =>
      u.active && (u.validFrom === null || u.validFrom <= last) && (u.validTo === null || u.validTo >= first),
  );
}

/**
 * The units in force in a month that belong to the province the app reports (`ours`): the other
 * provinces in force then, with everything under them, are left out. Old Bình Định (52 until 30/6/2025,
 * from the shipped catalogue) is in force in the first half of 2025 but is not Gia Lai's to report.
 * With no province of ours in force (an office's own catalogue), every unit in force is kept.
 */
export function reportedUnitsInForce<
  U extends Dated & { active: boolean; id: number; parentId: number | null; level: string },
>(units: readonly U[], month: string, ours: (province: U) => boolean): U[] {
  const inForce = unitsInForce(units, month);
  const provinces = inForce.filter((u) => u.level === 'province');
  const others = new Set(provinces.filter((u) => !ours(u)).map((u) => u.id));
  if (others.size === 0 || others.size === provinces.length) return inForce;
  const parentOf = new Map(inForce.map((u) => [u.id, u.parentId]));
  const underOther = (id: number): boolean => {
    // Depth-bounded: a hand-edited catalogue could hold a loop.
    for (let cur: number | null | undefined = id, depth = 0; cur != null && depth < 10; depth++) {
      if (others.has(cur)) return true;
      cur = parentOf.get(cur);
    }
    return false;
  };
  return inForce.filter((u) => !underOther(u.id));
}

/** Among the units sharing a code, the one meant for a month: in force then, else none. */
export function unitForMonth<U extends Dated & { code: string }>(
  units: readonly U[],
  code: string,
  month: string,
): U | null {
  return units.find((u) => u.code === code && inForceInMonth(u, month)) ?? null;
}

/**
 * Whether a stored figure of a unit that has ended may stand for its territory after the end: a month
 * after its last one, or a yearly figure of its last year or later (the labour force the statistics
 * office publishes for the old province's 2025). Anything earlier would be carried across the break.
 */
export function countsAfterEnd(period: string, validTo: string): boolean {
  if (period.length === 4) return period >= validTo.slice(0, 4);
  return period > validTo.slice(0, 7);
}

/** `dd/mm/yyyy` for messages. */
export function viDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
