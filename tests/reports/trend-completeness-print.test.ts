/**
 * The trend and completeness reports print like the progress report: workbooks in Times New Roman on A4
 * with the header row repeated and the time made in the footer; PDFs whose table is never split with a
 * month left alone, and whose date line is left for the signer as the progress report's is.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, type RenderRequest } from '../../electron/core/reports/render';
import { tempContext, tempDir } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';

const NOW = new Date('2025-01-06T03:00:00Z');
const REQUESTS = {
  trendYear: { kind: 'trend', format: 'pdf', period: '2024-12', unit: '622' },
  trendLong: { kind: 'trend', format: 'pdf', period: '2024-12', unit: '64', from: '2022-01' },
  completeness: { kind: 'completeness', format: 'pdf', period: '2024' },
  trendXlsx: { kind: 'trend', format: 'xlsx', period: '2024-12', unit: '622' },
  completenessXlsx: { kind: 'completeness', format: 'xlsx', period: '2024' },
} satisfies Record<string, RenderRequest>;
const files = {} as Record<keyof typeof REQUESTS, Uint8Array>;

// One database for every file: the context is closed after the first test.
beforeAll(async () => {
  const ctx = tempContext();
  seedFigures(ctx.db, { toMonth: 12 });
  seedTargets(ctx.db);
  for (const [name, req] of Object.entries(REQUESTS))
    files[name as keyof typeof REQUESTS] = (await renderReport(ctx.db, req, NOW)).data;
}, 120_000);

/** The text of each page of a PDF. */
function pdfPages(data: Uint8Array): string[] {
  const file = join(tempDir(), 'r.pdf');
  writeFileSync(file, data);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/[ \t]+/g, ' '));
}

const MONTH_ROW = /^Tháng \d{1,2}\/\d{4}/gm;
const monthRows = (page: string) => (page.match(MONTH_ROW) ?? []).length;

describe('trend PDF table', () => {
  it('a year of months stays on one page with its header row', async () => {
    const pages = pdfPages(files.trendYear);
    const withRows = pages.filter((p) => monthRows(p) > 0);
    expect(withRows).toHaveLength(1);
    expect(monthRows(withRows[0]!)).toBe(12);
    expect(withRows[0]).toContain('Lực lượng lao động');
  });

  it('a longer table repeats its header row on every page and leaves no month alone on one', async () => {
    const pages = pdfPages(files.trendLong);
    const rowsPerPage = pages.map(monthRows).filter((n) => n > 0);
    expect(rowsPerPage.reduce((a, b) => a + b, 0)).toBe(36);
    expect(rowsPerPage.length).toBeGreaterThan(1);
    for (const page of pages.filter((p) => monthRows(p) > 0)) {
      expect(page).toContain('Lực lượng lao động');
      expect(monthRows(page)).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('date line of the signed trend and completeness PDFs', () => {
  it("leaves the day and month blank for the signer, as the progress report's does", async () => {
    for (const data of [files.trendYear, files.completeness]) {
      const first = pdfPages(data)[0]!;
      expect(first).toMatch(/Gia Lai, ngày tháng năm 2025/);
      expect(first).not.toContain('ngày 06 tháng 01 năm 2025');
    }
  });
});

describe('trend and completeness workbooks', () => {
  for (const kind of ['trendXlsx', 'completenessXlsx'] as const) {
    it(`${kind}: Times New Roman as the default font, A4 landscape, header repeated, time made in the footer`, async () => {
      const data = files[kind];
      const styles = await (await JSZip.loadAsync(data)).file('xl/styles.xml')!.async('string');
      const normal = /<fonts\b[^>]*>\s*<font>(.*?)<\/font>/s.exec(styles)![1]!;
      expect(normal).toContain('<name val="Times New Roman"/>');
      expect(normal).not.toContain('Calibri');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        printTitlesRow: '5:5',
      });
      expect(ws.headerFooter.oddFooter).toContain('Lập lúc 06/01/2025');
      expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
    });
  }
});
