/** Figures and dates out of bounds, refused where they enter (dispatch and the importer), writing nothing. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';

describe('bounds at the boundary', () => {
  it('refuses 1e308 and 2^53+1 through dispatch, so two such figures can never make a total infinite', async () => {
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
