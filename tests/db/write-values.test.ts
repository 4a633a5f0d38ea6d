import { describe, expect, it } from 'vitest';
import { cellHistory } from '../../electron/core/repos/imports';
import { getObservation, latestAtOrBefore } from '../../electron/core/repos/observations';
import { getUnitByCode } from '../../electron/core/repos/units';
import { undoImport, writeImport, type PendingValue } from '../../electron/core/services/write-values';
import { tempContext } from '../helpers/tmp';

type Ctx = ReturnType<typeof tempContext>;

function write(ctx: Ctx, file: string, values: Omit<PendingValue, 'sourceFile'>[]) {
  return writeImport(
    ctx.db,
    { kind: 'file', files: [{ name: file, sha256: file, size: 1 }], warnings: 0, note: null },
    values.map((v) => ({ ...v, sourceFile: file })),
  );
}

describe('writing an import set-based', () => {
  it('counts new, changed and unchanged figures and records only the changed ones', () => {
    const ctx = tempContext();
    const a = getUnitByCode(ctx.db, '622')!.id;
    const b = getUnitByCode(ctx.db, '623')!.id;
    const fig = (unitId: number, indicator: string, value: number, cell: string) => ({
      unitId,
      indicator,
      period: '2024-03',
      value,
      sourceCell: `Số liệu!${cell}`,
    });
    expect(write(ctx, 't3.xlsx', [fig(a, 'bhtn', 100, 'F7'), fig(b, 'bhtn', 50, 'F8')])).toMatchObject({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    const second = write(ctx, 't3-sua.xlsx', [
      fig(a, 'bhtn', 120, 'F9'),
      fig(b, 'bhtn', 50, 'F10'),
      fig(b, 'bhxh_compulsory', 7, 'D10'),
    ]);
    expect(second).toMatchObject({ inserted: 1, updated: 1, unchanged: 1 });
    // The unchanged figure keeps the file and cell it came from.
    expect(getObservation(ctx.db, b, 'bhtn', '2024-03')).toMatchObject({
      value: 50,
      source_file: 't3.xlsx',
      source_cell: 'Số liệu!F8',
    });
    expect(getObservation(ctx.db, a, 'bhtn', '2024-03')).toMatchObject({
      value: 120,
      import_id: second.importId,
      source_file: 't3-sua.xlsx',
      source_cell: 'Số liệu!F9',
    });
    expect(cellHistory(ctx.db, a, 'bhtn', '2024-03').map((h) => [h.oldValue, h.newValue, h.file])).toEqual([
      [100, 120, 't3-sua.xlsx'],
      [null, 100, 't3.xlsx'],
    ]);
    expect(cellHistory(ctx.db, b, 'bhtn', '2024-03')).toHaveLength(1);
    // File and sheet once per import, not once per figure.
    expect(ctx.db.prepare('SELECT import_id, file, sheet FROM import_sources ORDER BY id').all()).toEqual([
      { import_id: 1, file: 't3.xlsx', sheet: 'Số liệu' },
      { import_id: 2, file: 't3-sua.xlsx', sheet: 'Số liệu' },
    ]);

    undoImport(ctx.db, second.importId);
    expect(getObservation(ctx.db, a, 'bhtn', '2024-03')).toMatchObject({
      value: 100,
      source_file: 't3.xlsx',
      source_cell: 'Số liệu!F7',
    });
    expect(getObservation(ctx.db, b, 'bhxh_compulsory', '2024-03')).toBeNull();
    expect(getObservation(ctx.db, b, 'bhtn', '2024-03')).toMatchObject({ value: 50 });
  });

  it('a figure given twice keeps its last value; a hand correction has no source', () => {
    const ctx = tempContext();
    const a = getUnitByCode(ctx.db, '622')!.id;
    const r = write(ctx, 'hai-lan.xlsx', [
      { unitId: a, indicator: 'bhtn', period: '2024-03', value: 1, sourceCell: 'A1' },
      { unitId: a, indicator: 'bhtn', period: '2024-03', value: 2, sourceCell: 'A2' },
    ]);
    expect(r).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
    expect(getObservation(ctx.db, a, 'bhtn', '2024-03')).toMatchObject({
      value: 2,
      source_file: 'hai-lan.xlsx',
      source_cell: 'A2',
    });
    writeImport(ctx.db, { kind: 'manual', files: [], warnings: 0, note: 'Sửa tay' }, [
      { unitId: a, indicator: 'bhtn', period: '2024-03', value: 3, sourceFile: null, sourceCell: null },
    ]);
    expect(getObservation(ctx.db, a, 'bhtn', '2024-03')).toMatchObject({
      value: 3,
      source_file: null,
      source_cell: null,
    });
  });

  it('the latest figure at or before a month comes with its own value and source', () => {
    const ctx = tempContext();
    const a = getUnitByCode(ctx.db, '622')!.id;
    for (const [period, value] of [
      ['2024', 150000],
      ['2024-01', 10],
      ['2024-03', 30],
      ['2024-06', 60],
    ] as const)
      write(ctx, `${period}.xlsx`, [
        {
          unitId: a,
          indicator: period.length === 4 ? 'labor_force' : 'bhtn',
          period,
          value,
          sourceCell: `S!B${value}`,
        },
      ]);
    const at = (month: string) =>
      latestAtOrBefore(ctx.db, month)
        .filter((r) => r.unit_id === a)
        .map((r) => [r.indicator, r.period, r.value, r.source_file, r.source_cell]);
    expect(at('2024-05')).toEqual(
      expect.arrayContaining([
        ['bhtn', '2024-03', 30, '2024-03.xlsx', 'S!B30'],
        ['labor_force', '2024', 150000, '2024.xlsx', 'S!B150000'],
      ]),
    );
    expect(at('2024-05')).toHaveLength(2);
    expect(at('2023-12')).toEqual([]);
    expect(at('2024-06')).toContainEqual(['bhtn', '2024-06', 60, '2024-06.xlsx', 'S!B60']);
  });
});
