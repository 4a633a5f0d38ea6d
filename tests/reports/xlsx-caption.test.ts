/**
 * The appendix caption, Vietnam's clock and Vietnamese indicator names in the progress workbook, written on
 * a machine set to UTC: every time the clerk reads must be 7 hours ahead of it.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import { attachedToLine } from '../../electron/core/reports/xlsx/caption';
import { BHTN_SHEET, BHXH_SHEET } from '../../electron/core/reports/xlsx/progress-xlsx';
import { listImports } from '../../electron/core/repos/imports';
import { saveSettings } from '../../electron/core/repos/settings';
import { DEFAULT_SETTINGS } from '../../shared/api/types';
import { SEED_INDICATORS } from '../../shared/domain/indicators';
import { tempContext } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';

process.env.TZ = 'UTC';

/** 20:30 UTC on 5 July is 03:30 on 6 July in Gia Lai: the date itself moves. */
const MADE = new Date('2024-07-05T20:30:00Z');

describe('the workbook on a machine set to UTC', () => {
  let wb: ExcelJS.Workbook;
  let importedAt: string;
  beforeAll(async () => {
    const ctx = tempContext();
    seedFigures(ctx.db, { skip: { '2024-06': ['635'] } });
    seedTargets(ctx.db);
    saveSettings(ctx.db, { documentNumber: 'Số: 125/BC-BHXH' });
    importedAt = listImports(ctx.db).at(-1)!.createdAt;
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'xlsx', period: '2024-06' }, MADE);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer);
  }, 60_000);

  it('runs in UTC (otherwise this test proves nothing)', () => {
    expect(new Date('2024-07-05T20:30:00Z').getHours()).toBe(20);
  });

  it('captions each appendix sheet as attached to the numbered report, dated on Vietnam’s clock', () => {
    const sheets = [BHXH_SHEET, BHTN_SHEET].map((n) => wb.getWorksheet(n)!);
    expect(sheets.map((s) => s.getCell('A1').value)).toEqual(['Phụ lục 01', 'Phụ lục 02']);
    for (const s of sheets) {
      expect(s.getCell('A1').isMerged).toBe(true);
      expect(s.getCell('A3').value).toBe('(Kèm theo Báo cáo số 125/BC-BHXH ngày 06 tháng 7 năm 2024)');
      expect(String(s.getCell('A4').value)).toContain('Tháng 6/2024');
    }
    expect(String(sheets[0]!.getCell('A2').value)).toContain('BẢO HIỂM XÃ HỘI – THÁNG 6/2024');
    expect(String(sheets[1]!.getCell('A2').value)).toContain('BẢO HIỂM THẤT NGHIỆP – THÁNG 6/2024');
  });

  it('prints the time the report was made, +7 h, at the foot of every page', () => {
    for (const s of wb.worksheets) expect(s.headerFooter.oddFooter).toContain('Lập lúc 06/07/2024 03:30');
  });

  it('writes import times as Vietnam’s wall clock', () => {
    const raw = wb.getWorksheet('Số liệu gốc')!;
    expect(raw.getCell('J3').value).toBe('Thời điểm nhập');
    const cell = raw.getCell('J4').value as Date;
    expect(cell).toBeInstanceOf(Date);
    // An Excel date has no zone: the cell holds the wall clock, which exceljs reads back as UTC fields.
    const vn = new Date(new Date(importedAt).getTime() + 7 * 3600_000);
    const latest = [...Array(raw.rowCount - 3).keys()]
      .map((i) => raw.getCell(4 + i, 10).value as Date)
      .reduce((a, b) => (a > b ? a : b));
    expect(latest.toISOString().slice(0, 16)).toBe(vn.toISOString().slice(0, 16));
    expect(raw.getCell('J4').numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('names indicators in Vietnamese, never by their database code', () => {
    const raw = wb.getWorksheet('Số liệu gốc')!;
    expect(raw.getCell('C3').value).toBe('Chỉ số');
    const names = new Set<string>();
    for (let r = 4; r <= raw.rowCount; r++) names.add(String(raw.getCell(r, 3).value));
    expect([...names].sort()).toEqual(['BHTN', 'BHXH bắt buộc', 'BHXH tự nguyện', 'LLLĐ']);
    const codes = SEED_INDICATORS.map((i) => i.code);
    wb.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((c) => {
          for (const code of codes) expect(String(c.text)).not.toMatch(new RegExp(`\\b${code}\\b`));
        }),
      ),
    );
  });

  it('reads the BHTN sheet’s labour force from the BHXH sheet, so one correction moves both', () => {
    const bhtn = wb.getWorksheet(BHTN_SHEET)!;
    const d = bhtn.getCell('D9').value as ExcelJS.CellFormulaValue;
    expect(d.formula).toBe(`IF(ISNUMBER('${BHXH_SHEET}'!D9),'${BHXH_SHEET}'!D9,"")`);
    expect(d.result).toBe(wb.getWorksheet(BHXH_SHEET)!.getCell('D9').value);
    expect((bhtn.getCell('F9').value as ExcelJS.CellFormulaValue).formula).toContain('E9/D9*100');
  });

  it('marks a district whose figures are carried, and says so under the table', () => {
    const ws = wb.getWorksheet(BHXH_SHEET)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Huyện Ia Pa *');
    expect(texts).toContain('(*) Đơn vị chưa gửi số liệu kỳ này: số liệu lấy từ kỳ gần nhất.');
    expect(texts.some((t) => t.startsWith('- Huyện Ia Pa:') && t.includes('chuyển từ tháng 5/2024'))).toBe(
      true,
    );
  });
});

describe('the "Kèm theo" line', () => {
  const at = '2024-02-03T01:00:00Z';
  it('keeps the blanks of an unnumbered report for the number written at signing', () => {
    expect(attachedToLine(DEFAULT_SETTINGS, at)).toBe(
      '(Kèm theo Báo cáo số        /BC-BHXH ngày 03 tháng 02 năm 2024)',
    );
  });
  it('leaves the number out when the settings have none', () => {
    expect(attachedToLine({ ...DEFAULT_SETTINGS, documentNumber: '  ' }, at)).toBe(
      '(Kèm theo Báo cáo ngày 03 tháng 02 năm 2024)',
    );
  });
});
