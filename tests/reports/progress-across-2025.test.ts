import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newUnits2025 } from '../../electron/core/db/seed/gia-lai-2025';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { renderReport } from '../../electron/core/reports/render';
import { territoryBreakdown } from '../../electron/core/reports/territory-groups';
import { valuesForMonth } from '../../electron/core/services/values';
import { OLD_GIA_LAI_COMMUNES, putFigures } from '../helpers/put-figures';
import { tempContext, tempDir } from '../helpers/tmp';

type Ctx = ReturnType<typeof tempContext>;

const fresh = newUnits2025();
const giaLai = OLD_GIA_LAI_COMMUNES;

/** Old Gia Lai's 77 communes in 12/2025: 10,000 labour force, 1,500 compulsory, 300 voluntary, 900 BHTN each. */
function december(ctx: Ctx) {
  for (const c of giaLai)
    putFigures(
      ctx,
      c.code,
      { labor_force: 10_000, bhxh_compulsory: 1_500, bhxh_voluntary: 300, bhtn: 900 },
      '2025-12',
    );
  for (const c of fresh.filter((u) => u.oldProvinceCodes.join() === '52'))
    putFigures(ctx, c.code, { labor_force: 1, bhxh_compulsory: 1, bhxh_voluntary: 0, bhtn: 1 }, '2025-12');
}

describe('the progress report for 12/2025, across the break', () => {
  it("groups old Gia Lai's 77 communes by the old district each came from, the 6 spanning several apart", () => {
    const ctx = tempContext();
    december(ctx);
    const b = territoryBreakdown(ctx.db, valuesForMonth(ctx.db, '2025-12'))!;
    expect(b.territory).toMatchObject({ unit: '64', territory: true });
    const communes = b.groups.flatMap((g) => g.communes);
    expect(communes).toHaveLength(77);
    const multi = b.groups.at(-1)!;
    expect(multi).toMatchObject({ key: 'nhieu-huyen', title: 'Xã, phường hình thành từ nhiều huyện cũ' });
    expect(multi.communes.map((c) => c.row.unit).sort()).toEqual([
      '23590',
      '23611',
      '23614',
      '23794',
      '23971',
      '23977',
    ]);
    expect(multi.communes.find((c) => c.row.unit === '23590')!.oldDistricts.map((d) => d.code)).toEqual([
      '622',
      '626',
      '627',
    ]);
    const chuSe = b.groups.find((g) => g.key === '633')!;
    expect(chuSe.title).toBe('Địa bàn Huyện Chư Sê cũ');
    expect(
      chuSe.communes.every((c) => c.oldDistricts.length === 1 && c.oldDistricts[0]!.code === '633'),
    ).toBe(true);
    expect(chuSe.subtotal.cells.bhxh_compulsory!.value).toBe(chuSe.communes.length * 1_500);
    expect(chuSe.subtotal.cells.bhxh_coverage!.value).toBeCloseTo(18, 10);
    // groups follow the districts' order, Pleiku first
    expect(b.groups[0]!.key).toBe('622');
    expect(b.sentence).toMatch(
      /^Từ ngày 01\/7\/2025 không còn cấp huyện.*77 xã, phường hình thành từ địa bàn tỉnh Gia Lai cũ.*6 xã, phường hình thành từ nhiều huyện cũ/,
    );
  });

  it('evaluates plan 156 on the territory and says the district level ended; PDF and Excel read back', async () => {
    const ctx = tempContext();
    december(ctx);
    const m = buildProgressReport(ctx.db, '2025-12');
    expect(m.plan?.number).toBe('156/KH-UBND');
    expect(m.province).toMatchObject({ unit: '64', laborForce: 770_000, bhxhParticipants: 77 * 1_800 });
    expect(m.province.bhxh.actual).toBeCloseTo(18, 10);
    expect(m.province.bhxh.target).toBe(16.83);
    expect(m.province.bhtnCoverage.target).toBe(9.85);
    expect(m.districts.map((d) => d.name)).toContain('Địa bàn Huyện Chư Sê cũ');
    expect(m.districts.at(-1)!.name).toBe('Xã, phường hình thành từ nhiều huyện cũ');
    expect(m.summary[0]).toMatch(/Từ ngày 01\/7\/2025 không còn cấp huyện/);

    const dir = tempDir();
    const pdf = await renderReport(ctx.db, { kind: 'progress', format: 'pdf', period: '2025-12' });
    writeFileSync(join(dir, 'r.pdf'), pdf.data);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Từ ngày 01\/7\/2025 không còn cấp huyện/);
    expect(text).toMatch(/Địa bàn Huyện Chư Sê cũ/);
    expect(text).toMatch(/770\.000/);
    const xlsx = await renderReport(ctx.db, { kind: 'progress', format: 'xlsx', period: '2025-12' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
    expect(cells).toContain('Địa bàn Huyện Chư Sê cũ');
    expect(cells.some((c) => c.includes('770'))).toBe(true);
  });
});
