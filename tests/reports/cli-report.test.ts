import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, setTarget } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const SAMPLE = '/work/shared/samples/tong-hop-toan-tinh-2024-03.xlsx';

describe('report command', () => {
  it('after importing a district workbook and setting a 2024 target, writes the 2024-06 PDF and workbook', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(cli('init', '--db', db).code).toBe(0);
    const imp = cli('import', SAMPLE, '--db', db, '--json');
    expect(imp.code, imp.stderr).toBe(0);
    expect(setTarget(db, '64', 'bhxh_coverage', '2024', '14.83').code).toBe(0);

    const pdf = join(dir, 'r.pdf');
    const r = cli('report', '--db', db, '--period', '2024-06', '--format', 'pdf', '--out', pdf);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã ghi báo cáo tiến độ');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Huyện Chư Pưh');
    expect(text).toContain('Huyện Kông Chro');
    // Province labour force of the sample: 904.324; the target as 14,83.
    expect(text).toContain('904.324');
    expect(text).toContain('14,83');
    expect(text).toMatch(/\d+,\d\d%/);
    // March figures stand for June: the report says it stands at March and the CLI warns.
    expect(text.replace(/\s+/g, ' ')).toContain(
      '(Chưa có số liệu tháng 6/2024; số liệu đến hết tháng 3/2024)',
    );
    expect(r.stderr).toContain('Cảnh báo: Chưa có số liệu tháng 6/2024');

    const xlsx = join(dir, 'r.xlsx');
    expect(cli('report', '--db', db, '--period', '2024-06', '--format', 'xlsx', '--out', xlsx).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Phụ lục 01 - BHXH')!;
    const total = ws.getCell(26, 4).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe('SUM(D9:D25)');
    expect(total.result).toBe(904324);
    expect(ws.getCell(26, 9).value).toBe(14.83);
  }, 300_000);

  it('writes trend and completeness reports and refuses bad usage', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('import', SAMPLE, '--db', db).code).toBe(0);
    const t = join(dir, 't.xlsx');
    expect(
      cli(
        'report',
        '--kind',
        'trend',
        '--unit',
        '622',
        '--db',
        db,
        '--period',
        '2024',
        '--format',
        'xlsx',
        '--out',
        t,
      ).code,
    ).toBe(0);
    expect(existsSync(t)).toBe(true);
    const c = join(dir, 'c.pdf');
    expect(
      cli('report', '--kind', 'completeness', '--db', db, '--period', '2024', '--format', 'pdf', '--out', c)
        .code,
    ).toBe(0);
    expect(execFileSync('pdftotext', [c, '-'], { encoding: 'utf8' })).toContain('Tình hình gửi số liệu');

    expect(
      cli('report', '--db', db, '--period', '2024-06', '--format', 'doc', '--out', join(dir, 'x')).code,
    ).toBe(2);
    expect(
      cli(
        'report',
        '--kind',
        'trend',
        '--db',
        db,
        '--period',
        '2024',
        '--format',
        'pdf',
        '--out',
        join(dir, 'x'),
      ).code,
    ).toBe(2);
    const bad = cli(
      'report',
      '--db',
      db,
      '--period',
      '2024-13',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('không hợp lệ');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const unknown = cli(
      'report',
      '--kind',
      'trend',
      '--unit',
      '999',
      '--db',
      db,
      '--period',
      '2024',
      '--format',
      'pdf',
      '--out',
      join(dir, 'y.pdf'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có đơn vị mã 999');
  }, 300_000);
});
