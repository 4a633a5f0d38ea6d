import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import { saveSettings } from '../../electron/core/repos/settings';
import { upsertPlan } from '../../electron/core/repos/targets';
import { setTargetChecked } from '../../electron/core/services/targets';
import { formatCount, formatPercent } from '../../shared/format/vi';
import { tempContext, tempDir } from '../helpers/tmp';
import { SAMPLE_2024_03, seedFigures, seedTargets } from './fixture';

const NOW = new Date(2024, 6, 5);

function pdfText(data: Uint8Array): { text: string; fonts: string; pages: number } {
  const file = join(tempDir(), 'r.pdf');
  writeFileSync(file, data);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, fonts, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

describe('progress report PDF', () => {
  let out: ReturnType<typeof pdfText>;
  beforeAll(async () => {
    const ctx = tempContext();
    seedFigures(ctx.db, { skip: { '2024-06': ['635'] } });
    seedTargets(ctx.db);
    saveSettings(ctx.db, {
      signerName: 'Nguyễn Văn Ánh',
      signerAuthority: 'KT. Giám đốc',
      signerTitle: 'Phó Giám đốc',
      recipients: ['UBND tỉnh (để b/c);', 'Lưu: VT, KHTC.'],
    });
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'pdf', period: '2024-06' }, NOW);
    expect(file.name).toBe('bao-cao-tien-do-2024-06.pdf');
    expect(file.mime).toBe('application/pdf');
    out = pdfText(file.data);
  }, 60_000);

  it('has the administrative header, title, date line, "Nơi nhận" and the configured signer', () => {
    for (const s of [
      'BẢO HIỂM XÃ HỘI VIỆT NAM',
      'BẢO HIỂM XÃ HỘI TỈNH GIA LAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-BHXH',
      'BÁO CÁO',
      '(Số liệu đến hết tháng 6/2024)',
      'Kế hoạch số 156/KH-UBND ngày 18/01/2023',
      'Nơi nhận:',
      '- UBND tỉnh (để b/c);',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Ánh',
    ]) {
      expect(out.text, s).toContain(s);
    }
  });

  it('lists every district and the province total in vi-VN numbers', () => {
    for (const [, [name]] of Object.entries(SAMPLE_2024_03)) expect(out.text, name).toContain(name);
    expect(out.text).toContain('Toàn tỉnh');
    const lf = Object.values(SAMPLE_2024_03).reduce((s, r) => s + r[1], 0);
    expect(out.text).toContain(formatCount(lf));
    expect(formatCount(lf)).toMatch(/^\d{3}\.\d{3}$/);
    expect(out.text).toMatch(/15,83\b/); // the province target
    expect(out.text).toContain('Chưa có chỉ tiêu');
    // June judged by the pace towards December, not against the full-year target.
    expect(out.text).toContain('Chậm tiến độ');
    expect(out.text).not.toContain('Chưa đạt');
    expect(out.text).toMatch(/Tỷ lệ bao phủ BHXH toàn tỉnh đạt \d+,\d\d%, bằng \d+,\d% chỉ tiêu năm 2024/);
    expect(out.text).not.toMatch(/\d,\d{3},\d/); // no en-US thousands
  });

  it('marks the carried district and repeats the table header on the next page', () => {
    expect(out.text).toContain('Huyện Ia Pa *');
    expect(out.text).toContain('chuyển từ tháng 5/2024');
    expect(out.pages).toBeGreaterThanOrEqual(3);
    expect(out.text.split('Số người tham gia BHXH').length - 1).toBeGreaterThanOrEqual(1);
    expect(out.text.split('Cần phát').length - 1).toBeGreaterThanOrEqual(2);
    expect(out.text).toContain('Biểu 3. Tỷ lệ bao phủ BHXH theo đơn vị cấp huyện');
    expect(out.text).toContain(formatPercent(15.83).replace('%', '')); // chart legend / table
  });

  it('embeds the Tinos font in all four styles, subset with a Unicode map', () => {
    for (const f of ['Tinos', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic'])
      expect(out.fonts).toMatch(new RegExp(`\\+${f}\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes`));
    expect(out.fonts).not.toMatch(/Helvetica|Roboto/);
  });

  it('extracts Vietnamese words intact (NFC, no split diacritics)', () => {
    expect(out.text).toBe(out.text.normalize('NFC'));
    expect(out.text).toContain('Huyện Đak Pơ');
    expect(out.text).toContain('cần phát triển thêm');
  });
});

describe('trend and completeness PDFs', () => {
  it('draws a unit trend with its table and projection', async () => {
    const ctx = tempContext();
    seedFigures(ctx.db);
    seedTargets(ctx.db);
    const t = pdfText(
      (await renderReport(ctx.db, { kind: 'trend', format: 'pdf', period: '2024-06', unit: '622' }, NOW))
        .data,
    );
    expect(t.text).toContain('Diễn biến tỷ lệ bao phủ BHXH, BHTN của Thành phố Pleiku');
    expect(t.text).toContain('Tháng 1/2024');
    expect(t.text).toContain('Tháng 6/2024');
    expect(t.text).toMatch(/ước đến cuối năm 2024: BHXH \d+,\d\d%/);
    const c = pdfText(
      (await renderReport(ctx.db, { kind: 'completeness', format: 'pdf', period: '2024' }, NOW)).data,
    );
    expect(c.text).toContain('Tình hình gửi số liệu của các đơn vị cấp huyện năm 2024');
    expect(c.text).toContain('Có 17/17 đơn vị đã gửi đủ số liệu các tháng đến hết tháng 6/2024.');
  }, 60_000);
});

describe('a headcount plan', () => {
  it('labels the comparison columns in people, not percent', async () => {
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
    const file = await renderReport(ctx.db, { kind: 'progress', format: 'pdf', period: '2024-06' }, NOW);
    const { text } = pdfText(file.data);
    // Header cells wrap inside their narrow columns: compare the words, whitespace folded.
    const folded = text.replace(/\s+/g, ' ');
    const [summary, tables] = folded.split('Biểu 1.') as [string, string];
    const [bhxh, bhtn] = tables.split('Biểu 2.') as [string, string];
    expect(bhxh).toContain('Thực');
    expect(bhxh).not.toContain('Tỷ lệ bao');
    expect(bhxh.split('(người)').length - 1).toBeGreaterThanOrEqual(7);
    expect(bhtn).toContain('Tỷ lệ bao');
    expect(bhtn).toContain('(điểm %)');
    expect(summary).toContain(
      'Số người tham gia BHXH toàn tỉnh đạt 112.332 người, bằng 74,9% chỉ tiêu năm 2024',
    );
    expect(summary).toContain('So với tháng 5/2024, số người tham gia BHXH toàn tỉnh tăng 445 người');
    expect(summary).toContain('số người tham gia BHXH toàn tỉnh ước đến cuối năm 2024');
    // The province's headcount against its target; a district without one shows its participants (51.580).
    const pleiku = SAMPLE_2024_03['622']![0];
    expect(bhxh).toMatch(new RegExp(`${pleiku} [0-9.\\s]+ 51\\.580 51\\.580`));
    expect(bhxh).toMatch(/Toàn tỉnh [0-9. ]+ 150\.000 -[0-9.]+ [0-9,]+ [0-9.]+ Chậm tiến độ/);
  }, 60_000);
});
