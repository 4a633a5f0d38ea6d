/**
 * The progress workbook as it prints: LibreOffice turns the .xlsx into PDF as an office suite would print
 * it (page setup, fit to width, repeated rows), and poppler reads back every word's box. The report is
 * readable on paper when no word is smaller than 9 pt text printed at 100 %, and complete when every
 * column of each table is on every page of it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import { FONT_NAME } from '../../electron/core/reports/xlsx/style';
import { setTargetChecked } from '../../electron/core/services/targets';
import { upsertPlan } from '../../electron/core/repos/targets';
import { pageText, printedPages, referenceWorkbook, xlsxToPdf, type PrintedPage } from '../helpers/printed';
import { tempContext, tempDir } from '../helpers/tmp';
import { SAMPLE_2024_03, seedFigures, seedTargets } from './fixture';

const NOW = new Date('2024-07-05T03:00:00Z');
const DISTRICTS = Object.values(SAMPLE_2024_03).map((s) => s[0]);
const RAW_HEADERS = [
  'Mã',
  'Đơn vị',
  'Chỉ số',
  'Kỳ số liệu',
  'Giá trị',
  'Tệp nguồn',
  'Ô nguồn',
  'Thời điểm nhập',
];
const columnNumbers = (n: number) => Array.from({ length: n }, (_, k) => `(${k + 1})`);

/** The two plan kinds give the BHXH sheet its narrowest (rates) and widest (people) columns. */
const CASES = [
  { name: 'a rate plan (156/KH-UBND)', headcount: false },
  { name: 'a headcount plan', headcount: true },
];

describe.each(CASES)('the progress workbook on paper, $name', ({ headcount }) => {
  let pages: PrintedPage[];
  /** The height pdftotext gives a word of 9 pt text printed at 100 %. */
  let nine: number;

  beforeAll(async () => {
    const ctx = tempContext();
    // Ia Pa late in June: a carried row, its mark and a note under the tables.
    seedFigures(ctx.db, { skip: { '2024-06': ['635'] } });
    if (headcount) {
      upsertPlan(ctx.db, {
        number: '99/KH-UBND',
        issuedOn: '2024-02-01',
        title: 'Kế hoạch thử',
        yearFrom: 2024,
        yearTo: 2024,
      });
      setTargetChecked(ctx.db, { unit: '64', indicator: 'bhxh_participants', year: 2024, value: 150000 });
      setTargetChecked(ctx.db, { unit: '622', indicator: 'bhxh_participants', year: 2024, value: 52000 });
    } else seedTargets(ctx.db);
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'xlsx', period: '2024-06' }, NOW);
    const dir = tempDir();
    const report = join(dir, 'bao-cao.xlsx');
    writeFileSync(report, file.data);
    const reference = join(dir, 'mau-9pt.xlsx');
    await referenceWorkbook(reference, FONT_NAME, 9);
    const [reportPdf, referencePdf] = xlsxToPdf([report, reference], dir);
    pages = printedPages(reportPdf!);
    nine = printedPages(referencePdf!)[0]!.words.find((w) => w.text === 'Mẫu')!.height;
  }, 240_000);

  const sheetPages = (mark: (text: string) => boolean) => pages.filter((p) => mark(pageText(p)));
  // Every page of a table repeats its header rows, the row of column numbers included.
  const bhxhPages = () => sheetPages((t) => t.includes('(16)'));
  const bhtnPages = () => sheetPages((t) => t.includes('(14)') && !t.includes('(15)'));
  const rawPages = () => sheetPages((t) => t.includes('Tệp nguồn'));

  it('prints no word smaller than 9 pt', () => {
    expect(nine).toBeGreaterThan(5);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) {
      expect(p.words.length, `page ${p.page}`).toBeGreaterThan(0);
      const smallest = p.words.reduce((a, b) => (a.height <= b.height ? a : b));
      expect(smallest.height, `page ${p.page}: "${smallest.text}"`).toBeGreaterThanOrEqual(nine - 0.01);
    }
  });

  it('prints the BHXH appendix on A4 landscape with all 16 columns on each page', () => {
    const bhxh = bhxhPages();
    expect(bhxh.length).toBeGreaterThanOrEqual(1);
    expect(pageText(bhxh[0]!)).toContain('Phụ lục 01');
    for (const p of bhxh) {
      expect(p.width).toBeGreaterThan(p.height);
      expect(Math.round(p.width)).toBe(842);
      const text = pageText(p);
      for (const n of columnNumbers(16)) expect(text, `page ${p.page}`).toContain(n);
      for (const w of p.words) expect(w.x + w.width, w.text).toBeLessThanOrEqual(p.width);
    }
    const all = bhxh.map(pageText).join(' ');
    for (const d of DISTRICTS) expect(all).toContain(d);
    expect(all).toContain('Toàn tỉnh');
    expect(all).toContain('Đánh giá');
    expect(all).toContain('Huyện Ia Pa *');
  });

  it('prints the BHTN appendix on A4 landscape with all 14 columns on each page', () => {
    const bhtn = bhtnPages();
    expect(bhtn.length).toBeGreaterThanOrEqual(1);
    expect(pageText(bhtn[0]!)).toContain('Phụ lục 02');
    for (const p of bhtn) {
      expect(p.width).toBeGreaterThan(p.height);
      const text = pageText(p);
      for (const n of columnNumbers(14)) expect(text, `page ${p.page}`).toContain(n);
      for (const w of p.words) expect(w.x + w.width, w.text).toBeLessThanOrEqual(p.width);
    }
    const all = bhtn.map(pageText).join(' ');
    for (const d of DISTRICTS) expect(all).toContain(d);
    expect(all).toContain('Toàn tỉnh');
  });

  it('prints the raw figures with every column on each page', () => {
    const raw = rawPages();
    expect(raw.length).toBeGreaterThanOrEqual(1);
    for (const p of raw) {
      const text = pageText(p);
      for (const h of RAW_HEADERS) expect(text, `page ${p.page}`).toContain(h);
      for (const w of p.words) expect(w.x + w.width, w.text).toBeLessThanOrEqual(p.width);
    }
  });

  it('prints the caption and the summary', () => {
    const all = pages.map(pageText).join(' ');
    expect(all).toContain('(Kèm theo Báo cáo số /BC-BHXH ngày 05 tháng 7 năm 2024)');
    // The province's headcount target, in people (the locale of the office suite picks the separator).
    if (headcount) expect(all).toMatch(/150[.,]000/);
    expect(all).toContain('Đến hết tháng 6/2024');
  });
});
