import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';

describe('the import list', () => {
  it('says which period each import wrote: one month, or the first and last of several', async () => {
    const ctx = tempContext();
    const set = (period: string, value: number) =>
      handlers['values.set'](
        { unit: '622', indicator: 'labor_force', period, value, acceptWarnings: true },
        ctx,
      );
    await set('2024', 150000);
    await set('2023', 149000);
    const list = await handlers['imports.list']({}, ctx);
    expect(list.map((i) => [i.periodFrom, i.periodTo])).toEqual([
      ['2023', '2023'],
      ['2024', '2024'],
    ]);
  });
});
