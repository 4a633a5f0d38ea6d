import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, setTarget } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

type Row = Record<string, unknown>;
const rowsOf = (stdout: string) => (JSON.parse(stdout) as { rows: Row[]; month: string }).rows;

describe('command line: init, values, targets set', () => {
  it('init then values --period 2023 lists 17 districts then the province with its targets', () => {
    const db = join(tempDir(), 'x.db');
    const init = cli('init', '--db', db);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toMatch(/Đã tạo cơ sở dữ liệu/);
    const v = cli('values', '--db', db, '--period', '2023', '--json');
    expect(v.code, v.stderr).toBe(0);
    const out = JSON.parse(v.stdout) as { period: string; month: string; rows: Row[] };
    expect(out.period).toBe('2023');
    expect(out.rows).toHaveLength(18);
    expect(out.rows.slice(0, 17).map((r) => r.level)).toEqual(Array(17).fill('district'));
    expect(out.rows[17]).toMatchObject({
      unit: '64',
      name: 'Tỉnh Gia Lai',
      bhxh_coverage_target: 14.83,
      bhtn_coverage_target: 9.16,
    });
    expect(Object.keys(out.rows[0]!)).toEqual([
      'unit',
      'name',
      'level',
      'labor_force',
      'bhxh_compulsory',
      'bhxh_voluntary',
      'bhtn',
      'bhxh_participants',
      'bhxh_coverage',
      'bhtn_coverage',
      'bhxh_coverage_target',
      'bhtn_coverage_target',
    ]);

    const y25 = rowsOf(cli('values', '--db', db, '--period', '2025-06', '--json').stdout);
    expect(y25.at(-1)).toMatchObject({ unit: '64', bhxh_coverage_target: 16.83, bhtn_coverage_target: 9.85 });

    const q2 = cli('values', '--db', db, '--period', '2024-Q2', '--json');
    expect(JSON.parse(q2.stdout).month).toBe('2024-06');
    expect(rowsOf(q2.stdout).at(-1)).toMatchObject({
      bhxh_coverage_target: null,
      bhtn_coverage_target: null,
    });
  });

  it('targets set shows up in values; init again keeps it', () => {
    const db = join(tempDir(), 'y.db');
    cli('init', '--db', db);
    const set = setTarget(db, '64', 'bhxh_coverage', '2024', '15.9');
    expect(set.code, set.stderr).toBe(0);
    const d = setTarget(db, '622', 'bhtn_coverage', '2024', '27');
    expect(d.code, d.stderr).toBe(0);
    expect(cli('init', '--db', db).stderr).toMatch(/giữ nguyên/);
    const rows = rowsOf(cli('values', '--db', db, '--period', '2024-06', '--json').stdout);
    expect(rows.at(-1)).toMatchObject({ unit: '64', bhxh_coverage_target: 15.9, bhtn_coverage_target: null });
    expect(rows.find((r) => r.unit === '622')).toMatchObject({ bhtn_coverage_target: 27 });
  });

  it('refuses bad input with exit 1 and a Vietnamese message, wrong usage with exit 2', () => {
    const db = join(tempDir(), 'z.db');
    cli('init', '--db', db);
    const unknownInd = setTarget(db, '64', 'bhyt', '2024', '10');
    expect(unknownInd.code).toBe(1);
    expect(unknownInd.stderr).toMatch(/Không có chỉ số "bhyt"/);
    const nan = setTarget(db, '64', 'bhxh_coverage', '2024', 'abc');
    expect(nan.code).toBe(1);
    expect(nan.stderr).toMatch(/không phải là số/);
    const badPeriod = cli('values', '--db', db, '--period', '2024-13', '--json');
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stdout).toBe('');
    expect(badPeriod.stderr).toMatch(/không hợp lệ/);
    const noYear = setTarget(db, '64', 'bhxh_coverage', '2031', '10');
    expect(noYear.code).toBe(1);
    expect(cli('values', '--db', db).code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('values', '--db', join(tempDir(), 'missing.db'), '--period', '2024', '--json').code).toBe(1);
    // nothing of that was written
    const rows = rowsOf(cli('values', '--db', db, '--period', '2024', '--json').stdout);
    expect(rows.at(-1)).toMatchObject({ bhxh_coverage_target: null });
  });
});
