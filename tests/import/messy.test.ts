import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { MESSY, MESSY_DIR } from '../fixtures/make-messy';
import { tempContext } from '../helpers/tmp';
import { figures, fileInput, observationCount } from './helpers';

describe('workbooks clerks send that no template foresaw', () => {
  for (const c of MESSY.filter((m) => m.expect))
    it(`${c.file}: ${c.what}`, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [fileInput(join(MESSY_DIR, c.file))] }, ctx);
      expect(p.errors).toEqual([]);
      const unexpected = p.warnings.filter((w) => !(c.warnings ?? []).some((re) => re.test(w.message)));
      expect(unexpected).toEqual([]);
      for (const re of c.warnings ?? [])
        expect(
          p.warnings.some((w) => re.test(w.message)),
          String(re),
        ).toBe(true);
      expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(true);
      let n = 0;
      for (const [period, units] of Object.entries(c.expect!))
        for (const [unit, nums] of Object.entries(units)) {
          expect(figures(ctx, period, unit), `${period} ${unit}`).toEqual(nums);
          n += nums.filter((v) => v !== null).length;
        }
      // Nothing beyond what the file holds was stored (labour force of several months may share a yearly row).
      expect(observationCount(ctx)).toBeLessThanOrEqual(n);
    });
});

describe('genuinely ambiguous workbooks are refused, naming the cell', () => {
  for (const c of MESSY.filter((m) => m.errors))
    it(`${c.file}: ${c.what}`, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [fileInput(join(MESSY_DIR, c.file))] }, ctx);
      expect(p.ok).toBe(false);
      expect(p.errors.map((e) => [e.sheet, e.cell, e.message])).toEqual(
        c.errors!.map(([sheet, cell, re]) => [sheet, cell, expect.stringMatching(re)]),
      );
      expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
      expect(observationCount(ctx)).toBe(0);
    });
});
