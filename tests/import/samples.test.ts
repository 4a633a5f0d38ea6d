import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';
import { figures, sample, SAMPLES } from './helpers';

/** Expected figures parsed from the samples' README: name → [labor_force, compulsory, voluntary, bhtn]. */
function expected(): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of readFileSync(join(SAMPLES, 'README.md'), 'utf8').matchAll(
    /^- (.+?): (\d+), (\d+), (\d+), (\d+)$/gm,
  ))
    out.set(m[1]!, [m[2], m[3], m[4], m[5]].map(Number));
  return out;
}

describe('the three samples', () => {
  it('the provincial summary imports with no question and gives exactly the README figures', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [sample('tong-hop-toan-tinh-2024-03.xlsx')] }, ctx);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    const sheet = p.sheets[0]!;
    expect(sheet).toMatchObject({
      sheet: 'TH toàn tỉnh',
      headerRow: 8,
      period: '2024-03',
      periodSource: 'title',
      unitColumn: 'B',
    });
    expect(
      sheet.columns.filter((c) => c.indicator).map((c) => [c.column, c.indicator, c.confidence]),
    ).toEqual([
      ['C', 'labor_force', 'exact'],
      ['D', 'bhxh_compulsory', 'exact'],
      ['E', 'bhxh_voluntary', 'exact'],
      ['F', 'bhtn', 'exact'],
    ]);
    expect(p.counts).toEqual({ inserted: 68, updated: 0, unchanged: 0 });
    const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    expect(r.ok).toBe(true);
    const want = expected();
    expect(want.size).toBe(17);
    const rows = (await handlers['values.get']({ period: '2024-03' }, ctx)).rows;
    for (const [name, nums] of want) {
      const row = rows.find((x) => x.name === name)!;
      expect(
        ['labor_force', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn'].map((k) => row.cells[k]!.value),
        name,
      ).toEqual(nums);
    }
  });

  it('Chư Sê (abbreviated headers, a rate column) and Pleiku (text numbers) give their README figures', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview'](
      { files: [sample('chu-se-2024-03.xlsx'), sample('pleiku-2024-03-so-dang-chu.xlsx')] },
      ctx,
    );
    expect(p.errors).toEqual([]);
    const chuSe = p.sheets.find((s) => s.file === 'chu-se-2024-03.xlsx')!;
    expect(chuSe.columns.find((c) => c.column === 'G')).toMatchObject({
      indicator: null,
      confidence: 'ignored',
    });
    await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    const want = expected();
    expect(figures(ctx, '2024-03', '633')).toEqual(want.get('Huyện Chư Sê'));
    expect(figures(ctx, '2024-03', '622')).toEqual(want.get('Thành phố Pleiku'));
  });

  it('all three at once: the districts sent twice agree, and the total row still adds up', async () => {
    const ctx = tempContext();
    const files = [
      'pleiku-2024-03-so-dang-chu.xlsx',
      'chu-se-2024-03.xlsx',
      'tong-hop-toan-tinh-2024-03.xlsx',
    ].map(sample);
    const p = await handlers['imports.preview']({ files }, ctx);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.counts).toEqual({ inserted: 68, updated: 0, unchanged: 0 });
  });
});
