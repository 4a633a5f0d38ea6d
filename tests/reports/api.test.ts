import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { ProgressReportModel } from '../../shared/reports/model';
import type { FileOutput } from '../../shared/api/files';
import { tempContext } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';

describe('reports API', () => {
  it('returns the models and rendered files through the validated dispatch', async () => {
    const ctx = tempContext();
    seedFigures(ctx.db);
    seedTargets(ctx.db);
    const p = await dispatch(ctx, 'reports.progress', { period: '2024' });
    expect(p.ok).toBe(true);
    const m = (p as { result: ProgressReportModel }).result;
    // The year stands at its latest month with data.
    expect(m.month).toBe('2024-06');
    expect(m.asOf).toBe('Số liệu đến hết tháng 6/2024');
    expect(m.districts).toHaveLength(17);
    expect(m.province.bhxh.target).toBe(15.83);
    expect(m.summary.join(' ')).toContain('Tỷ lệ bao phủ BHXH toàn tỉnh đạt');

    const t = await dispatch(ctx, 'reports.trend', { unit: '622', from: '2024-01', to: '2024-06' });
    expect(t.ok && (t.result as { points: unknown[] }).points).toHaveLength(6);
    const c = await dispatch(ctx, 'reports.completeness', { year: 2024 });
    expect(c.ok && (c.result as { rows: unknown[] }).rows).toHaveLength(17);

    const f = await dispatch(ctx, 'reports.render', { kind: 'progress', format: 'xlsx', period: '2024-06' });
    expect(f.ok).toBe(true);
    const file = (f as { result: FileOutput }).result;
    expect(file.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(file.data.subarray(0, 2)).toString()).toBe('PK');

    const bad = await dispatch(ctx, 'reports.render', { kind: 'trend', format: 'pdf', period: '2024' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'refused' } });
    const invalid = await dispatch(ctx, 'reports.progress', { period: '2024-13' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  }, 60_000);
});
