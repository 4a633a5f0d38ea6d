import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { importUnitCatalogue } from '../../electron/core/services/unit-catalogue';
import { FIGURES } from '../fixtures/make-fixtures';
import { tempContext } from '../helpers/tmp';
import { figures, gen } from './helpers';

async function importOk(ctx: ReturnType<typeof tempContext>, names: string[], period?: string) {
  const p = await handlers['imports.preview']({ files: names.map(gen), period }, ctx);
  expect(p.errors).toEqual([]);
  const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
  expect(r.ok).toBe(true);
  return p;
}

describe('layouts SPEC §3 describes and the samples do not show', () => {
  it('two merged header rows without diacritics, reordered columns, column numbers, sections, blanks, total first, messy names', async () => {
    const ctx = tempContext();
    const p = await importOk(ctx, ['hai-dong-tieu-de-khong-dau.xlsx']);
    expect(p.sheets[0]).toMatchObject({ headerRow: 6, period: '2024-06', periodSource: 'title' });
    expect(Object.fromEntries(p.sheets[0]!.columns.map((c) => [c.column, c.indicator]))).toEqual({
      A: null,
      B: null,
      C: 'bhtn',
      D: 'bhxh_voluntary',
      E: 'bhxh_compulsory',
      F: 'labor_force',
      G: null,
    });
    // The total row matched the sum of the rows: no warning.
    expect(p.warnings).toEqual([]);
    for (const [code, nums] of Object.entries(FIGURES))
      expect(figures(ctx, '2024-06', code), code).toEqual(nums);
  });

  it('instruction and hidden sheets skipped; code column; formulas cached results; "," thousands; rate and note columns ignored', async () => {
    const ctx = tempContext();
    const p = await importOk(ctx, ['nhieu-trang-ma-don-vi.xlsx']);
    expect(p.sheets.map((s) => s.sheet)).toEqual(['Số liệu']);
    expect(p.sheets[0]).toMatchObject({ codeColumn: 'A', period: '2024-06' });
    for (const [code, nums] of Object.entries(FIGURES))
      expect(figures(ctx, '2024-06', code), code).toEqual(nums);
  });

  it('a labour-force sheet titled "Năm 2024" stores the yearly period 2024, which applies to every month', async () => {
    const ctx = tempContext();
    const p = await importOk(ctx, ['lllđ-nam-2024.xlsx']);
    expect(p.sheets[0]!.period).toBe('2024');
    const stored = ctx.db.prepare('SELECT DISTINCT period FROM observations').all();
    expect(stored).toEqual([{ period: '2024' }]);
    expect(figures(ctx, '2024-02', '622')[0]).toBe(FIGURES['622']![0]);
    expect(figures(ctx, '2024-11', '634')[0]).toBe(FIGURES['634']![0]);
  });

  it('a period column holds several months in mixed spellings (text, T1/2024, 202402, a date)', async () => {
    const ctx = tempContext();
    const p = await importOk(ctx, ['lich-su-theo-thang.xlsx']);
    expect(p.sheets[0]).toMatchObject({ periodColumn: 'A', periodSource: 'column' });
    for (const m of [1, 2, 3])
      expect(figures(ctx, `2024-0${m}`, '633').slice(1)).toEqual([1000 * m + 1, 100 * m + 2, 500 * m + 3]);
    // Jumps above 20% against the month before are warned, staged months included.
    expect(p.warnings.some((w) => w.message.includes('so với tháng trước'))).toBe(true);
  });

  it('the period comes from the user when the title has none; without it nothing is imported', async () => {
    const ctx = tempContext();
    const bad = await handlers['imports.preview']({ files: [gen('khong-ky.xlsx')] }, ctx);
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]!.message).toContain('Không xác định được kỳ báo cáo');
    const p = await importOk(ctx, ['khong-ky.xlsx'], '2024-06');
    expect(p.sheets[0]).toMatchObject({ period: '2024-06', periodSource: 'user' });
    expect(figures(ctx, '2024-06', '633')).toEqual([70000, 4700, 1350, 3450]);
  });

  it('commune rows once the catalogue holds communes; a shared name is placed by its district section; districts sum their communes', async () => {
    const ctx = tempContext();
    expect(await importUnitCatalogue(ctx.db, gen('danh-muc-xa.xlsx').data, 'danh-muc-xa.xlsx')).toEqual({
      inserted: 5,
      updated: 0,
    });
    const p = await importOk(ctx, ['cap-xa.xlsx']);
    expect(p.warnings).toEqual([]);
    expect(figures(ctx, '2024-06', '23000').slice(1)).toEqual([110, 11, 101]);
    expect(figures(ctx, '2024-06', '21000').slice(1)).toEqual([210, 21, 201]);
    expect(figures(ctx, '2024-06', '633').slice(1)).toEqual([360, 36, 306]);
    expect(figures(ctx, '2024-06', '639').slice(1)).toEqual([430, 43, 403]);
  });

  it('the blank template, filled in, imports without any guessing', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const ctx = tempContext();
    const t = await handlers['imports.template']({ period: '2024-Q2' }, ctx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(t.data) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getCell('C5').protection?.locked).toBe(false);
    expect(ws.getCell('C5').dataValidation?.type).toBe('whole');
    let filled = 0;
    ws.eachRow((row, r) => {
      if (r < 5) return;
      row.getCell(3).value = 1000 + r;
      row.getCell(4).value = 100 + r;
      row.getCell(5).value = 10 + r;
      row.getCell(6).value = 50 + r;
      filled++;
    });
    expect(filled).toBe(17);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await handlers['imports.preview']({ files: [{ name: 'mau.xlsx', data }] }, ctx);
    expect(p.errors).toEqual([]);
    expect(p.sheets).toHaveLength(1);
    expect(p.sheets[0]).toMatchObject({ period: '2024-06', codeColumn: 'A', unitColumn: 'B' });
    expect(p.sheets[0]!.columns.filter((c) => c.indicator).every((c) => c.confidence === 'exact')).toBe(true);
    expect(p.counts.inserted).toBe(68);
  });
});
