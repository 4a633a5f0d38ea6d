import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import type { CoreContext } from '../../electron/core/context';
import { OFFICIAL_FORM } from '../fixtures/make-official-form';
import { cli } from '../helpers/cli';
import { tempContext, tempDir } from '../helpers/tmp';
import { figures, fileInput } from './helpers';

const KEY = '633|bhxh_compulsory|2024-03';
/** Chư Sê's compulsory BHXH in the official form: column D of its row. */
const CELL = 'D23';

async function importedThenCorrected(ctx: CoreContext) {
  const first = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
  expect((await handlers['imports.commit']({ previewId: first.previewId }, ctx)).ok).toBe(true);
  const fix = await handlers['values.set'](
    {
      unit: '633',
      indicator: 'bhxh_compulsory',
      period: '2024-03',
      value: 4900,
      note: 'Công văn 12/BHXH-CS đính chính',
    },
    ctx,
  );
  expect(fix.ok).toBe(true);
}

describe('a re-import over a correction by hand', () => {
  it('flags each corrected figure the file would replace, with its cell, the file’s figure and the reason', async () => {
    const ctx = tempContext();
    await importedThenCorrected(ctx);
    const p = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
    expect(p.counts).toMatchObject({ inserted: 0, updated: 1 });
    expect(p.corrections).toEqual([
      expect.objectContaining({
        key: KEY,
        unit: '633',
        corrected: 4900,
        fileValue: 4668,
        sheet: 'Biểu 01',
        cell: CELL,
        note: expect.stringContaining('Lý do: Công văn 12/BHXH-CS đính chính'),
      }),
    ]);
    const w = p.warnings.filter((x) => x.cell === CELL);
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/Huyện Chư Sê.*đã được sửa tay thành 4\.900.*tệp ghi 4\.668/);
  });

  it('keeps the correction when the clerk says so, and takes the file’s figure otherwise', async () => {
    const ctx = tempContext();
    await importedThenCorrected(ctx);
    const kept = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
    const r = await handlers['imports.commit']({ previewId: kept.previewId, keepCorrections: [KEY] }, ctx);
    expect(r).toMatchObject({ ok: true, import: null, updated: 0 });
    expect(figures(ctx, '2024-03', '633')[1]).toBe(4900);

    const taken = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
    const t = await handlers['imports.commit']({ previewId: taken.previewId, keepCorrections: [] }, ctx);
    expect(t).toMatchObject({ ok: true, updated: 1 });
    expect(figures(ctx, '2024-03', '633')[1]).toBe(4668);
    // Nothing corrected by hand stands any more: nothing to flag.
    const again = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
    expect(again.corrections).toEqual([]);
  });

  it('CLI: reports the corrected figure as a warning with its cell', async () => {
    const db = join(tempDir(), 'cli.db');
    const ctx = createContext(db);
    try {
      await importedThenCorrected(ctx);
    } finally {
      ctx.db.close();
    }
    const r = cli('import', OFFICIAL_FORM, '--db', db, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { warnings: { cell: string | null; message: string }[] };
    expect(out.warnings).toEqual([
      {
        file: 'bieu-tong-hop-tinh-2024-03.xlsx',
        sheet: 'Biểu 01',
        cell: `Biểu 01!${CELL}`,
        message: expect.stringMatching(/đã được sửa tay thành 4\.900/),
      },
    ]);
    expect(r.stderr).toContain(`Cảnh báo [bieu-tong-hop-tinh-2024-03.xlsx, Biểu 01!${CELL}]`);
  });
});
