import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import type { CoreContext } from '../../electron/core/context';
import type { FileInput } from '../../shared/api/files';
import { tempContext } from '../helpers/tmp';
import { figures } from './helpers';

type Row = [name: string, compulsory: number, code?: string];

/** A sheet as clerks lay it out after 1/7/2025: title with the month, one row per new commune. */
function addSheet(
  wb: ExcelJS.Workbook,
  sheet: string,
  title: string,
  rows: (Row | string)[],
  withCode = false,
) {
  const ws = wb.addWorksheet(sheet);
  ws.getCell('A1').value = title;
  ws.getRow(3).values = withCode
    ? ['STT', 'Mã', 'Đơn vị', 'LLLĐ', 'BHXH BB', 'BHXH TN', 'BHTN']
    : ['STT', 'Đơn vị', 'LLLĐ', 'BHXH BB', 'BHXH TN', 'BHTN'];
  rows.forEach((r, i) => {
    if (typeof r === 'string') {
      ws.getRow(4 + i).values = ['', r];
      return;
    }
    const [name, n, code] = r;
    const figs = [n * 10, n, Math.round(n / 10), Math.round(n / 2)];
    ws.getRow(4 + i).values = withCode ? [i + 1, code ?? '', name, ...figs] : [i + 1, name, ...figs];
  });
}

async function file(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return { name, data: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

async function importOk(ctx: CoreContext, f: FileInput) {
  const p = await handlers['imports.preview']({ files: [f] }, ctx);
  expect(p.errors).toEqual([]);
  expect(p.unresolvedUnits).toEqual([]);
  const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
  expect(r.ok).toBe(true);
  return p;
}

const DEC = 'BÁO CÁO THÁNG 12 NĂM 2025';

describe('workbooks by new commune (from 1/7/2025)', () => {
  it('a whole-province sheet typed the way clerks type names imports without a question', async () => {
    const ctx = tempContext();
    const rows: Row[] = [
      ['Phường Diên Hồng', 5000],
      ['P. Pleiku', 7000],
      ['phuong thong nhat', 6000],
      ['Hội Phú', 4000],
      ['Xã Biển Hồ', 3000],
      ['Ia Pa', 800], // Xã Ia Pa, not the abolished Huyện Ia Pa
      ['Chư Sê', 1500], // Xã Chư Sê
      ['xa dak doa', 1200],
      ["Xã K'Bang", 900],
      ['Phường Quy Nhơn', 9000], // from old Bình Định
    ];
    const total = rows.reduce((s, r) => s + r[1], 0);
    await importOk(
      ctx,
      await file('toan-tinh-t12-2025.xlsx', (wb) =>
        addSheet(wb, 'Toàn tỉnh', DEC, [...rows, ['Tổng cộng', total]]),
      ),
    );
    expect(figures(ctx, '2025-12', '23575')).toEqual([70000, 7000, 700, 3500]); // Phường Pleiku
    expect(figures(ctx, '2025-12', '23584')[1]).toBe(6000); // Phường Thống Nhất
    expect(figures(ctx, '2025-12', '24022')[1]).toBe(800); // Xã Ia Pa
    expect(figures(ctx, '2025-12', '23941')[1]).toBe(1500); // Xã Chư Sê
    expect(figures(ctx, '2025-12', '23677')[1]).toBe(1200); // Xã Đak Đoa
    expect(figures(ctx, '2025-12', '23638')[1]).toBe(900); // Xã Kbang
    // old Gia Lai's territory: everything but Quy Nhơn; the new province: all of it
    expect(figures(ctx, '2025-12', '64')[1]).toBe(total - 9000);
    expect(figures(ctx, '2025-12', '52')[1]).toBe(total);
  });

  it('one sheet per old district area, with the old district as a heading or a subtotal row', async () => {
    const ctx = tempContext();
    const p = await importOk(
      ctx,
      await file('theo-dia-ban-huyen-cu.xlsx', (wb) => {
        addSheet(wb, 'Chư Sê (cũ)', DEC, [
          'Huyện Chư Sê (cũ)',
          ['Xã Chư Sê', 1500],
          ['Bờ Ngoong', 300],
          ['Xã Al Bá', 200],
          ['Cộng', 2000],
        ]);
        addSheet(wb, 'Ia Pa', DEC, [
          ['Xã Ia Pa', 800],
          ['Xã Pờ Tó', 100],
          ['Ia Tul', 100],
          ['Huyện Ia Pa', 1000],
        ]);
      }),
    );
    expect(figures(ctx, '2025-12', '23947')[1]).toBe(300);
    expect(figures(ctx, '2025-12', '24028')[1]).toBe(100);
    expect(figures(ctx, '2025-12', '64')[1]).toBe(3000);
    // The abolished district's row is read as the area's subtotal: said, checked, not stored.
    expect(p.warnings.map((w) => w.message).join('\n')).toMatch(
      /Huyện Ia Pa.*thôi hiệu lực sau ngày 30\/06\/2025.*dòng cộng của địa bàn cũ/,
    );
    const n = ctx.db
      .prepare(
        "SELECT count(*) AS n FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.code = '635'",
      )
      .get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('a code column names the new commune in force in the month', async () => {
    const ctx = tempContext();
    await importOk(
      ctx,
      await file('ma-xa.xlsx', (wb) =>
        addSheet(
          wb,
          'T12',
          DEC,
          [
            ['Xã Biển Hồ', 3000, '23590'],
            ['Gào', 700, '23611'],
            ['Tỉnh Gia Lai', 3700, '52'],
          ],
          true,
        ),
      ),
    );
    expect(figures(ctx, '2025-12', '23590')[1]).toBe(3000);
    expect(figures(ctx, '2025-12', '52')[1]).toBe(3700);
  });

  it("a new commune's name or code in a month before July 2025 is an error that says so, and nothing is written", async () => {
    const ctx = tempContext();
    const f = await file('t5-2025.xlsx', (wb) => {
      addSheet(wb, 'Tên', 'BÁO CÁO THÁNG 5 NĂM 2025', [
        ['Thành phố Pleiku', 40000],
        ['Phường Pleiku', 7000],
      ]);
      addSheet(wb, 'Mã', 'BÁO CÁO THÁNG 5 NĂM 2025', [['Phường Hội Phú', 4000, '23586']], true);
    });
    const p = await handlers['imports.preview']({ files: [f] }, ctx);
    expect(p.ok).toBe(false);
    const messages = p.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(
      /^Tên!B5: "Phường Pleiku" là Phường Pleiku \(mã 23575\), đơn vị mới có từ ngày 01\/07\/2025; tháng 5\/2025 chưa có/,
    );
    expect(messages[1]).toMatch(/^Mã!B4: Mã đơn vị "23586" là Phường Hội Phú.*01\/07\/2025/);
    for (const m of messages) expect(m.normalize('NFC')).toBe(m);
    expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(false);
    expect(figures(ctx, '2025-05', '622')).toEqual([null, null, null, null]);
  });
});
