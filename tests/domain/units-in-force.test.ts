import { describe, expect, it } from 'vitest';
import {
  countsAfterEnd,
  inForceInMonth,
  monthLastDay,
  overlaps,
  reportedUnitsInForce,
  unitForMonth,
  unitsInForce,
} from '../../shared/domain/units-in-force';

const oldGiaLai = { code: '64', validFrom: null, validTo: '2025-06-30', active: true };
const bienHoOld = { code: '23590', validFrom: null, validTo: '2025-06-30', active: true };
const bienHoNew = { code: '23590', validFrom: '2025-07-01', validTo: null, active: true };

describe('units in force', () => {
  it('a unit ending on 30/6 reports for June, not July; one beginning on 1/7 the other way round', () => {
    expect(inForceInMonth(oldGiaLai, '2025-06')).toBe(true);
    expect(inForceInMonth(oldGiaLai, '2025-07')).toBe(false);
    expect(inForceInMonth(bienHoNew, '2025-06')).toBe(false);
    expect(inForceInMonth(bienHoNew, '2025-07')).toBe(true);
    expect(unitsInForce([oldGiaLai, bienHoNew, { ...bienHoNew, active: false }], '2025-12')).toEqual([
      bienHoNew,
    ]);
  });

  it('a code names the unit in force in the month', () => {
    expect(unitForMonth([bienHoOld, bienHoNew], '23590', '2025-06')).toBe(bienHoOld);
    expect(unitForMonth([bienHoOld, bienHoNew], '23590', '2026-01')).toBe(bienHoNew);
    expect(unitForMonth([bienHoOld], '23590', '2026-01')).toBeNull();
  });

  it('spans overlap when they share a day; open ends are open', () => {
    expect(overlaps(bienHoOld, bienHoNew)).toBe(false);
    expect(overlaps(bienHoOld, { validFrom: '2025-06-30', validTo: null })).toBe(true);
    expect(overlaps({ validFrom: null, validTo: null }, bienHoNew)).toBe(true);
  });

  it("an ended unit's figure stands for its territory only from its last year (yearly) or after its last month", () => {
    expect(countsAfterEnd('2025', '2025-06-30')).toBe(true);
    expect(countsAfterEnd('2024', '2025-06-30')).toBe(false);
    expect(countsAfterEnd('2025-06', '2025-06-30')).toBe(false);
    expect(countsAfterEnd('2025-07', '2025-06-30')).toBe(true);
  });

  it('knows the last day of a month', () => {
    expect(monthLastDay('2024-02')).toBe('2024-02-29');
    expect(monthLastDay('2025-02')).toBe('2025-02-28');
    expect(monthLastDay('2025-06')).toBe('2025-06-30');
  });
});

describe('the reported province among the units in force', () => {
  const u = (
    id: number,
    code: string,
    level: string,
    parentId: number | null,
    validTo: string | null = '2025-06-30',
  ) => ({
    id,
    code,
    level,
    parentId,
    validFrom: null,
    validTo,
    active: true,
  });
  const units = [
    u(1, '64', 'province', null),
    u(2, '622', 'district', 1),
    u(3, '23590', 'commune', 2),
    u(4, '52', 'province', null),
    u(5, '540', 'district', 4),
    u(6, '21550', 'commune', 5),
  ];
  const codes = (list: { code: string }[]) => list.map((x) => x.code);

  it("keeps our province's tree and leaves out the other's, whatever depth", () => {
    expect(codes(reportedUnitsInForce(units, '2025-06', (p) => p.code === '64'))).toEqual([
      '64',
      '622',
      '23590',
    ]);
  });

  it('keeps everything when no province in force is ours (an office catalogue of its own)', () => {
    expect(reportedUnitsInForce(units, '2025-06', () => false)).toHaveLength(6);
  });

  it('survives a parent loop in a hand-edited catalogue', () => {
    const loop = [
      u(1, '64', 'province', null),
      u(4, '52', 'province', null),
      u(7, 'a', 'district', 8),
      u(8, 'b', 'district', 7),
    ];
    expect(codes(reportedUnitsInForce(loop, '2025-06', (p) => p.code === '64'))).toEqual(['64', 'a', 'b']);
  });
});
