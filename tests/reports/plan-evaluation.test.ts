import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanEvaluation } from '../../electron/core/reports/plan-evaluation-model';
import { renderReport } from '../../electron/core/reports/render';
import { OLD_DISTRICTS, OLD_GIA_LAI_COMMUNES, putFigures } from '../helpers/put-figures';
import { tempContext, tempDir } from '../helpers/tmp';

type Ctx = ReturnType<typeof tempContext>;
const DISTRICTS = OLD_DISTRICTS;
const GIA_LAI = OLD_GIA_LAI_COMMUNES;

/** 17 districts × 50,000 labour force until 2024; 2025 by new commune, its labour force published for 64 itself. */
function history(ctx: Ctx) {
  for (const d of DISTRICTS) {
    for (const y of ['2022', '2023', '2024']) putFigures(ctx, d, { labor_force: 50_000 }, y);
    putFigures(ctx, d, { bhxh_compulsory: 5_000, bhxh_voluntary: 1_000, bhtn: 3_000 }, '2022-12');
    putFigures(ctx, d, { bhxh_compulsory: 6_500, bhxh_voluntary: 1_000, bhtn: 4_500 }, '2023-12');
    putFigures(ctx, d, { bhxh_compulsory: 7_000, bhxh_voluntary: 1_000, bhtn: 4_600 }, '2024-12');
  }
  putFigures(ctx, '64', { labor_force: 770_000 }, '2025');
  for (const c of GIA_LAI)
    putFigures(ctx, c.code, { bhxh_compulsory: 1_500, bhxh_voluntary: 300, bhtn: 900 }, '2025-12');
}

describe('the final evaluation of plan 156 (2023–2025)', () => {
  it("each year's result against its target, the start and end points, the people added", () => {
    const ctx = tempContext();
    history(ctx);
    const e = buildPlanEvaluation(ctx.db, { planNumber: '156/KH-UBND' });
    expect(e.unit).toBe('64');
    expect(e.years.map((y) => [y.year, y.month, y.bhxhTarget, y.bhxhMet, y.bhtnTarget, y.bhtnMet])).toEqual([
      [2023, '2023-12', 14.83, true, 9.16, false],
      [2024, '2024-12', null, null, null, null],
      [2025, '2025-12', 16.83, true, 9.85, false],
    ]);
    expect(e.years[0]!.bhxhCoverage).toBeCloseTo(15, 10);
    expect(e.years[2]).toMatchObject({ laborForce: 770_000, bhxhParticipants: 138_600, bhtn: 69_300 });
    expect(e.years[2]!.bhxhCoverage).toBeCloseTo(18, 10);
    expect(e.start).toMatchObject({ month: '2022-12', bhxhParticipants: 102_000, bhtn: 51_000 });
    expect(e.end).toMatchObject({ month: '2025-12', bhxhParticipants: 138_600 });
    expect(e.added).toEqual({ bhxhParticipants: 36_600, bhtn: 18_300 });
    expect(e.summary.join('\n')).toMatch(
      /Năm 2023.*15,00% so với chỉ tiêu 14,83%: đạt.*BHTN 9,00% so với chỉ tiêu 9,16%: chưa đạt/,
    );
    expect(e.summary.join('\n')).toMatch(/tăng 36\.600 người \(từ 102\.000 lên 138\.600\)/);
  });

  it('reads back from PDF and Excel (report --kind evaluation)', async () => {
    const ctx = tempContext();
    history(ctx);
    const dir = tempDir();
    const pdf = await renderReport(ctx.db, { kind: 'evaluation', format: 'pdf', period: '2025' });
    expect(pdf.name).toBe('danh-gia-ke-hoach-156-KH-UBND.pdf');
    writeFileSync(join(dir, 'e.pdf'), pdf.data);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'e.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Kế hoạch số 156\/KH-UBND giai đoạn 2023–2025/i);
    expect(text).toMatch(/Chưa đạt/);
    expect(text).toMatch(/\+36\.600/);
    const xlsx = await renderReport(ctx.db, { kind: 'evaluation', format: 'xlsx', period: '2025' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A8').value).toBe('2025 (tháng 12/2025)');
    expect(ws.getCell('C8').value).toBe(138_600);
    expect(ws.getCell('F6').value).toBe('Đạt');
    expect(ws.getCell('J6').value).toBe('Chưa đạt');
  });
});
