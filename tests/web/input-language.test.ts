/** A wrong-type call reaches the clerk in Vietnamese: zod's own wording too, not only our messages. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { tempContext } from '../helpers/tmp';

const ENGLISH = /Invalid|expected|received|Too (big|small)|Unrecognized/;

describe('input refusals in Vietnamese', () => {
  it("zod's generic refusals (wrong type, missing field, extra key) come in Vietnamese", async () => {
    const ctx = tempContext();
    const calls: [string, unknown][] = [
      ['units.setActive', { code: '622', active: 'có' }],
      ['units.setActive', { active: true }],
      ['units.list', { extra: 1 }],
    ];
    for (const [method, input] of calls) {
      const r = await dispatch(ctx, method, input);
      expect(r.ok).toBe(false);
      const message = !r.ok ? r.error.message : '';
      expect(message).toMatch(/^Dữ liệu gửi lên không hợp lệ/);
      expect(message).not.toMatch(ENGLISH);
    }
    const wrongType = await dispatch(ctx, 'units.setActive', { code: '622', active: 'có' });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/active: .*(không hợp lệ|mong đợi)/i);
  });

  it('our own Vietnamese messages still win over the locale', async () => {
    const ctx = tempContext();
    const notNumber = await dispatch(ctx, 'values.set', {
      unit: '622',
      indicator: 'labor_force',
      period: '2024',
      value: 'mười',
    });
    expect(!notNumber.ok && notNumber.error.message).toContain('Giá trị phải là một số hữu hạn.');
    const badPeriod = await dispatch(ctx, 'values.set', {
      unit: '622',
      indicator: 'labor_force',
      period: '2024/3',
      value: 1,
    });
    expect(!badPeriod.ok && badPeriod.error.message).toContain('Kỳ phải có dạng YYYY-MM hoặc YYYY.');
  });
});
