/** A report after 6/2025 on figures that stop before 7/2025: refused, saying why and what to import. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const SAMPLE = '/work/shared/samples/tong-hop-toan-tinh-2024-03.xlsx';

describe('progress report across the 1/7/2025 break with district figures only', () => {
  it('refuses 12/2025 and 2025-Q3 naming the end of the district level and the communes to import', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('import', SAMPLE, '--db', db, '--json').code).toBe(0);
    for (const period of ['2025-12', '2025-Q3']) {
      const out = join(dir, `r-${period}.xlsx`);
      const r = cli('report', '--db', db, '--period', period, '--format', 'xlsx', '--out', out);
      expect(r.code).not.toBe(0);
      const message = r.stderr.replace(/\s+/g, ' ');
      expect(message).toContain('Cấp huyện đã kết thúc ngày 30/6/2025');
      expect(message).toContain('không được chuyển sang các xã, phường mới');
      expect(message).toContain('số liệu mới nhất là tháng 3/2024');
      expect(message).toContain('nhập số liệu của các xã, phường mới từ tháng 7/2025');
      expect(existsSync(out)).toBe(false);
    }
    // Before the break the same figures are carried as before, with no word of it.
    const june = cli(
      'report',
      '--db',
      db,
      '--period',
      '2025-06',
      '--format',
      'xlsx',
      '--out',
      join(dir, 'j.xlsx'),
    );
    expect(june.code, june.stderr).toBe(0);
    expect(june.stderr).not.toContain('Cấp huyện đã kết thúc');
  }, 300_000);
});
