import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { LAYOUTS_DIR } from '../fixtures/make-layouts';

function freshDb(): string {
  const db = join(tempDir(), 'cli.db');
  expect(cli('init', '--db', db).code).toBe(0);
  return db;
}

const compulsory = (db: string, period: string, unit: string) => {
  const out = JSON.parse(cli('values', '--db', db, '--period', period, '--json').stdout) as {
    rows: { unit: string; bhxh_compulsory: number | null }[];
  };
  return out.rows.find((r) => r.unit === unit)!.bhxh_compulsory;
};

/** Issue 11 item 10 on the command line: an uncertain column or period refuses, saying how to decide. */
describe('CLI import of a layout with a question', () => {
  it('two candidate columns: exit 1 naming file, sheet and both cells; --column decides and is remembered', () => {
    const db = freshDb();
    const file = join(LAYOUTS_DIR, 'trong-thang-luy-ke.xlsx');
    const r = cli('import', file, '--db', db, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      errors: { file: string; cell: string; message: string }[];
    };
    expect(out.ok).toBe(false);
    expect(out.errors).toEqual([
      {
        file: 'trong-thang-luy-ke.xlsx',
        sheet: 'Số liệu',
        cell: 'Số liệu!E4',
        message: expect.stringMatching(/^Chưa chắc cột nào là "Số người tham gia BHXH bắt buộc"/),
      },
    ]);
    expect(r.stderr).toContain('Lỗi [trong-thang-luy-ke.xlsx, Số liệu!E4]');
    expect(r.stderr).toContain('ở ô E5');
    expect(r.stderr).toContain('ở ô D5');
    expect(r.stderr).toContain('--column "Số liệu!E"');
    expect(compulsory(db, '2024-06', '622')).toBeNull();

    // A column no question is about is wrong usage.
    expect(cli('import', file, '--db', db, '--column', 'Số liệu!B').code).toBe(2);
    const chosen = cli('import', file, '--db', db, '--column', 'Số liệu!D', '--json');
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(compulsory(db, '2024-06', '622')).toBe(30);
    // The answer is kept for the layout: the same file next time asks nothing.
    const again = cli('import', file, '--db', db, '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, inserted: 0, updated: 0 });
  });

  it('a column header month against the title: exit 1 offering both periods; --period decides', () => {
    const db = freshDb();
    const file = join(LAYOUTS_DIR, 'thang-o-tieu-de-cot.xlsx');
    const r = cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Lỗi [thang-o-tieu-de-cot.xlsx, Số liệu!C4]: Tiêu đề ghi Tháng 6/2024');
    expect(r.stderr).toContain('--period 2024-06 hoặc --period 2024-05');
    const chosen = cli('import', file, '--db', db, '--period', '2024-05');
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(compulsory(db, '2024-05', '622')).toBe(46669);
    const list = JSON.parse(cli('imports', '--db', db, '--json').stdout) as {
      periodFrom: string;
      periodTo: string;
    }[];
    expect(list.map((i) => [i.periodFrom, i.periodTo])).toEqual([['2024-05', '2024-05']]);
  });
});
