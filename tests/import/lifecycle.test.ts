import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { saveSettings } from '../../electron/core/repos/settings';
import { listBackups } from '../../electron/core/services/backup';
import { tempContext } from '../helpers/tmp';
import { figures, gen, observationCount, sample } from './helpers';

describe('commit, re-import, undo, mapping memory', () => {
  it('a bad second file leaves the first unwritten (one transaction for all files)', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview'](
      { files: [sample('chu-se-2024-03.xlsx'), gen('loi-du-lieu.xlsx')] },
      ctx,
    );
    expect(p.ok).toBe(false);
    expect(p.errors.every((e) => e.file === 'loi-du-lieu.xlsx')).toBe(true);
    const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    expect(r).toMatchObject({ ok: false, import: null });
    expect(observationCount(ctx)).toBe(0);
    expect(await handlers['imports.list']({}, ctx)).toEqual([]);
  });

  it('records the import; the same file again changes nothing; undo restores the old figures', async () => {
    const ctx = tempContext();
    saveSettings(ctx.db, { autoBackup: true });
    const first = await handlers['imports.preview'](
      { files: [sample('tong-hop-toan-tinh-2024-03.xlsx')] },
      ctx,
    );
    const r1 = await handlers['imports.commit']({ previewId: first.previewId }, ctx);
    expect(r1).toMatchObject({ ok: true, import: 1, inserted: 68 });
    expect(listBackups(ctx).filter((b) => b.reason === 'before-import')).toHaveLength(1);
    const list = await handlers['imports.list']({}, ctx);
    expect(list[0]).toMatchObject({
      id: 1,
      kind: 'file',
      inserted: 68,
      files: [{ name: 'tong-hop-toan-tinh-2024-03.xlsx', sha256: first.files[0]!.sha256 }],
    });

    const again = await handlers['imports.preview'](
      { files: [sample('tong-hop-toan-tinh-2024-03.xlsx')] },
      ctx,
    );
    expect(again.files[0]!.alreadyImportedAs).toBe(1);
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 68 });
    const r2 = await handlers['imports.commit']({ previewId: again.previewId }, ctx);
    expect(r2).toMatchObject({ ok: true, import: null, unchanged: 68 });
    expect(await handlers['imports.list']({}, ctx)).toHaveLength(1);

    // Pleiku's own file changes nothing either (same figures); a corrected Chư Sê would: use Chư Sê with an edited value.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(sample('chu-se-2024-03.xlsx').data) as unknown as ArrayBuffer);
    wb.worksheets[0]!.getCell('D7').value = 4700;
    const edited = { name: 'chu-se-sua.xlsx', data: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const p3 = await handlers['imports.preview']({ files: [edited] }, ctx);
    expect(p3.changes.find((c) => c.status === 'changed')).toMatchObject({
      unit: '633',
      indicator: 'bhxh_compulsory',
      oldValue: 4668,
      newValue: 4700,
      cell: 'D7',
    });
    const r3 = await handlers['imports.commit']({ previewId: p3.previewId }, ctx);
    expect(r3).toMatchObject({ import: 2, updated: 1, unchanged: 3 });
    expect(figures(ctx, '2024-03', '633')[1]).toBe(4700);

    await expect(Promise.resolve().then(() => handlers['imports.undo']({ id: 1 }, ctx))).rejects.toThrow(
      /lần nhập số 2/,
    );
    expect(await handlers['imports.undo']({ id: 2 }, ctx)).toEqual({ restored: 1 });
    expect(figures(ctx, '2024-03', '633')[1]).toBe(4668);
    expect(await handlers['imports.undo']({ id: 1 }, ctx)).toEqual({ restored: 68 });
    expect(observationCount(ctx)).toBe(0);
  });

  it('a column mapping the user confirms is remembered for the layout', async () => {
    const ctx = tempContext();
    const ExcelJS = (await import('exceljs')).default;
    const make = async (month: number, value: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('A1').value = `Tháng ${month}/2024`;
      ws.getRow(2).values = ['Đơn vị', 'Cột lạ', 'BHTN'];
      ws.getRow(3).values = ['Huyện Chư Sê', value, 3449];
      return { name: `chu-se-${month}.xlsx`, data: new Uint8Array(await wb.xlsx.writeBuffer()) };
    };
    const p = await handlers['imports.preview']({ files: [await make(3, 4668)] }, ctx);
    expect(p.warnings[0]).toMatchObject({ cell: 'B2' });
    expect(p.counts.inserted).toBe(1);
    const fp = p.sheets[0]!.fingerprint;
    const confirmed = await handlers['imports.preview'](
      { files: [await make(3, 4668)], mappings: { [fp]: { B: 'bhxh_compulsory' } } },
      ctx,
    );
    expect(confirmed.sheets[0]!.columns[1]).toMatchObject({
      column: 'B',
      indicator: 'bhxh_compulsory',
      confidence: 'confirmed',
    });
    await handlers['imports.commit']({ previewId: confirmed.previewId }, ctx);
    const next = await handlers['imports.preview']({ files: [await make(4, 4700)] }, ctx);
    expect(next.sheets[0]!.columns[1]).toMatchObject({
      indicator: 'bhxh_compulsory',
      confidence: 'remembered',
    });
    expect(next.counts.inserted).toBe(2);
  });
});
