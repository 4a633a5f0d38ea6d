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
});

describe('bounds at the boundary', () => {
  it('refuses 1e308 and 2^53+1 through dispatch, so two such figures can never make a total infinite', async () => {
    const { dispatch } = await import('../../electron/core/dispatch');
    const ctx = tempContext();
    for (const value of [1e308, 2 ** 53 + 1]) {
      const r = await dispatch(ctx, 'values.set', {
        unit: '622',
        indicator: 'labor_force',
        period: '2024',
        value,
      });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/Số quá lớn/),
      });
    }
    const plan = await dispatch(ctx, 'plans.save', {
      number: '9/KH',
      issuedOn: '2024-02-31',
      title: 'Kế hoạch thử',
      yearFrom: 2024,
      yearTo: 2025,
    });
    expect(!plan.ok && plan.error.message).toMatch(/2024-02-31.*không có thật/);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 0 });
  });

  it('the importer refuses a count above 10 million people at its cell', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.addRow(['Kỳ báo cáo: tháng 3/2024']);
    ws.addRow(['Đơn vị', 'Lực lượng lao động', 'BHXH bắt buộc', 'BHXH tự nguyện', 'BHTN']);
    ws.addRow(['Thành phố Pleiku', 152_000, 47_000, 4_400, 39_600]);
    ws.addRow(['Thị xã An Khê', 1e12, 5_100, 870, 4_050]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [{ name: 'an-khe.xlsx', data }] }, ctx);
    expect(p.ok).toBe(false);
    expect(p.errors).toEqual([
      expect.objectContaining({
        cell: 'B4',
        message: expect.stringMatching(/số quá lớn.*10\.000\.000 người/),
      }),
    ]);
  });
});
