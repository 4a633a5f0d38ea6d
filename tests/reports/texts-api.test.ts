import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { ProgressReportModel } from '../../shared/reports/model';
import { tempContext } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';

describe('sections II–IV through the API', () => {
  it('are kept per report period (as asked), NFC, and go into the report model', async () => {
    const ctx = tempContext();
    seedFigures(ctx.db);
    seedTargets(ctx.db);
    const empty = await dispatch(ctx, 'reports.texts.get', { period: '2024-Q2' });
    expect(empty).toEqual({ ok: true, result: { shortcomings: '', tasks: '', proposals: '' } });
    const saved = await dispatch(ctx, 'reports.texts.save', {
      period: '2024-Q2',
      shortcomings: 'Tỷ lệ còn thấp.'.normalize('NFD'),
      tasks: 'Rà soát lao động.',
      proposals: '',
    });
    expect(saved).toEqual({
      ok: true,
      result: { shortcomings: 'Tỷ lệ còn thấp.', tasks: 'Rà soát lao động.', proposals: '' },
    });
    // The quarter and its last month are two reports: June's texts are its own.
    const june = await dispatch(ctx, 'reports.progress', { period: '2024-06' });
    expect((june as { result: ProgressReportModel }).result.texts.tasks).toBe('');
    const q = await dispatch(ctx, 'reports.progress', { period: '2024-Q2' });
    const m = (q as { result: ProgressReportModel }).result;
    expect(m.texts.tasks).toBe('Rà soát lao động.');
    // A quarter compares with the quarter before and says so.
    expect(m.comparedWith).toEqual({ month: '2024-03', label: 'quý trước (tháng 3/2024)' });
    expect(m.summary.join(' ')).toContain('So với quý trước (tháng 3/2024)');
    const invalid = await dispatch(ctx, 'reports.texts.save', {
      period: '2024-13',
      shortcomings: '',
      tasks: '',
      proposals: '',
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const docx = await dispatch(ctx, 'reports.render', {
      kind: 'progress',
      format: 'docx',
      period: '2024-Q2',
    });
    expect(docx).toMatchObject({ ok: true, result: { name: 'bao-cao-tien-do-2024-Q2.docx' } });
    expect(Object.keys((docx as { result: object }).result).sort()).toEqual(['data', 'mime', 'name']);
    const trendDocx = await dispatch(ctx, 'reports.render', {
      kind: 'completeness',
      format: 'docx',
      period: '2024',
    });
    expect(trendDocx).toMatchObject({ ok: false, error: { code: 'refused' } });
  }, 60_000);
});
