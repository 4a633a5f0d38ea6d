/**
 * The progress report as the office signs it (issue 9): the form of Nghị định 30/2020 read back from the
 * PDF and the Word document, and the sentences that must not claim what the data does not say.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/context';
import { renderReport } from '../../electron/core/reports/render';
import { saveReportTexts } from '../../electron/core/repos/report-texts';
import { saveSettings } from '../../electron/core/repos/settings';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { seedFigures, seedTargets } from './fixture';
import { pdfPages, textMargins, topNumber, type Page } from './pdf-layout';

const NOW = new Date(2024, 6, 5);
const TOP = (22 * 72) / 25.4;

function seeded(dir: string): string {
  const file = join(dir, 'r.db');
  const ctx = createContext(file);
  seedFigures(ctx.db, { skip: { '2024-06': ['635'], '2024-05': ['635', '626'] } });
  seedTargets(ctx.db);
  saveSettings(ctx.db, {
    signerName: 'Nguyễn Văn Ánh',
    signerAuthority: 'KT. Giám đốc',
    signerTitle: 'Phó Giám đốc',
  });
  saveReportTexts(ctx.db, 'progress', '2024-06', {
    shortcomings: 'Một số huyện gửi số liệu chậm.\nTỷ lệ tham gia tự nguyện còn thấp.',
    tasks: 'Đẩy mạnh tuyên truyền.',
    proposals: 'Đề nghị UBND tỉnh giao chỉ tiêu năm 2024.',
  });
  ctx.db.close();
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const folded = (s: string) => s.replace(/\s+/g, ' ');

function checkForm(pages: Page[], what: string) {
  expect(pages.length, what).toBeGreaterThanOrEqual(3);
  expect(pages[0]!.width, `${what}: portrait body`).toBeLessThan(pages[0]!.height);
  expect(pages.at(-1)!.width, `${what}: landscape Phụ lục`).toBeGreaterThan(pages.at(-1)!.height);
  expect(topNumber(pages[0]!, TOP), `${what}: no number on page 1`).toBeNull();
  pages.forEach((p, i) => {
    const m = textMargins(p, TOP);
    expect(m.left, `${what} p${i + 1} left`).toBeGreaterThanOrEqual(30 - 0.3);
    expect(m.left, `${what} p${i + 1} left`).toBeLessThanOrEqual(35);
    expect(m.right, `${what} p${i + 1} right`).toBeGreaterThanOrEqual(15 - 0.3);
    expect(m.top, `${what} p${i + 1} top`).toBeGreaterThanOrEqual(20 - 0.3);
    expect(m.bottom, `${what} p${i + 1} bottom`).toBeGreaterThanOrEqual(20 - 0.3);
    if (i > 0) {
      const n = topNumber(p, TOP);
      expect(n?.text, `${what}: page ${i + 1} numbered at the top`).toBe(String(i + 1));
      expect(Math.abs(n!.centreOffset), `${what}: page number centred`).toBeLessThan(40);
    }
  });
  // Justified body lines reach the right margin: 15–20 mm on the portrait pages.
  expect(textMargins(pages[0]!, TOP).right).toBeLessThanOrEqual(20);
  expect(textMargins(pages[0]!, TOP).top).toBeLessThanOrEqual(25.5);
}

describe('the signed progress report', () => {
  let dir: string;
  let pdfFile: string;
  let docxFile: string;
  let docxPdf: string;
  // The files are read by every test of the block: the folder lives until the block ends.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bhxh-signed-'));
    const dbFile = seeded(dir);
    const ctx = createContext(dbFile);
    const pdf = await renderReport(ctx.db, { kind: 'progress', format: 'pdf', period: '2024-06' }, NOW);
    const docx = await renderReport(ctx.db, { kind: 'progress', format: 'docx', period: '2024-06' }, NOW);
    ctx.db.close();
    expect(docx.name).toBe('bao-cao-tien-do-2024-06.docx');
    expect(docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    pdfFile = join(dir, 'r.pdf');
    docxFile = join(dir, 'r.docx');
    writeFileSync(pdfFile, pdf.data);
    writeFileSync(docxFile, docx.data);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxFile], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    docxPdf = join(dir, 'lo', 'r.pdf');
  }, 180_000);

  it('PDF: portrait body with căn cứ, I–IV and the signer, then the landscape Phụ lục', () => {
    const t = folded(text(pdfFile));
    for (const s of [
      'BÁO CÁO',
      'Kết quả thực hiện chỉ tiêu phát triển người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp tháng 6/2024',
      '(Số liệu đến hết tháng 6/2024)',
      'Căn cứ Kế hoạch số 156/KH-UBND ngày 18/01/2023',
      'Căn cứ chỉ tiêu năm 2024 do Bảo hiểm xã hội tỉnh Gia Lai xác định',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN',
      'Tỷ lệ tham gia tự nguyện còn thấp.',
      'III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI',
      'Đẩy mạnh tuyên truyền.',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Đề nghị UBND tỉnh giao chỉ tiêu năm 2024.',
      'Phụ lục',
      '(Kèm theo Báo cáo số /BC-BHXH ngày /7/2024 của Bảo hiểm xã hội tỉnh Gia Lai)',
      'Biểu 1. Bảo hiểm xã hội (BHXH)',
      'Huyện Ia Pa *',
      'Nguyễn Văn Ánh',
    ])
      expect(t, s).toContain(s);
    expect(t).toMatch(/Gia Lai, ngày\s+tháng\s+năm 2024/);
    // The report credits the 2024 targets to the office, never to plan 156 (which sets no 2024 figure).
    expect(t).toContain('(15,83%, do BHXH tỉnh xác định)');
    expect(t).not.toMatch(/15,83%[^.]*156\/KH-UBND/);
    for (const s of ['Trang 1', '(Ký, ghi rõ họ tên và đóng dấu)', 'Báo cáo lập ngày', 'ứng dụng'])
      expect(t, s).not.toContain(s);
    // "huyện Ia Pa" mid-sentence, never "Huyện" after a word.
    const body = t.split('Phụ lục KẾT QUẢ')[0]!;
    expect(body).not.toMatch(/[a-zà-ỹ,(] Huyện /u);
    expect(body).toContain('huyện Ia Pa (tháng 4/2024)');
  });

  it('PDF: NĐ 30 margins, 13 pt body, a bare page number top centre from page 2, no lonely signature page', () => {
    const pages = pdfPages(pdfFile);
    checkForm(pages, 'PDF');
    // Tinos at 13 pt: a word box is 1,107 × the size.
    const word = pages[0]!.words.find((w) => w.text === 'Đến')!;
    expect((word.y1 - word.y0) / 1.1074).toBeCloseTo(13, 0);
    // The page with the signer also holds the end of section IV.
    const signPage = pages.find((p) => p.words.some((w) => w.text === 'Ánh'))!;
    expect(signPage.words.some((w) => w.text === 'ĐỀ' || w.text === 'UBND')).toBe(true);
    // At least 6 pt between paragraphs: the gap before a paragraph exceeds the line pitch by ≥ 6 pt.
    const lines = [...new Set(pages[0]!.words.filter((w) => w.x0 < 120).map((w) => Math.round(w.y0)))].sort(
      (a, b) => a - b,
    );
    const pitches = lines.slice(1).map((y, i) => y - lines[i]!);
    const line = Math.min(...pitches);
    expect(pitches.some((p) => p >= line + 6 - 0.5)).toBe(true);
  });

  it('Word: the same text and form in document.xml (margins, portrait then landscape, page numbers)', () => {
    const xml = execFileSync('unzip', ['-p', docxFile, 'word/document.xml'], { encoding: 'utf8' });
    const words = folded(xml.replace(/<[^>]+>/g, ' '));
    for (const s of [
      'BÁO CÁO',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'Tỷ lệ tham gia tự nguyện còn thấp.',
      'Phụ lục',
      'Huyện Ia Pa *',
    ])
      expect(words, s).toContain(s);
    const sects = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(2);
    const twipsMm = (v: string) => (Number(v) / 1440) * 25.4;
    for (const s of sects) {
      const mar = /<w:pgMar ([^>]*)\/>/.exec(s)![1]!;
      const get = (k: string) => twipsMm(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]!);
      expect(get('left')).toBeGreaterThanOrEqual(30);
      expect(get('left')).toBeLessThanOrEqual(35);
      expect(get('right')).toBeGreaterThanOrEqual(15);
      expect(get('right')).toBeLessThanOrEqual(20);
      for (const k of ['top', 'bottom']) {
        expect(get(k)).toBeGreaterThanOrEqual(20);
        expect(get(k)).toBeLessThanOrEqual(25);
      }
    }
    expect(sects[0]).toContain('<w:titlePg');
    expect(sects[0]).not.toContain('w:orient="landscape"');
    expect(sects[1]).toContain('w:orient="landscape"');
    const headers = execFileSync('unzip', ['-p', docxFile, 'word/header*.xml'], { encoding: 'utf8' });
    expect(headers).toMatch(/PAGE/);
    expect(headers).toContain('w:jc w:val="center"');
    // Body text at 13 pt (26 half-points) by default.
    const styles = execFileSync('unzip', ['-p', docxFile, 'word/styles.xml'], { encoding: 'utf8' });
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
    expect(xml).toMatch(/<w:spacing w:after="120"\/>/);
  });

  it('Word: LibreOffice opens it and prints the same form', () => {
    const t = folded(text(docxPdf));
    for (const s of [
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Phụ lục',
      'Biểu 2. Bảo hiểm thất nghiệp (BHTN)',
      'Toàn tỉnh',
    ])
      expect(t, s).toContain(s);
    checkForm(pdfPages(docxPdf), 'docx');
    expect(readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('report command: documents, carried figures and empty periods', () => {
  it('adds a plan, credits its target to it, warns about carried figures and refuses a period without figures', () => {
    const dir = tempDir();
    const db = seeded(dir);
    const add = cli(
      'plans',
      'add',
      '--db',
      db,
      '--number',
      '45/KH-BHXH',
      '--date',
      '15/02/2024',
      '--title',
      'Kế hoạch phát triển người tham gia BHXH, BHTN năm 2024',
      '--from',
      '2024',
      '--to',
      '2024',
    );
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).toContain('Đã thêm kế hoạch số 45/KH-BHXH');
    const set = cli(
      'targets',
      'set',
      '--db',
      db,
      '--unit',
      '64',
      '--indicator',
      'bhxh_coverage',
      '--year',
      '2024',
      '--value',
      '15,5',
      '--plan',
      '45/KH-BHXH',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain('(theo kế hoạch 45/KH-BHXH)');

    const docx = join(dir, 'r.docx');
    const r = cli('report', '--db', db, '--period', '2024-06', '--format', 'docx', '--out', docx);
    expect(r.code, r.stderr).toBe(0);
    const words = folded(
      execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, ' '),
    );
    expect(words).toContain('Căn cứ Kế hoạch số 45/KH-BHXH ngày 15/02/2024');
    expect(words).toContain('(15,50%, theo Kế hoạch số 45/KH-BHXH)');

    // June 2025 on figures that stop in June 2024: dated, warned, never "đến hết tháng 6/2025".
    const late = join(dir, 'late.pdf');
    const c = cli('report', '--db', db, '--period', '2025-06', '--format', 'pdf', '--out', late);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toContain(
      'Cảnh báo: Chưa có số liệu tháng 6/2025: báo cáo dùng số liệu đến hết tháng 6/2024',
    );
    const t = folded(text(late));
    expect(t).toContain('(Chưa có số liệu tháng 6/2025; số liệu đến hết tháng 6/2024)');
    expect(t).toContain(
      'Chưa có số liệu tháng 6/2025; theo số liệu mới nhất, đến hết tháng 6/2024, toàn tỉnh có',
    );
    expect(t).toContain('Tỷ lệ bao phủ BHXH đến hết tháng 6/2024');
    expect(t).not.toContain('Đến hết tháng 6/2025');

    // District figures are not carried across 1/7/2025 into the new communes: December 2025 has none.
    const after = cli(
      'report',
      '--db',
      db,
      '--period',
      '2025-12',
      '--format',
      'pdf',
      '--out',
      join(dir, 'a.pdf'),
    );
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('Chưa có số liệu người tham gia nào đến hết tháng 12/2025');

    const none = join(dir, 'none.pdf');
    const n = cli('report', '--db', db, '--period', '2022-06', '--format', 'pdf', '--out', none);
    expect(n.code).toBe(1);
    expect(n.stderr).toContain('Chưa có số liệu người tham gia nào đến hết tháng 6/2022: không lập báo cáo.');
    expect(n.stderr).not.toMatch(/Error|at \//);
  }, 240_000);
});
