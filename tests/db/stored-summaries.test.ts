import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/api/contract';
import type { DashboardData, ValuesResult } from '../../shared/api/types';
import type { CoreContext } from '../../electron/core/context';
import { LATEST_VERSION, openDatabase, type Db } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/types';
import { dispatch } from '../../electron/core/dispatch';
import { contentGeneration } from '../../electron/core/repos/summaries';
import { getDashboard } from '../../electron/core/services/dashboard';
import { SUMMARY_FORMAT } from '../../electron/core/services/stored-summaries';
import { referenceValues } from '../helpers/values-reference';
import { putFigures, putThreeDistricts } from '../helpers/put-figures';
import { tempContext } from '../helpers/tmp';
import { gen } from '../import/helpers';

const MONTH = '2024-06';

/** Figures for a few districts in May and June 2024, one import each. */
function seeded(): CoreContext {
  const ctx = tempContext();
  putThreeDistricts(ctx, ['2024-05', MONTH]);
  return ctx;
}

/** What Tổng quan's first call answers on a connection opened just for it: the app at start. */
function freshDashboard(ctx: CoreContext, period = MONTH): DashboardData {
  const db = openDatabase(ctx.dbPath, { create: false });
  try {
    return getDashboard(db, period);
  } finally {
    db.close();
  }
}

/** The from-scratch computation's districts and provinces (tests/helpers/values-reference.ts). */
function expected(ctx: CoreContext, month = MONTH, period = month): ValuesResult {
  const db = openDatabase(ctx.dbPath, { create: false });
  try {
    const v = referenceValues(db, month, period);
    return { ...v, rows: v.rows.filter((r) => r.level !== 'commune') };
  } finally {
    db.close();
  }
}

const storedRows = (db: Db) =>
  db.prepare('SELECT month, generation, format, body FROM month_summaries ORDER BY month').all() as {
    month: string;
    generation: number;
    format: number;
    body: string;
  }[];

async function call(ctx: CoreContext, method: ApiMethod, input: unknown): Promise<unknown> {
  const r = await dispatch(ctx, method, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.result;
}

/** A unit catalogue of one row: Pleiku under a new name, as a reorganisation's catalogue would carry it. */
async function catalogue(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  ws.getRow(1).values = ['Mã', 'Tên', 'Mã cấp trên', 'Cấp', 'Hiệu lực đến'];
  ws.getRow(2).values = ['622', 'Thành phố Pleiku (đổi tên)', '64', 'Thành phố', '30/06/2025'];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A plan appendix of one district's 2024 rates (the layout of tests/targets/targets-import.test.ts). */
async function appendix(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.getCell('A1').value = 'Phụ lục: CHỈ TIÊU TỶ LỆ BAO PHỦ BHXH, BHTN';
  ws.getRow(4).values = ['STT', 'Đơn vị', 'Năm 2024', null];
  ws.mergeCells('C4:D4');
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.getRow(5).values = [null, null, 'Tỷ lệ bao phủ BHXH (%)', 'Tỷ lệ bao phủ BHTN (%)'];
  ws.getRow(6).values = [1, 'TX An Khê', 17.25, 12.5];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('stored summaries: Tổng quan on a fresh connection', () => {
  it('stores the summary at the first call and reads it, unchanged, at the next start', () => {
    const ctx = seeded();
    expect(storedRows(ctx.db)).toEqual([]);
    const first = freshDashboard(ctx);
    expect(first.values).toStrictEqual(expected(ctx));
    const rows = storedRows(ctx.db);
    expect(rows.map((r) => [r.month, r.generation, r.format])).toEqual([
      [MONTH, contentGeneration(ctx.db), SUMMARY_FORMAT],
    ]);
    // The next start reads the body: one visibly changed is what it answers.
    const body = rows[0]!.body.replace('Thành phố Pleiku', 'Pleiku đọc từ bản lưu');
    expect(body).not.toBe(rows[0]!.body);
    ctx.db.prepare('UPDATE month_summaries SET body = ?').run(body);
    expect(freshDashboard(ctx).values.rows.find((r) => r.unit === '622')!.name).toBe('Pleiku đọc từ bản lưu');
  });

  it('answers a year or a quarter under its own name from the month stored by another', () => {
    const ctx = seeded();
    freshDashboard(ctx, MONTH);
    expect(freshDashboard(ctx, '2024-Q2').values).toStrictEqual(expected(ctx, MONTH, '2024-Q2'));
    expect(freshDashboard(ctx, '2024').values).toStrictEqual(expected(ctx, MONTH, '2024'));
    expect(storedRows(ctx.db).map((r) => r.month)).toEqual([MONTH]);
  });

  for (const [what, body] of [
    ['damaged', '{"values": [1, 2'],
    ['of another shape', '{"values": {"month": "2024-06"}, "carried": []}'],
    ['of another month', null],
  ] as const)
    it(`ignores a stored body ${what}, computes the summary and stores it again`, () => {
      const ctx = seeded();
      freshDashboard(ctx);
      const other = body ?? storedRows(ctx.db)[0]!.body.replaceAll('"2024-06"', '"2024-07"');
      ctx.db.prepare('UPDATE month_summaries SET body = ?').run(other);
      expect(freshDashboard(ctx).values).toStrictEqual(expected(ctx));
      const again = storedRows(ctx.db);
      expect(again).toHaveLength(1);
      expect(again[0]!.body).not.toBe(other);
    });

  it('ignores a body stored by another format or at another generation', () => {
    const ctx = seeded();
    freshDashboard(ctx);
    const marked = storedRows(ctx.db)[0]!.body.replace('Thành phố Pleiku', 'Không được đọc');
    ctx.db.prepare('UPDATE month_summaries SET body = ?, format = ?').run(marked, SUMMARY_FORMAT + 1);
    expect(freshDashboard(ctx).values).toStrictEqual(expected(ctx));
    const g = contentGeneration(ctx.db)!;
    ctx.db.prepare('UPDATE month_summaries SET body = ?, generation = ?').run(marked, g - 1);
    expect(freshDashboard(ctx).values).toStrictEqual(expected(ctx));
  });

  it('keeps at most 40 months, only of the current generation', () => {
    const ctx = seeded();
    const db = openDatabase(ctx.dbPath, { create: false });
    try {
      for (let y = 2020; y <= 2024; y++)
        for (let m = 1; m <= 12; m++) getDashboard(db, `${y}-${String(m).padStart(2, '0')}`);
    } finally {
      db.close();
    }
    const rows = storedRows(ctx.db);
    expect(rows).toHaveLength(40);
    expect(rows.at(-1)!.month).toBe('2024-12');
    putFigures(ctx, '622', { bhtn: 1 }, '2024-07');
    freshDashboard(ctx);
    expect(storedRows(ctx.db).map((r) => r.month)).toEqual([MONTH]);
  });

  it('does not wait for the write lock another connection holds, and still answers right', () => {
    const ctx = seeded();
    const writer = openDatabase(ctx.dbPath, { create: false });
    try {
      writer.exec('BEGIN IMMEDIATE');
      const t0 = performance.now();
      const d = freshDashboard(ctx);
      const ms = performance.now() - t0;
      expect(d.values).toStrictEqual(expected(ctx));
      // The busy timeout is 5 s: waiting for the lock at all would show.
      expect(ms).toBeLessThan(2000);
      expect(storedRows(ctx.db)).toEqual([]);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    freshDashboard(ctx);
    expect(storedRows(ctx.db)).toHaveLength(1);
  });

  it('keeps what the storing connection has in memory: its own store is no change of the figures', () => {
    const ctx = seeded();
    const a = getDashboard(ctx.db, MONTH);
    expect(storedRows(ctx.db)).toHaveLength(1);
    expect(getDashboard(ctx.db, MONTH).values).toBe(a.values);
  });
});

describe('stored summaries: every write makes them stale', () => {
  /**
   * Paints on a fresh connection (which stores the summary), writes, then paints on a fresh connection
   * again: that must be the from-scratch computation of the new content, and differ from before.
   */
  async function afterWrite(ctx: CoreContext, write: () => Promise<unknown>, period = MONTH) {
    const before = freshDashboard(ctx, period);
    expect(storedRows(ctx.db).some((r) => r.month === before.values.month)).toBe(true);
    await write();
    const after = freshDashboard(ctx, period);
    expect(after.values).toStrictEqual(expected(ctx, after.values.month, after.values.period));
    expect(after.values).not.toStrictEqual(before.values);
  }

  it('an import committed, then undone', async () => {
    const ctx = seeded();
    const p = (await call(ctx, 'imports.preview', { files: [gen('pleiku-thang-5.xlsx')] })) as {
      previewId: string;
      sheets: { period: string }[];
    };
    const period = p.sheets[0]!.period;
    let id = 0;
    await afterWrite(
      ctx,
      async () => {
        const r = (await call(ctx, 'imports.commit', { previewId: p.previewId })) as {
          import: number | null;
        };
        id = r.import!;
      },
      period,
    );
    await afterWrite(ctx, () => call(ctx, 'imports.undo', { id }), period);
  });

  it('a figure corrected by hand', async () => {
    const ctx = seeded();
    await afterWrite(ctx, () =>
      call(ctx, 'values.set', { unit: '622', indicator: 'bhtn', period: MONTH, value: 7_100 }),
    );
  });

  it('a unit catalogue imported, a unit saved', async () => {
    const ctx = seeded();
    const data = await catalogue();
    await afterWrite(ctx, () => call(ctx, 'units.import', { file: { name: 'danh-muc.xlsx', data } }));
    await afterWrite(ctx, () =>
      call(ctx, 'units.save', {
        code: '623',
        name: 'Thị xã An Khê (đổi tên)',
        level: 'district',
        parentCode: '64',
        validFrom: null,
        validTo: '2025-06-30',
        active: true,
        aliases: [],
      }),
    );
  });

  it('targets imported from an appendix, a target set', async () => {
    const ctx = seeded();
    const data = await appendix();
    await afterWrite(ctx, () =>
      call(ctx, 'targets.import', { file: { name: 'phu-luc.xlsx', data }, planNumber: '156/KH-UBND' }),
    );
    await afterWrite(ctx, () =>
      call(ctx, 'targets.set', { unit: '622', indicator: 'bhxh_coverage', year: 2024, value: 31.5 }),
    );
  });

  it('a backup restored over later figures', async () => {
    const ctx = seeded();
    const backup = (await call(ctx, 'db.backup', {})) as { name: string };
    putFigures(ctx, '622', { bhtn: 7_300 }, MONTH);
    await afterWrite(ctx, () => call(ctx, 'db.restore', { name: backup.name }));
  });

  it('a migration', () => {
    const ctx = seeded();
    freshDashboard(ctx);
    // A later migration that rewrites figures: the runner moves the generation after it.
    const rewrite: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test-rewrite',
      up: (db) => db.exec("UPDATE observations SET value = value + 1 WHERE indicator = 'bhtn'"),
    };
    const db = openDatabase(ctx.dbPath, { create: false, migrations: [...MIGRATIONS, rewrite] });
    try {
      const v = referenceValues(db, MONTH);
      expect(getDashboard(db, MONTH).values).toStrictEqual({
        ...v,
        rows: v.rows.filter((r) => r.level !== 'commune'),
      });
      expect(v.rows.find((r) => r.unit === '622')!.cells.bhtn!.value).toBe(7_001);
    } finally {
      db.close();
    }
  });
});
