import ExcelJS from 'exceljs';
import { VERDICT_LABEL } from '../../shared/domain/progress';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { renderReport } from '../../electron/core/reports/render';
import { getUnitByCode } from '../../electron/core/repos/units';
import { upsertPlan } from '../../electron/core/repos/targets';
import { setTargetChecked } from '../../electron/core/services/targets';
import { writeImport } from '../../electron/core/services/write-values';
import { tempContext } from '../helpers/tmp';
import { SAMPLE_2024_03, seedFigures, seedTargets } from './fixture';
import yauzl from 'yauzl';
import { BHTN_SHEET, BHXH_SHEET } from '../../electron/core/reports/xlsx/progress-xlsx';

const NOW = new Date(2024, 6, 5);
const EVIL_NAME = '=HYPERLINK("http://example.com","Phú Thiện")';
const EVIL_FILE = "=cmd|' /C calc'!A0.xlsx";

/** The text of one part of the xlsx zip. */
function zipEntry(data: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(data), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in zip`)));
      zip.readEntry();
    });
  });
}

describe('progress report workbook', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let data: Uint8Array;
  let model: ReturnType<typeof buildProgressReport>;
  beforeAll(async () => {
    const ctx = tempContext();
    seedFigures(ctx.db, { skip: { '2024-06': ['635'] } });
    seedTargets(ctx.db);
    ctx.db.prepare('UPDATE units SET name = ? WHERE code = ?').run(EVIL_NAME, '638');
    writeImport(
      ctx.db,
      { kind: 'file', files: [{ name: EVIL_FILE, sha256: 'x', size: 1 }], warnings: 0, note: null },
      [
        {
          unitId: getUnitByCode(ctx.db, '638')!.id,
          indicator: 'bhtn',
          period: '2024-06',
          value: 1600,
          sourceFile: EVIL_FILE,
          sourceCell: '=A1',
        },
      ],
    );
    model = buildProgressReport(ctx.db, '2024-Q2', NOW);
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'xlsx', period: '2024-Q2' }, NOW);
    expect(file.name).toBe('bao-cao-tien-do-2024-Q2.xlsx');
    data = file.data;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    ws = wb.getWorksheet(BHXH_SHEET)!;
  }, 60_000);

  const find = (name: string): number => {
    for (let r = 9; r <= ws.rowCount; r++) if (String(ws.getCell(r, 3).value).includes(name)) return r;
    throw new Error(`no row for ${name}`);
  };

  it('has a merged title, a two-row header, every district and the total row', () => {
    expect(ws.getCell('A2').isMerged).toBe(true);
    expect(String(ws.getCell('A2').value)).toContain('QUÝ II/2024');
    expect(ws.getCell('E6').value).toBe('Số người tham gia BHXH (người)');
    expect(ws.getCell('G7').value).toBe('Tổng số');
    expect(ws.getCell('A8').value).toBe('(1)');
    expect(ws.getCell('P8').value).toBe('(16)');
    for (const [code] of Object.entries(SAMPLE_2024_03)) {
      const r = [...Array(ws.rowCount).keys()].find((i) => ws.getCell(i + 1, 2).value === code);
      expect(r, code).toBeDefined();
    }
    expect(find('Toàn tỉnh')).toBe(9 + 17);
  });

  it('writes entered figures as numbers and computed columns as formulas with cached results', () => {
    const r = find('Thành phố Pleiku');
    const row = model.districts.find((d) => d.unit === '622')!;
    expect(ws.getCell(r, 4).value).toBe(151237);
    expect(ws.getCell(r, 5).value).toBe(row.bhxhCompulsory);
    const g = ws.getCell(r, 7).value as ExcelJS.CellFormulaValue;
    expect(g.formula).toBe(`IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r})),E${r}+F${r},"")`);
    expect(g.result).toBe(row.bhxhParticipants);
    const h = ws.getCell(r, 8).value as ExcelJS.CellFormulaValue;
    expect(h.formula).toContain(`G${r}/D${r}*100`);
    expect(h.result as number).toBeCloseTo(row.bhxh.actual!, 9);
    expect(ws.getCell(r, 9).value).toBe(34);
    expect((ws.getCell(r, 13).value as ExcelJS.CellFormulaValue).result).toBe('Đạt');
    const t = find('Toàn tỉnh');
    const d = ws.getCell(t, 4).value as ExcelJS.CellFormulaValue;
    expect(d.formula).toBe('SUM(D9:D25)');
    expect(d.result).toBe(model.province.laborForce);
    expect((ws.getCell(t, 12).value as ExcelJS.CellFormulaValue).result).toBe(
      model.province.bhxh.peopleNeeded,
    );
    // Not met in June: judged by pace, written as text (no formula can judge a pace).
    expect(model.province.bhxh.pace.verdict).not.toBe('not_met');
    expect(ws.getCell(t, 13).value).toBe(VERDICT_LABEL[model.province.bhxh.pace.verdict]);
    expect((ws.getCell(find('Thị xã Ayun Pa'), 13).value as ExcelJS.CellFormulaValue).result).toBe(
      'Chưa có chỉ tiêu',
    );
  });

  it('uses number formats, frozen panes, conditional colours and print setup', () => {
    const r = find('Thành phố Pleiku');
    expect(ws.getCell(r, 4).numFmt).toBe('#,##0');
    expect(ws.getCell(r, 8).numFmt).toBe('0.00');
    expect(ws.getCell(r, 10).numFmt).toBe('+0.00;-0.00;0.00');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 8 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '6:8',
    });
    expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
  });

  it('keeps conditional formats and the zero cached result in the file', async () => {
    const xml = await zipEntry(data, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<conditionalFormatting sqref="M9:M26">/);
    expect(xml).toContain('&quot;Chưa đạt&quot;');
    // Pleiku meets its target: zero people needed is cached as 0, not left empty.
    expect(xml).toMatch(/<c r="L9"[^>]*><f>[^<]*<\/f><v>0<\/v><\/c>/);
  });

  it('writes text from the database and imported files as text, never as a formula', async () => {
    const r = find('HYPERLINK');
    expect(ws.getCell(r, 3).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(r, 3).value).toBe(EVIL_NAME);
    const raw = wb.getWorksheet('Số liệu gốc')!;
    let found = false;
    raw.eachRow((row) => {
      if (row.getCell(7).value === EVIL_FILE) {
        found = true;
        expect(row.getCell(7).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(8).value).toBe('=A1');
        expect(row.getCell(8).type).toBe(ExcelJS.ValueType.String);
      }
    });
    expect(found).toBe(true);
    for (const part of [1, 2, 3, 4].map((n) => `xl/worksheets/sheet${n}.xml`)) {
      const xml = await zipEntry(data, part);
      expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
      expect(xml).not.toMatch(/<f>[^<]*cmd/);
    }
  });

  it('lists the raw figures with their file, cell, import and date', () => {
    const raw = wb.getWorksheet('Số liệu gốc')!;
    expect(raw.getCell('A3').value).toBe('Mã ĐVHC');
    const rows: unknown[][] = [];
    raw.eachRow((row, n) => {
      if (n > 3) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows.length).toBe(model.raw.length);
    const pleikuBb = rows.find((v) => v[0] === '622' && v[2] === 'BHXH bắt buộc')!;
    expect(pleikuBb[3]).toBe('Tháng 6/2024');
    expect(pleikuBb[6]).toBe('2024-06-tong-hop-toan-tinh.xlsx');
    expect(pleikuBb[7]).toBe('D8');
    expect(typeof pleikuBb[8]).toBe('number');
    expect(pleikuBb[9]).toBeInstanceOf(Date);
    const iaPa = rows.find((v) => v[0] === '635' && v[2] === 'BHXH bắt buộc')!;
    expect(iaPa[3]).toBe('Tháng 5/2024');
    expect(iaPa[5]).toBe('Có');
    expect(raw.pageSetup.printTitlesRow).toBe('3:3');
  });
});

describe('a headcount plan in the workbook', () => {
  let ws: ExcelJS.Worksheet;
  let tn: ExcelJS.Worksheet;
  let model: ReturnType<typeof buildProgressReport>;
  let xml: string;
  beforeAll(async () => {
    const ctx = tempContext();
    seedFigures(ctx.db, {});
    // A later plan (as under Resolution 403/NQ-CP) that sets the number of participants.
    upsertPlan(ctx.db, {
      number: '99/KH-UBND',
      issuedOn: '2024-02-01',
      title: 'Kế hoạch thử',
      yearFrom: 2024,
      yearTo: 2024,
    });
    setTargetChecked(ctx.db, { unit: '64', indicator: 'bhxh_participants', year: 2024, value: 150000 });
    model = buildProgressReport(ctx.db, '2024-06', NOW);
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'xlsx', period: '2024-06' }, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer);
    ws = wb.getWorksheet(BHXH_SHEET)!;
    tn = wb.getWorksheet(BHTN_SHEET)!;
    xml = await zipEntry(file.data, 'xl/worksheets/sheet1.xml');
  }, 60_000);
  const f = (r: number, c: number) => ws.getCell(r, c).value as ExcelJS.CellFormulaValue;

  it('labels the BHXH block in people and keeps the BHTN block in rates', () => {
    expect(model.plan?.number).toBe('99/KH-UBND');
    expect(model.province.bhxh.targetKind).toBe('count');
    expect(ws.getCell('I7').value).toBe('Chỉ tiêu (người)');
    expect(ws.getCell('J7').value).toBe('Chênh lệch (người)');
    expect(ws.getCell('K7').value).toBe('Đạt so với KH (%)');
    expect(ws.getCell('L7').value).toBe('Cần phát triển thêm (người)');
    expect(ws.getCell('N6').value).toBe('Biến động số người tham gia (người)');
    expect(ws.getCell('P6').value).toBe('Ước đến cuối năm (người)');
    // BHTN has no target in this plan: its sheet stays in rates.
    expect(tn.getCell('G7').value).toBe('Chỉ tiêu (%)');
    expect(tn.getCell('L6').value).toBe('Biến động tỷ lệ (điểm %)');
    expect(tn.getCell('N6').value).toBe('Ước tỷ lệ đến cuối năm (%)');
  });

  it('compares the province participants with the headcount in live formulas with cached results', () => {
    const t = 9 + 17;
    expect(String(ws.getCell(t, 3).value)).toContain('Toàn tỉnh');
    const p = model.province;
    const participants = p.bhxhParticipants!;
    expect(participants).toBe(112332); // as the PDF test reads it
    expect(ws.getCell(t, 9).value).toBe(150000);
    expect(ws.getCell(t, 9).numFmt).toBe('#,##0');
    expect((f(t, 7).result as number) - 0).toBe(participants);
    // The coverage rate stays a rate, with its cached value.
    expect(f(t, 8).result as number).toBeCloseTo((participants / p.laborForce!) * 100, 9);
    expect(f(t, 10).formula).toBe(`IF(AND(ISNUMBER(G${t}),ISNUMBER(I${t})),G${t}-I${t},"")`);
    expect(f(t, 10).result).toBe(participants - 150000);
    expect(ws.getCell(t, 10).numFmt).toBe('+#,##0;-#,##0;0');
    expect(f(t, 11).formula).toBe(`IF(AND(ISNUMBER(G${t}),ISNUMBER(I${t}),N(I${t})>0),G${t}/I${t}*100,"")`);
    expect(f(t, 11).result as number).toBeCloseTo((participants / 150000) * 100, 9);
    expect(f(t, 12).formula).toBe(`IF(AND(ISNUMBER(G${t}),ISNUMBER(I${t})),MAX(0,I${t}-G${t}),"")`);
    expect(f(t, 12).result).toBe(150000 - participants);
    // Short of the headcount in June: judged by pace as text, as the signed report judges it.
    expect(ws.getCell(t, 13).value).toBe(VERDICT_LABEL[p.bhxh.pace.verdict]);
    expect(['Đúng tiến độ', 'Chậm tiến độ', 'Chưa đủ số liệu đánh giá tiến độ']).toContain(
      ws.getCell(t, 13).value,
    );
    // Changes and projection are in people: 445 more than in May (the PDF's sentence).
    expect(ws.getCell(t, 14).value).toBe(445);
    expect(ws.getCell(t, 14).numFmt).toBe('+#,##0;-#,##0;0');
    expect(ws.getCell(t, 16).value as number).toBeGreaterThan(participants);
    expect(ws.getCell(t, 16).numFmt).toBe('#,##0');
  });

  it('gives districts without a headcount no target and no misplaced rate changes', () => {
    const r = 9; // first district row
    expect(ws.getCell(r, 9).value).toBeNull();
    expect(f(r, 13).result).toBe('Chưa có chỉ tiêu');
    expect(f(r, 10).formula).toContain(`G${r}-I${r}`);
    expect(f(r, 10).result ?? '').toBe(''); // an empty cached result reads back as undefined
    expect(ws.getCell(r, 14).value).toBeNull();
    expect(ws.getCell(r, 16).value).toBeNull();
    expect(f(r, 8).result as number).toBeGreaterThan(0);
  });

  it('keeps the status colours on the headcount block', () => {
    expect(xml).toMatch(/<conditionalFormatting sqref="M9:M26">/);
    expect(xml).toContain('&quot;Chưa đạt&quot;');
  });
});

describe('trend and completeness workbooks', () => {
  it('write their tables with live rate formulas and a sent count', async () => {
    const ctx = tempContext();
    seedFigures(ctx.db, { skip: { '2024-04': ['622'] } });
    seedTargets(ctx.db);
    const t = new ExcelJS.Workbook();
    await t.xlsx.load(
      Buffer.from(
        (await renderReport(ctx.db, { kind: 'trend', format: 'xlsx', period: '2024', unit: '622' }, NOW))
          .data,
      ) as unknown as ArrayBuffer,
    );
    const ts = t.worksheets[0]!;
    expect(ts.getCell('A6').value).toBe('Tháng 1/2024');
    expect(ts.getCell('A11').value).toBe('Tháng 6/2024');
    expect((ts.getCell('D6').value as ExcelJS.CellFormulaValue).formula).toContain('C6/B6*100');
    expect(ts.getCell('E6').value).toBe(34);
    expect(String(ts.getCell('I9').value)).toContain('kỳ trước');
    const c = new ExcelJS.Workbook();
    await c.xlsx.load(
      Buffer.from(
        (await renderReport(ctx.db, { kind: 'completeness', format: 'xlsx', period: '2024' }, NOW)).data,
      ) as unknown as ArrayBuffer,
    );
    const cs = c.worksheets[0]!;
    const pleiku = [...Array(cs.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => cs.getCell(r, 1).value === '622')!;
    expect(cs.getCell(pleiku, 3 + 3).value).toBe(''); // April not sent
    expect(cs.getCell(pleiku, 3).value).toBe('x');
    const count = cs.getCell(pleiku, 15).value as ExcelJS.CellFormulaValue;
    expect(count.formula).toBe(`COUNTIF(C${pleiku}:N${pleiku},"x")`);
    expect(count.result).toBe(5);
  }, 60_000);
});
