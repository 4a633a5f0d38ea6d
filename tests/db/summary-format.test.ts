import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { encodeSummary, SUMMARY_FORMAT } from '../../electron/core/services/stored-summaries';
import { summaryForMonth } from '../../electron/core/services/values';
import { OLD_GIA_LAI_COMMUNES, putFigures, putThreeDistricts } from '../helpers/put-figures';
import { tempContext } from '../helpers/tmp';

/**
 * Summaries stored by one build are read by the next one while SUMMARY_FORMAT stays the same. So when what a
 * summary holds changes for the same figures (computeMonth, aggregation, formulas, targets), this test fails:
 * bump SUMMARY_FORMAT in stored-summaries.ts and record the new fingerprint below, together.
 */
const RECORDED = '1:af1f8f548023c9cb';

it('a summary of the same figures is the same unless SUMMARY_FORMAT moves', () => {
  const ctx = tempContext();
  // Districts in May and June 2024 (July carries them), communes of the new province after the break.
  putThreeDistricts(ctx, ['2024-05', '2024-06']);
  for (const [n, c] of OLD_GIA_LAI_COMMUNES.slice(0, 5).entries())
    putFigures(ctx, c.code, { labor_force: 5_000 + n, bhxh_compulsory: 700 + n, bhtn: 500 + n }, '2025-08');
  const bodies = ['2024-06', '2024-07', '2025-06', '2025-08', '2025-09'].map((m) =>
    encodeSummary(summaryForMonth(ctx.db, m)),
  );
  expect(bodies.every((b) => b !== null && b.length > 100)).toBe(true);
  const fingerprint = createHash('sha256').update(bodies.join('\n')).digest('hex').slice(0, 16);
  expect(`${SUMMARY_FORMAT}:${fingerprint}`).toBe(RECORDED);
  ctx.db.close();
});
