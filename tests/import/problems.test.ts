import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { upsertUnit } from '../../electron/core/repos/units';
import { tempContext } from '../helpers/tmp';
import { gen, observationCount } from './helpers';

describe('bad files are refused, each with its own message, nothing written', () => {
  const cases: [string, RegExp][] = [
    ['excel-cu.xls', /tệp Excel cũ \(\.xls/],
    ['dat-mat-khau.xlsx', /đặt mật khẩu/],
    ['hong.xlsx', /bị hỏng/],
    ['khong-phai-excel.xlsx', /không phải là tệp Excel/],
    ['zip-khong-phai-xlsx.xlsx', /không phải là sổ tính Excel/],
    ['khong-co-bang.xlsx', /Không tìm thấy bảng số liệu/],
    ['bom-nen.xlsx', /bom nén/],
  ];
  for (const [name, message] of cases)
    it(name, async () => {
      const ctx = tempContext();
      const p = await handlers['imports.preview']({ files: [gen(name)] }, ctx);
      expect(p.ok).toBe(false);
      expect(p.errors).toHaveLength(1);
      expect(p.errors[0]).toMatchObject({ file: name, severity: 'error' });
      expect(p.errors[0]!.message).toMatch(message);
      const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
      expect(r.ok).toBe(false);
      expect(observationCount(ctx)).toBe(0);
    });
});

describe('data errors, each at its cell', () => {
  it('unknown unit, negative, fractional, text, formula error, the same unit twice with different numbers', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [gen('loi-du-lieu.xlsx')] }, ctx);
    const got = p.errors.map((e) => [e.sheet, e.cell, e.message.slice(0, 40)]);
    expect(got).toEqual([
      ['Số liệu', 'A3', expect.stringContaining('Không nhận ra đơn vị "Huyện Không Tồn')],
      ['Số liệu', 'C4', expect.stringContaining('số âm')],
      ['Số liệu', 'C5', expect.stringContaining('số lẻ thập phân')],
      ['Số liệu', 'B6', expect.stringContaining('"ba mươi nghìn" không phải là số')],
      ['Số liệu', 'C7', expect.stringContaining('lỗi công thức')],
      ['Số liệu', 'C9', expect.stringContaining('Huyện Mang Yang có hai số liệu')],
    ]);
    expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
    expect(observationCount(ctx)).toBe(0);
  });

  it('an ambiguous name is an error, never a guess; the user choice resolves it and is remembered', async () => {
    const ctx = tempContext();
    upsertUnit(ctx.db, {
      code: '23500',
      name: 'Xã Ia Pa',
      level: 'commune',
      parentCode: '635',
      validFrom: null,
      validTo: null,
      active: true,
      aliases: [],
    });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.getCell('A1').value = 'Tháng 6/2024';
    ws.getRow(2).values = ['Đơn vị', 'BHXH BB'];
    ws.getRow(3).values = ['Ia Pa', 1234];
    const file = { name: 'ia-pa.xlsx', data: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const p = await handlers['imports.preview']({ files: [file] }, ctx);
    expect(p.errors[0]).toMatchObject({ cell: 'A3' });
    expect(p.errors[0]!.message).toMatch(/không rõ là đơn vị nào: .*Huyện Ia Pa.*Xã Ia Pa/);
    const chosen = await handlers['imports.preview']({ files: [file], unitChoices: { 'Ia Pa': '635' } }, ctx);
    expect(chosen.errors).toEqual([]);
    expect((await handlers['imports.commit']({ previewId: chosen.previewId }, ctx)).ok).toBe(true);
    // Next month's file of the same layout needs no question.
    ws.getCell('A1').value = 'Tháng 7/2024';
    ws.getRow(3).values = ['Ia Pa', 1240];
    const next = await handlers['imports.preview'](
      { files: [{ name: 'ia-pa-7.xlsx', data: new Uint8Array(await wb.xlsx.writeBuffer()) }] },
      ctx,
    );
    expect(next.errors).toEqual([]);
    expect(next.changes[0]).toMatchObject({ unit: '635', period: '2024-07', newValue: 1240 });
  });
});

describe('warnings let the user go on', () => {
  it('participants above labour force, BHTN above compulsory, a total row that does not match', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [gen('canh-bao.xlsx')] }, ctx);
    expect(p.errors).toEqual([]);
    const w = p.warnings.map((x) => [x.cell, x.message]);
    expect(w).toContainEqual(['C3', 'Số người tham gia BHXH (1.100) lớn hơn lực lượng lao động (1.000).']);
    expect(w).toContainEqual([
      'E4',
      'Số người tham gia BHTN (2.500) lớn hơn số tham gia BHXH bắt buộc (2.000).',
    ]);
    expect(w).toContainEqual([
      'E5',
      'Dòng tổng cộng ghi 9.999 nhưng tổng các dòng đơn vị là 2.800 (lệch 7.199).',
    ]);
    expect(p.warnings).toHaveLength(3);
    const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    expect(r).toMatchObject({ ok: true, inserted: 8 });
  });

  it('a change of more than 20% since the previous month', async () => {
    const ctx = tempContext();
    const may = await handlers['imports.preview']({ files: [gen('pleiku-thang-5.xlsx')] }, ctx);
    await handlers['imports.commit']({ previewId: may.previewId }, ctx);
    const june = await handlers['imports.preview']({ files: [gen('hai-dong-tieu-de-khong-dau.xlsx')] }, ctx);
    const jump = june.warnings.filter((x) => x.message.includes('so với tháng trước'));
    expect(jump.map((x) => [x.cell, x.message])).toEqual([
      ['E10', 'Thay đổi tăng 56,7% so với tháng trước (30.000 → 47.000).'],
    ]);
  });

  it('the problems can be saved as a workbook to send back', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [gen('loi-du-lieu.xlsx')] }, ctx);
    const out = await handlers['imports.problemsWorkbook']({ previewId: p.previewId }, ctx);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.data) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B4').value).toBe('Lỗi');
    expect(ws.getCell('E4').value).toBe('A3');
    expect(String(ws.getCell('F4').value)).toContain('Không nhận ra đơn vị');
    expect(ws.rowCount).toBe(3 + 6);
  });
});
