import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';

describe('correcting a figure by hand', () => {
  it('refuses a negative or fractional count, writing nothing', async () => {
    const ctx = tempContext();
    const neg = await handlers['values.set'](
      { unit: '622', indicator: 'bhtn', period: '2024-03', value: -5 },
      ctx,
    );
    expect(neg.ok).toBe(false);
    expect(neg.errors[0]!.message).toMatch(/số âm/);
    const frac = await handlers['values.set'](
      { unit: '622', indicator: 'bhtn', period: '2024-03', value: 1.5 },
      ctx,
    );
    expect(frac.errors[0]!.message).toMatch(/số nguyên/);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 0 });
  });

  it('holds a figure with warnings until the user accepts them, then records it like an import', async () => {
    const ctx = tempContext();
    const put = (indicator: string, value: number, acceptWarnings?: boolean) =>
      handlers['values.set'](
        { unit: '624', indicator, period: '2024-03', value, ...(acceptWarnings ? { acceptWarnings } : {}) },
        ctx,
      );
    expect((await put('labor_force', 25044)).ok).toBe(true);
    const held = await put('bhtn', 1_234_567);
    expect(held).toMatchObject({ ok: false, import: null, errors: [] });
    expect(held.warnings[0]!.message).toMatch(/lớn hơn lực lượng lao động/);
    const before = (await handlers['values.get']({ period: '2024-03' }, ctx)).rows.find(
      (r) => r.unit === '624',
    )!;
    expect(before.cells.bhtn?.value).toBeNull();

    const saved = await put('bhtn', 1_234_567, true);
    expect(saved).toMatchObject({ ok: true, inserted: 1 });
    const history = await handlers['values.history'](
      { unit: '624', indicator: 'bhtn', period: '2024-03' },
      ctx,
    );
    expect(history[0]).toMatchObject({ kind: 'manual', oldValue: null, newValue: 1_234_567 });
  });

  it('keeps the reason typed with a correction in the figure’s history', async () => {
    const ctx = tempContext();
    const r = await handlers['values.set'](
      {
        unit: '633',
        indicator: 'bhxh_compulsory',
        period: '2024-03',
        value: 4900,
        note: 'Huyện gửi công văn đính chính',
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    const history = await handlers['values.history'](
      { unit: '633', indicator: 'bhxh_compulsory', period: '2024-03' },
      ctx,
    );
    expect(history[0]!.note).toContain('Lý do: Huyện gửi công văn đính chính');
    expect(history[0]!.note).toContain('Huyện Chư Sê');
  });

  it('refuses to type over a figure summed from the units below, writing nothing', async () => {
    const ctx = tempContext();
    expect(
      (await handlers['values.set']({ unit: '622', indicator: 'bhtn', period: '2024-03', value: 100 }, ctx))
        .ok,
    ).toBe(true);
    await expect(async () =>
      handlers['values.set']({ unit: '64', indicator: 'bhtn', period: '2024-03', value: 5 }, ctx),
    ).rejects.toThrow(/tổng của các đơn vị trực thuộc/);
    const n = ctx.db.prepare('SELECT count(*) AS n FROM observations').get();
    expect(n).toEqual({ n: 1 });
  });
});
