import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempContext } from '../helpers/tmp';
import { dispatch } from '../../electron/core/dispatch';
import { listTargets, getPlanByNumber } from '../../electron/core/repos/targets';

/** An appendix as UBND sends it: title rows, "Năm 2024" merged over two rate columns, a numbering row. */
async function appendix(
  rows: (string | number | null)[][],
  opts: { percentFormat?: boolean } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'Không có bảng ở trang này';
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'Phụ lục: CHỈ TIÊU TỶ LỆ BAO PHỦ BHXH, BHTN GIAO CHO CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ';
  ws.getCell('A2').value = '(Kèm theo Kế hoạch số 156/KH-UBND ngày 18/01/2023 của UBND tỉnh)';
  ws.getRow(4).values = ['STT', 'Đơn vị', 'Năm 2024', null, 'Năm 2025', null];
  ws.mergeCells('C4:D4');
  ws.mergeCells('E4:F4');
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.getRow(5).values = [
    null,
    null,
    'Tỷ lệ bao phủ BHXH (%)',
    'Tỷ lệ bao phủ BHTN (%)',
    'Tỷ lệ bao phủ BHXH (%)',
    'Tỷ lệ bao phủ BHTN (%)',
  ];
  ws.getRow(6).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'];
  rows.forEach((r, i) => {
    ws.getRow(7 + i).values = r;
    if (opts.percentFormat) for (const c of [3, 4, 5, 6]) ws.getCell(7 + i, c).numFmt = '0.00%';
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const get = (ctx: ReturnType<typeof tempContext>, unit: string, indicator: string, year: number) =>
  listTargets(ctx.db).find((t) => t.unitCode === unit && t.indicator === indicator && t.year === year)?.value;

describe('targets.import from a plan appendix sheet', () => {
  it('reads merged two-row headers, units as clerks type them, and Vietnamese decimals', async () => {
    const ctx = tempContext();
    const data = await appendix([
      ['I', 'Khối thành phố, thị xã', null, null, null, null],
      [1, 'TP. Pleiku', 35.1, 27.2, 37.5, 28],
      [2, 'TX An Khê', '15,5', '10,25', 16, 11],
      [3, 'H. Chư Sê', 9, 5.5, 10, 6],
      [4, 'Huyện Không Có', 9, 5, 10, 6],
      [5, 'Huyện Đăk Đoa', 120, 5, 10, 6],
      ['', 'Toàn tỉnh', 15.83, 9.5, 16.83, 9.85],
    ]);
    const r = await dispatch(ctx, 'targets.import', {
      file: { name: 'phu-luc.xlsx', data },
      planNumber: '156/KH-UBND',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = r.result as { count: number; problems: string[] };
    expect(get(ctx, '622', 'bhxh_coverage', 2024)).toBe(35.1);
    expect(get(ctx, '622', 'bhtn_coverage', 2025)).toBe(28);
    expect(get(ctx, '623', 'bhxh_coverage', 2024)).toBe(15.5);
    expect(get(ctx, '623', 'bhtn_coverage', 2024)).toBe(10.25);
    expect(get(ctx, '633', 'bhtn_coverage', 2024)).toBe(5.5);
    expect(get(ctx, '64', 'bhxh_coverage', 2024)).toBe(15.83);
    // The seeded 2025 province target is replaced by the appendix's.
    expect(get(ctx, '64', 'bhtn_coverage', 2025)).toBe(9.85);
    // Đak Đoa's BHXH rate of 120% is refused; its other three targets are kept.
    expect(get(ctx, '626', 'bhxh_coverage', 2024)).toBeUndefined();
    expect(get(ctx, '626', 'bhtn_coverage', 2024)).toBe(5);
    // 3 city/town rows × 4 + province × 4 + Đak Đoa × 3.
    expect(result.count).toBe(19);
    expect(result.problems.some((p) => p.includes('Huyện Không Có') && p.includes('Phụ lục!B11'))).toBe(true);
    expect(result.problems.some((p) => p.includes('Phụ lục!C12') && p.includes('từ 0 đến 100'))).toBe(true);
    expect(result.problems).toHaveLength(2);
  });

  it('reads rates stored as fractions with a percent format', async () => {
    const ctx = tempContext();
    const data = await appendix([[1, 'Thành phố Pleiku', 0.351, 0.272, 0.375, 0.28]], {
      percentFormat: true,
    });
    const r = await dispatch(ctx, 'targets.import', {
      file: { name: 'pl.xlsx', data },
      planNumber: '156/KH-UBND',
    });
    expect(r.ok).toBe(true);
    expect(get(ctx, '622', 'bhxh_coverage', 2024)).toBeCloseTo(35.1, 9);
  });

  it('skips years outside the plan and says so', async () => {
    const ctx = tempContext();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL');
    ws.getRow(1).values = ['Đơn vị', 'BHXH năm 2025', 'BHXH năm 2026'];
    ws.getRow(2).values = ['Huyện Ia Pa', 7.5, 8];
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await dispatch(ctx, 'targets.import', {
      file: { name: 'pl.xlsx', data },
      planNumber: '156/KH-UBND',
    });
    const result = r.ok ? (r.result as { count: number; problems: string[] }) : null;
    expect(result?.count).toBe(1);
    expect(result?.problems[0]).toMatch(/năm 2026 ngoài thời gian của kế hoạch 156\/KH-UBND/);
    expect(get(ctx, '635', 'bhxh_coverage', 2025)).toBe(7.5);
  });

  it('refuses a workbook without targets, an unknown plan and a non-xlsx file, writing nothing', async () => {
    const ctx = tempContext();
    const before = listTargets(ctx.db).length;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống').getCell('A1').value = 'Danh sách';
    const empty = new Uint8Array(await wb.xlsx.writeBuffer());
    const r1 = await dispatch(ctx, 'targets.import', {
      file: { name: 'trong.xlsx', data: empty },
      planNumber: '156/KH-UBND',
    });
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.error.message).toMatch(/Không tìm thấy chỉ tiêu nào trong trong\.xlsx/);
    const r2 = await dispatch(ctx, 'targets.import', {
      file: { name: 'a.xlsx', data: empty },
      planNumber: '999/KH',
    });
    expect(!r2.ok && r2.error.message).toMatch(/Không có kế hoạch số 999\/KH/);
    const r3 = await dispatch(ctx, 'targets.import', {
      file: { name: 'cu.xls', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
      planNumber: '156/KH-UBND',
    });
    expect(!r3.ok && r3.error.message).toMatch(/\.xlsx/);
    expect(listTargets(ctx.db)).toHaveLength(before);
    expect(getPlanByNumber(ctx.db, '156/KH-UBND')).not.toBeNull();
  });

  it('reads cells with the importer reader: "14,83%", "1.5", dot thousands; refuses a count above 10 million', async () => {
    const ctx = tempContext();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL');
    ws.getRow(1).values = ['Đơn vị', 'Tỷ lệ bao phủ BHXH (%) năm 2025', 'Số người tham gia BHXH năm 2025'];
    ws.getRow(2).values = ['Huyện Ia Pa', '14,83%', '52.685'];
    ws.getRow(3).values = ['Huyện Chư Sê', '1.5', 25_000_000];
    const r = await dispatch(ctx, 'targets.import', {
      file: { name: 'pl.xlsx', data: new Uint8Array(await wb.xlsx.writeBuffer()) },
      planNumber: '156/KH-UBND',
    });
    expect(r.ok).toBe(true);
    const result = r.ok ? (r.result as { count: number; problems: string[] }) : null;
    expect(get(ctx, '635', 'bhxh_coverage', 2025)).toBe(14.83);
    expect(get(ctx, '635', 'bhxh_participants', 2025)).toBe(52_685);
    expect(get(ctx, '633', 'bhxh_coverage', 2025)).toBe(1.5);
    expect(get(ctx, '633', 'bhxh_participants', 2025)).toBeUndefined();
    expect(result?.problems).toEqual([
      expect.stringMatching(/^PL!C3: chỉ tiêu 25\.000\.000 người vượt quá.*10\.000\.000/),
    ]);
  });
});
