import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { isColumnNumberRow, type SheetRow } from '../../electron/core/import/header-detect';
import type { Cell } from '../../electron/core/import/cell-value';
import { NOT_A_UNIT } from '../../shared/api/import-types';
import { SAMPLE_FIGURES } from '../e2e/sample-figures';
import {
  EXTRA_ROW_NAME,
  LEGEND_ROW,
  OFFICIAL_FORM,
  OFFICIAL_FORM_EXTRA_ROW,
} from '../fixtures/make-official-form';
import { tempContext } from '../helpers/tmp';
import { figures, fileInput, observationCount } from './helpers';

function row(...values: (string | number | null)[]): SheetRow {
  const cells: Cell[] = [{ kind: 'empty' }];
  for (const v of values)
    cells.push(
      v === null
        ? { kind: 'empty' }
        : typeof v === 'number'
          ? { kind: 'number', n: v }
          : { kind: 'text', s: v },
    );
  return { number: 9, cells };
}

describe('rows of column numbers, letters and legends', () => {
  it('recognises numbers, letters and the formula legends official forms print', () => {
    expect(isColumnNumberRow(row('(1)', '(2)', '(3)', '(7)=((4)+(5))/(3)', '(8)'))).toBe(true);
    expect(isColumnNumberRow(row('A', 'B', '1', '2', '5=(2+3)/1x100', '6'))).toBe(true);
    expect(isColumnNumberRow(row('a', 'b', 'c', 'd'))).toBe(true);
    expect(isColumnNumberRow(row(1, 2, 3, 4, 5))).toBe(true);
    expect(isColumnNumberRow(row('(a)', '(b)', '(c) = (a) x 100'))).toBe(true);
    expect(isColumnNumberRow(row('8 = 6 : 3 × 100', '9'))).toBe(true);
  });

  it('does not take a unit’s row, a note or unbalanced brackets for one', () => {
    expect(isColumnNumberRow(row(1, 'Thành phố Pleiku', 151237, 46669))).toBe(false);
    expect(isColumnNumberRow(row('Ghi chú', 'x'))).toBe(false);
    expect(isColumnNumberRow(row('(1', '2)'))).toBe(false);
    expect(isColumnNumberRow(row('-', '-', '-'))).toBe(false);
    // Away from the header, bare small numbers count only when they run 1, 2, 3…: a unit whose name is
    // missing must still be reported.
    expect(isColumnNumberRow(row(null, 3, 5, 12), true)).toBe(false);
    expect(isColumnNumberRow(row(1, 2, 3, 4), true)).toBe(true);
    expect(isColumnNumberRow(row(null, 3, 5, 12))).toBe(true);
  });
});

describe('the provincial official form', () => {
  it('imports every district, the legend rows passed over, the total row checked', async () => {
    const ctx = tempContext();
    const p = await handlers['imports.preview']({ files: [fileInput(OFFICIAL_FORM)] }, ctx);
    expect(p.errors).toEqual([]);
    expect(p.unresolvedUnits).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.sheets[0]).toMatchObject({ headerRow: 8, period: '2024-03', unitColumn: 'B' });
    expect(p.changes.filter((c) => c.cell.replace(/^[A-Z]+/, '') === String(LEGEND_ROW))).toEqual([]);
    expect((await handlers['imports.commit']({ previewId: p.previewId }, ctx)).ok).toBe(true);
    for (const [code, f] of Object.entries(SAMPLE_FIGURES))
      expect(figures(ctx, '2024-03', code), code).toEqual(f);
    expect(observationCount(ctx)).toBe(17 * 4);
  });

  it('offers a row it cannot place to the clerk, who may say it is no unit: its row is passed over and that is remembered', async () => {
    const ctx = tempContext();
    const file = fileInput(OFFICIAL_FORM_EXTRA_ROW);
    const p = await handlers['imports.preview']({ files: [file] }, ctx);
    expect(p.ok).toBe(false);
    expect(p.unresolvedUnits.map((u) => u.text)).toEqual([EXTRA_ROW_NAME]);

    const chosen = await handlers['imports.preview'](
      { files: [file], unitChoices: { [EXTRA_ROW_NAME]: NOT_A_UNIT } },
      ctx,
    );
    expect(chosen.errors).toEqual([]);
    expect(chosen.unresolvedUnits).toEqual([]);
    expect(chosen.counts.inserted).toBe(17 * 4);
    expect((await handlers['imports.commit']({ previewId: chosen.previewId }, ctx)).ok).toBe(true);
    expect(observationCount(ctx)).toBe(17 * 4);

    // Next month's file of the same layout: no question asked again.
    const again = await handlers['imports.preview']({ files: [file] }, ctx);
    expect(again.errors).toEqual([]);
    expect(again.unresolvedUnits).toEqual([]);
  });
});
