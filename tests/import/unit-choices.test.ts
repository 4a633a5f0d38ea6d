import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import type { CoreContext } from '../../electron/core/context';
import { editDistance } from '../../electron/core/import/unit-suggestions';
import type { FileInput } from '../../shared/api/files';
import { tempContext } from '../helpers/tmp';

/** A district's monthly sheet: a typo ("Chư Pa" for Chư Păh) and "Ia Pa" with no prefix, which a commune makes ambiguous. */
async function districtFile(
  month: number,
  rows: [string, number][],
  name = `bao-cao-t${month}.xlsx`,
): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.getCell('A1').value = `BÁO CÁO THÁNG ${month} NĂM 2024`;
  ws.getRow(3).values = ['STT', 'Đơn vị', 'LLLĐ', 'BHXH BB', 'BHXH TN', 'BHTN'];
  rows.forEach(([unit, base], i) => {
    ws.getRow(4 + i).values = [i + 1, unit, base * 10, base, Math.round(base / 10), Math.round(base / 2)];
  });
  return { name, data: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const ROWS: [string, number][] = [
  ['Thành phố Pleiku', 46000],
  ['Huyện Chư Pa', 2100],
  ['Ia Pa', 1500],
  ['Huyện Chư Sê', 4600],
];

async function withCommune(ctx: CoreContext) {
  await handlers['units.save'](
    {
      code: '24001',
      name: 'Xã Ia Pa',
      level: 'commune',
      parentCode: '637',
      validFrom: null,
      validTo: null,
      active: true,
      aliases: [],
    },
    ctx,
  );
}

function stored(ctx: CoreContext, code: string, period: string): Record<string, number> {
  const rows = ctx.db
    .prepare(
      'SELECT o.indicator, o.value FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.code = ? AND o.period = ?',
    )
    .all(code, period) as { indicator: string; value: number }[];
  return Object.fromEntries(rows.map((r) => [r.indicator, r.value]));
}

describe('unit names the reader cannot place', () => {
  it('lists an unknown and an ambiguous name with candidates; the errors stay and commit is refused', async () => {
    const ctx = tempContext();
    await withCommune(ctx);
    const p = await handlers['imports.preview']({ files: [await districtFile(6, ROWS)] }, ctx);
    expect(p.ok).toBe(false);
    expect(p.unresolvedUnits).toHaveLength(2);
    const [unknown, ambiguous] = p.unresolvedUnits;
    expect(unknown).toMatchObject({
      text: 'Huyện Chư Pa',
      file: 'bao-cao-t6.xlsx',
      sheet: 'Số liệu',
      cell: 'B5',
      reason: 'unknown',
    });
    // The closest names by spelling, best first; unrelated names are not offered.
    expect(unknown!.candidates[0]).toEqual({ code: '627', name: 'Huyện Chư Păh' });
    expect(unknown!.candidates.map((c) => c.code)).toContain('639');
    expect(unknown!.candidates.map((c) => c.code)).not.toContain('622');
    expect(unknown!.candidates.length).toBeLessThanOrEqual(5);
    expect(ambiguous).toMatchObject({ text: 'Ia Pa', cell: 'B6', reason: 'ambiguous' });
    expect(ambiguous!.candidates.map((c) => c.code).sort()).toEqual(['24001', '635']);
    // The errors still say where and why.
    expect(p.errors.map((e) => e.cell)).toEqual(['B5', 'B6']);
    const refused = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    expect(refused.ok).toBe(false);
    expect(stored(ctx, '622', '2024-06')).toEqual({});
  });

  it('with the choices the preview has no errors, commit writes to the chosen units, and next month needs no choice', async () => {
    const ctx = tempContext();
    await withCommune(ctx);
    const unitChoices = { 'Huyện Chư Pa': '627', 'Ia Pa': '24001' };
    const p = await handlers['imports.preview']({ files: [await districtFile(6, ROWS)], unitChoices }, ctx);
    expect(p.errors).toEqual([]);
    expect(p.unresolvedUnits).toEqual([]);
    expect(p.ok).toBe(true);
    const r = await handlers['imports.commit']({ previewId: p.previewId }, ctx);
    expect(r.ok).toBe(true);
    expect(stored(ctx, '627', '2024-06')).toMatchObject({ bhxh_compulsory: 2100, labor_force: 21000 });
    // "Ia Pa" went to the commune the user chose, not the district of the same name.
    expect(stored(ctx, '24001', '2024-06')).toMatchObject({ bhxh_compulsory: 1500 });
    expect(stored(ctx, '635', '2024-06')).toEqual({});

    // July's file from the same district, same layout, other figures: the choices are remembered.
    const july = ROWS.map(([u, n]): [string, number] => [u, n + 10]);
    const next = await handlers['imports.preview']({ files: [await districtFile(7, july)] }, ctx);
    expect(next.errors).toEqual([]);
    expect(next.unresolvedUnits).toEqual([]);
    expect((await handlers['imports.commit']({ previewId: next.previewId }, ctx)).ok).toBe(true);
    expect(stored(ctx, '627', '2024-07')).toMatchObject({ bhxh_compulsory: 2110 });
    expect(stored(ctx, '24001', '2024-07')).toMatchObject({ bhxh_compulsory: 1510 });

    // Confirming a column of that layout again keeps the remembered unit choices.
    const fp = next.sheets[0]!.fingerprint;
    const again = await handlers['imports.preview'](
      { files: [await districtFile(8, july)], mappings: { [fp]: { A: null } } },
      ctx,
    );
    expect(again.errors).toEqual([]);
  });

  it('a name is listed once per sheet however it is spelled, and a choice covers every spelling', async () => {
    const ctx = tempContext();
    const rows: [string, number][] = [
      ['Huyện Chư Pa', 2100],
      ['huyen  CHU PA', 2100],
      ['Thị xã An Khe', 900],
    ];
    const p = await handlers['imports.preview']({ files: [await districtFile(6, rows)] }, ctx);
    // "Thị xã An Khe" is Thị xã An Khê: diacritics do not matter.
    expect(p.unresolvedUnits.map((u) => u.text)).toEqual(['Huyện Chư Pa']);
    expect(p.errors).toHaveLength(2);
    const chosen = await handlers['imports.preview'](
      { files: [await districtFile(6, rows)], unitChoices: { 'Huyện Chư Pa': '627' } },
      ctx,
    );
    expect(chosen.errors).toEqual([]);
    expect(chosen.changesTotal).toBe(8);
  });

  it('a choice of a code not in the catalogue places nothing', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview'](
      { files: [await districtFile(6, ROWS)], unitChoices: { 'Huyện Chư Pa': '99999' } },
      ctx,
    );
    // The name stays unplaced rather than going to a unit that does not exist.
    expect(p.unresolvedUnits.map((u) => u.text)).toContain('Huyện Chư Pa');
  });

  it('edit distance', () => {
    expect(editDistance('chupa', 'chupah')).toBe(1);
    expect(editDistance('kbang', 'kbang')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('iagrai', 'iapa')).toBe(3);
  });
});
