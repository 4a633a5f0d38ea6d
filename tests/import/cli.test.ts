import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { GENERATED, SAMPLES } from './helpers';
import { writeCatalogue, writeHistory } from './big-workbook';

function freshDb(): string {
  const db = join(tempDir(), 'cli.db');
  expect(cli('init', '--db', db).code).toBe(0);
  return db;
}

const valuesFor = (db: string, period: string) =>
  JSON.parse(cli('values', '--db', db, '--period', period, '--json').stdout) as {
    rows: Record<string, unknown>[];
  };

describe('CLI import / imports / undo / template', () => {
  it('imports with the JSON shape of SPEC §5, lists and undoes', () => {
    const db = freshDb();
    const r = cli('import', join(SAMPLES, 'tong-hop-toan-tinh-2024-03.xlsx'), '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: true,
      import: 1,
      inserted: 68,
      updated: 0,
      unchanged: 0,
      warnings: [],
      errors: [],
    });
    const again = cli('import', join(SAMPLES, 'tong-hop-toan-tinh-2024-03.xlsx'), '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, import: null, inserted: 0, unchanged: 68 });
    const list = JSON.parse(cli('imports', '--db', db, '--json').stdout) as { id: number }[];
    expect(list.map((i) => i.id)).toEqual([1]);
    expect(cli('undo', '--db', db, '--import', '1').code).toBe(0);
    expect(valuesFor(db, '2024-03').rows.find((x) => x.unit === '622')!.labor_force).toBeNull();
  });

  it('--dry-run writes nothing; a bad file exits 1 naming file and cell, database unchanged', () => {
    const db = freshDb();
    const dry = cli('import', join(GENERATED, 'canh-bao.xlsx'), '--db', db, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const out = JSON.parse(dry.stdout);
    expect(out).toMatchObject({ ok: true, import: null, inserted: 8 });
    expect(out.warnings).toContainEqual({
      file: 'canh-bao.xlsx',
      sheet: 'Số liệu',
      cell: 'Số liệu!E5',
      message: expect.stringContaining('Dòng tổng cộng'),
    });
    const before = statSync(db).size;
    const bad = cli(
      'import',
      join(SAMPLES, 'chu-se-2024-03.xlsx'),
      join(GENERATED, 'loi-du-lieu.xlsx'),
      '--db',
      db,
      '--json',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('loi-du-lieu.xlsx, Số liệu!C4');
    expect(JSON.parse(bad.stdout).errors[1]).toEqual({
      file: 'loi-du-lieu.xlsx',
      sheet: 'Số liệu',
      cell: 'Số liệu!C4',
      message: expect.stringContaining('số âm'),
    });
    expect(JSON.parse(cli('imports', '--db', db, '--json').stdout)).toEqual([]);
    expect(valuesFor(db, '2024-03').rows.find((x) => x.unit === '633')!.bhxh_compulsory).toBeNull();
    expect(statSync(db).size).toBe(before);
  });

  for (const name of [
    'excel-cu.xls',
    'dat-mat-khau.xlsx',
    'hong.xlsx',
    'khong-phai-excel.xlsx',
    'khong-co-bang.xlsx',
  ])
    it(`refuses ${name} with exit 1 and its name`, () => {
      const db = freshDb();
      const r = cli('import', join(GENERATED, name), '--db', db);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(name);
    });

  // How fast it refuses is measured by `npm run bench`; a hang past the timeout still fails here.
  it('refuses the zip bomb with memory to spare', () => {
    const db = freshDb();
    const r = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'RSS=%M',
        resolve('node_modules/.bin/tsx'),
        'electron/cli/main.ts',
        'import',
        join(GENERATED, 'bom-nen.xlsx'),
        '--db',
        db,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bom nén');
    expect(Number(/RSS=(\d+)/.exec(r.stderr)![1]) / 1024).toBeLessThan(300);
  });

  it('template writes a workbook; wrong usage exits 2', () => {
    const db = freshDb();
    const out = join(tempDir(), 'mau.xlsx');
    expect(cli('template', '--db', db, '--period', '2024-06', '--out', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(cli('import', '--db', db).code).toBe(2);
    expect(cli('undo', '--db', db, '--import', 'x').code).toBe(2);
  });

  it(
    'a 150,000-row commune history (units import first) imports streaming, memory far below the file',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const db = freshDb();
      expect(cli('units', 'import', await writeCatalogue(dir, 250), '--db', db).code).toBe(0);
      const file = await writeHistory(dir, 250, 600);
      const r = spawnSync(
        '/usr/bin/time',
        [
          '-f',
          'RSS=%M',
          resolve('node_modules/.bin/tsx'),
          'electron/cli/main.ts',
          'import',
          file,
          '--db',
          db,
          '--json',
        ],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, inserted: 450_000 });
      const rssMb = Number(/RSS=(\d+)/.exec(r.stderr)![1]) / 1024;
      process.stderr.write(`150k-row history import: peak RSS ${rssMb.toFixed(0)} MB\n`);
      expect(rssMb).toBeLessThan(800);
      const row = valuesFor(db, '2039-12').rows.find((x) => x.unit === '30007')!;
      expect(row.bhxh_compulsory).toBe(1000 + 7 + 599);
    },
  );
});
