/**
 * Prints workbooks the way a clerk's office suite would (LibreOffice, headless) and reads back what landed
 * on paper: every word with its page and box, from poppler's `pdftotext -bbox`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

export interface PrintedWord {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintedPage {
  page: number;
  width: number;
  height: number;
  words: PrintedWord[];
}

/**
 * Converts each .xlsx to PDF next to it; returns the PDF paths in the same order. A private LibreOffice
 * profile per call: several conversions at once (parallel tests, other users) must not share one.
 */
export function xlsxToPdf(files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'bhxh-lo-'));
  try {
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.error?.message}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.xlsx$/, '.pdf')));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The pages of a PDF with their words and boxes (points, origin top left). */
export function printedPages(pdf: string): PrintedPage[] {
  const r = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const pages: PrintedPage[] = [];
  for (const line of r.stdout.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      pages.push({ page: pages.length + 1, width: Number(p[1]), height: Number(p[2]), words: [] });
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    const page = pages[pages.length - 1];
    if (!w || !page) continue;
    const [x0, y0, x1, y1] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
    page.words.push({
      page: page.page,
      text: unescape(w[5]!).normalize('NFC'),
      x: x0,
      y: y0,
      width: x1 - x0,
      height: y1 - y0,
    });
  }
  return pages;
}

/** The text of a page in reading order (lines by their top, then left to right). */
export function pageText(p: PrintedPage): string {
  const words = [...p.words].sort((a, b) => Math.round(a.y - b.y) || a.x - b.x);
  return words.map((w) => w.text).join(' ');
}

/** A one-cell workbook: the word "Mẫu" in `font` at `size` pt, printed at 100 %. */
export async function referenceWorkbook(file: string, font: string, size: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mẫu');
  ws.getCell('A1').value = 'Mẫu';
  ws.getCell('A1').font = { name: font, size };
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', scale: 100 };
  await wb.xlsx.writeFile(file);
}

/** Renders every page of a PDF to PNG at `dpi` (for looking at, not for asserting). */
export function pdfToPng(pdf: string, prefix: string, dpi = 100): void {
  spawnSync('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
}
