import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { DEFAULT_SETTINGS } from '../../shared/api/types';
import { getSettings } from '../../electron/core/repos/settings';
import { getValues } from '../../electron/core/services/values';
import { tempContext } from '../helpers/tmp';

describe('after plan 156', () => {
  it('a headcount plan for the new province (2026–2030) is entered as any plan and shown with the figures', async () => {
    const ctx = tempContext();
    await handlers['plans.save'](
      {
        number: '45/KH-UBND',
        issuedOn: '2026-02-10',
        title: 'Kế hoạch phát triển người tham gia BHXH, BHTN giai đoạn 2026–2030',
        yearFrom: 2026,
        yearTo: 2030,
      },
      ctx,
    );
    const t = await handlers['targets.set'](
      { unit: '52', indicator: 'bhxh_participants', year: 2026, value: 420_000 },
      ctx,
    );
    expect(t).toMatchObject({ planNumber: '45/KH-UBND', unitCode: '52', kind: 'count', value: 420_000 });
    const v = getValues(ctx.db, '2026-03');
    expect(v.plan?.number).toBe('45/KH-UBND');
    const province = v.rows.at(-1)!;
    expect(province).toMatchObject({ unit: '52', level: 'province' });
    expect(province.unitId).toBe(
      (
        ctx.db.prepare("SELECT id FROM units WHERE code = '52' AND valid_from = '2025-07-01'").get() as {
          id: number;
        }
      ).id,
    );
    expect(province.targets.bhxh_participants).toMatchObject({ value: 420_000, kind: 'count' });
    // plan 156 is over: old Gia Lai's territory row is gone with it
    expect(v.rows.some((r) => r.territory)).toBe(false);
    // a target for 64 in 2026 makes no sense: 64 ended in 2025
    expect(() =>
      handlers['targets.set']({ unit: '64', indicator: 'bhxh_participants', year: 2026, value: 1 }, ctx),
    ).toThrow(/Không có đơn vị mã 64 trong năm 2026/);
  });

  it('the default recipients no longer name Sở Lao động – Thương binh và Xã hội', () => {
    const ctx = tempContext();
    expect(DEFAULT_SETTINGS.recipients.join(' ')).not.toMatch(/Lao động/);
    expect(getSettings(ctx.db).recipients).toContain('Sở Nội vụ;');
  });
});
