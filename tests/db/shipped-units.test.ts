import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { getUnitByCode, listUnits, unitsInForce } from '../../electron/core/repos/units';
import { valuesToJson, getValues } from '../../electron/core/services/values';
import { tempContext } from '../helpers/tmp';

describe('the shipped catalogue of units until 30/6/2025, on demand', () => {
  it('adds the old communes of both provinces and old Bình Định with its districts; a second load changes nothing', async () => {
    const ctx = tempContext();
    const first = await handlers['units.loadShipped']({}, ctx);
    // 373 communes, 11 districts and the province of Bình Định; the seed already knows the national spellings of the 17
    expect(first).toEqual({ inserted: 373 + 11 + 1, updated: 0 });
    expect(await handlers['units.loadShipped']({}, ctx)).toEqual({ inserted: 0, updated: 0 });

    const june = unitsInForce(listUnits(ctx.db), '2025-06');
    expect(june.filter((u) => u.level === 'commune')).toHaveLength(373);
    expect(
      june
        .filter((u) => u.level === 'province')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Tỉnh Bình Định', 'Tỉnh Gia Lai']);
    // The seed's name stays; the national list's spelling is another name.
    expect(getUnitByCode(ctx.db, '625', '2025-06')).toMatchObject({ name: 'Huyện Kbang' });
    // The old commune 23590 hangs under Pleiku until June; the code names the new Xã Biển Hồ from July.
    const oldBienHo = getUnitByCode(ctx.db, '23590', '2025-06')!;
    expect(oldBienHo).toMatchObject({ name: 'Xã Biển Hồ', parentCode: '622', validTo: '2025-06-30' });
    expect(getUnitByCode(ctx.db, '23590', '2025-07')!.id).not.toBe(oldBienHo.id);
    expect(getUnitByCode(ctx.db, '52', '2025-06')).toMatchObject({ name: 'Tỉnh Bình Định' });

    // December 2025 is unchanged by history: the 135 communes, 64 as plan 156's territory, then 52.
    const dec = valuesToJson(getValues(ctx.db, '2025-12'));
    expect(dec.rows).toHaveLength(137);
    expect(dec.rows.slice(-2).map((r) => r.unit)).toEqual(['64', '52']);
  });
});
